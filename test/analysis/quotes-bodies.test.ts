import { describe, expect, it } from 'vitest';
import { bodyNamed } from '../../src/analysis/quotes-bodies.js';
import { attributed, corpusOf } from './quotes-corpus.js';

describe('organisations that speak', () => {
  it('keeps an acronym that opens a body\'s name ("NHS England said"), rather than the place it ends with', () => {
    expect(attributed("NHS England said trusts had been 'left in limbo for years'.")).toEqual(['NHS England: left in limbo for years']);
  });

  it('gives "the statement said" to whoever issued the statement the sentence before mentions, a body or a person', () => {
    expect(
      attributed(
        'The Central Massachusetts Bike Coalition, which has campaigned for a protected lane, released a written statement after the hearing.',
        '“Owen did everything right that night,” the statement said. “The law needs to treat a phone like a weapon.”',
      ),
    ).toEqual([
      'Central Massachusetts Bike Coalition: Owen did everything right that night,',
      'Central Massachusetts Bike Coalition: The law needs to treat a phone like a weapon.',
    ]);
    expect(attributed('Mayor Ann Roe issued a brief statement on Friday.', '"We will rebuild every home we lost," the statement said.')).toEqual([
      'Ann Roe: We will rebuild every home we lost,',
    ]);
  });

  it('gives "the airline said in a statement" to the airline named before, under its full name', () => {
    expect(
      attributed('Skyvale Airlines cancelled more than 600 flights on Friday.', '"We are deeply sorry for the disruption this has caused," the airline said in a statement.'),
    ).toEqual(['Skyvale Airlines: We are deeply sorry for the disruption this has caused,']);
  });

  it('gives "In a statement, Acme Corp. said: …" to the company: a full stop before a lowercase word ends no sentence', () => {
    expect(attributed('In a statement, Acme Corp. said: “We regret the error and will fix it.”')).toEqual(['Acme Corp: We regret the error and will fix it.']);
  });

  it('gives a quotation to the body noun itself when no body of that kind was named ("the airline said" → "airline")', () => {
    expect(attributed('Flights were cancelled on Friday.', '"We are deeply sorry for the disruption this has caused," the airline said.')).toEqual([
      'airline: We are deeply sorry for the disruption this has caused,',
    ]);
  });

  it('gives "the union" to a body of a kindred name when none is called a union ("British Medical Association")', () => {
    expect(
      attributed('The British Medical Association balloted its members.', 'They were offered 5.4%, which the union described as "another slap in the face".'),
    ).toEqual(['British Medical Association: another slap in the face']);
  });

  it('gives "the regulator said" to the commission named before, and prefers a name built on the noun itself', () => {
    expect(attributed('The Gaming Commission fined the casino.', '"This is a serious breach of the rules," the regulator said.')).toEqual([
      'Gaming Commission: This is a serious breach of the rules,',
    ]);
    const article = corpusOf('The Maritime Workers’ Union met the Dockers’ Association.', 'Later the union said no.').articles[0]!;
    expect(bodyNamed(article, 'union', 2, 10)).toBe('Maritime Workers’ Union');
  });

  it('finds a body whose name holds the noun anywhere, nearest first', () => {
    const article = corpusOf('The Maritime Workers’ Union met the Ministry of Transport.', 'Later the union said no.').articles[0]!;
    expect(bodyNamed(article, 'union', 2, 10)).toBe('Maritime Workers’ Union');
    expect(bodyNamed(article, 'ministry', 2, 10)).toBe('Ministry of Transport');
    expect(bodyNamed(article, 'council', 2, 10)).toBeNull();
  });
});
