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

  it('gives "…," NHS Providers said to the whole name, not to its plural noun read as a surname', () => {
    expect(attributed('Hospitals are short of beds.', '"Trusts are running out of room to cope this winter," NHS Providers said.')).toEqual([
      'NHS Providers: Trusts are running out of room to cope this winter,',
    ]);
  });

  it('reads a capitalised name built on a plural noun as a body, wherever the plural stands and whichever side the cue is', () => {
    expect(attributed('"Aid workers were forced to leave the clinic overnight," Doctors Without Borders said.')).toEqual([
      'Doctors Without Borders: Aid workers were forced to leave the clinic overnight,',
    ]);
    expect(attributed('Families Against Crime said: "We want the sentence reviewed by a higher court."')).toEqual([
      'Families Against Crime: We want the sentence reviewed by a higher court.',
    ]);
    expect(attributed('"We want the sentence reviewed by a higher court," Veterans United said.')).toEqual([
      'Veterans United: We want the sentence reviewed by a higher court,',
    ]);
    expect(attributed('"Councils are cutting youth services faster than ever," Youth Work Providers said.')).toEqual([
      'Youth Work Providers: Councils are cutting youth services faster than ever,',
    ]);
  });

  it('still reads a person whose surname looks plural as that person ("Ellen Brooks said")', () => {
    expect(attributed('"We will reopen the pool in the spring," Ellen Brooks said.', '"It needs a new roof first," Brooks said.')).toEqual([
      'Ellen Brooks: We will reopen the pool in the spring,',
      'Ellen Brooks: It needs a new roof first,',
    ]);
  });

  it('reads "read" after a document as a cue: "…," the letter read goes to whoever sent the letter, not to the person named last', () => {
    expect(
      attributed(
        'Harlow Robotics sent a letter to its customers on Monday. Mayor Ellen Brooks welcomed the move.',
        '"Every affected vacuum will be replaced free of charge," the letter read.',
      ),
    ).toEqual(['Harlow Robotics: Every affected vacuum will be replaced free of charge,']);
  });

  it('gives "The statement read: …" to the body that issued the statement the paragraph before mentions', () => {
    expect(
      attributed(
        'Northfield University issued a statement on Tuesday.',
        'Student leader Amir Khan called the decision a disgrace. The statement read: "We will review every complaint that reaches us."',
      ),
    ).toEqual(['Northfield University: We will review every complaint that reaches us.']);
  });

  it('finds the issuer the sentence mentioning the document names after it ("In a letter to parents, X said …")', () => {
    expect(
      attributed(
        'In a letter to parents on Friday, Councillor Priya Nandra said clubs would be helped to move. Her rival, Tom Baxter, called that naive.',
        '"No child will be turned away from the borough\'s other centres," the letter read.',
      ),
    ).toEqual(["Priya Nandra: No child will be turned away from the borough's other centres,"]);
  });

  it('gives "the message read" to a body built on a plural noun that posted the message', () => {
    expect(
      attributed(
        'Parents Against Closures, which organised the march, posted a message on its website. Mayor Ellen Brooks did not reply.',
        '"We will be at the council meeting on Tuesday, and we will not be quiet," the message read.',
      ),
    ).toEqual(['Parents Against Closures: We will be at the council meeting on Tuesday, and we will not be quiet,']);
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
