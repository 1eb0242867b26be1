import { describe, expect, it } from 'vitest';
import { personBeforeAffiliation } from '../../src/analysis/quotes-context.js';
import { attributed } from './quotes-corpus.js';

describe('a speaker named with the organisation they speak for', () => {
  it('gives "…," said <Org> <role> <Full Name> to the person, not the organisation', () => {
    expect(attributed('‘We never wanted this strike,’ said Ferrolink general secretary Dana Pryor. ‘Our members are angry.’')).toEqual([
      'Dana Pryor: We never wanted this strike,',
      'Dana Pryor: Our members are angry.',
    ]);
  });

  it('reads an acronym before a role noun the same way ("said RMT boss …")', () => {
    expect(attributed('"We will not be bullied into a deal," said TSSA boss Owen Kerr.')).toEqual(['Owen Kerr: We will not be bullied into a deal,']);
  });

  it('gives "…," said the union\'s general secretary, <Name> to the name after the possessive role', () => {
    expect(attributed('‘We never wanted this strike,’ said the union’s general secretary, Dana Pryor.')).toEqual([
      'Dana Pryor: We never wanted this strike,',
    ]);
  });

  it('gives "<Org>\'s <Name> said" to the name', () => {
    expect(attributed('Ferrolink’s Dana Pryor said: ‘We never wanted this strike.’')).toEqual(['Dana Pryor: We never wanted this strike.']);
  });

  it('gives "<Name>, <Org>\'s general secretary, said" to the name', () => {
    expect(attributed('Dana Pryor, Ferrolink’s general secretary, said: ‘We never wanted this strike.’')).toEqual([
      'Dana Pryor: We never wanted this strike.',
    ]);
  });

  it('gives "said <Name> of <Org>" and "<Name> of <Org> said" to the name', () => {
    expect(attributed('‘We never wanted this strike,’ said Dana Pryor of Ferrolink.')).toEqual(['Dana Pryor: We never wanted this strike,']);
    expect(attributed('‘We never wanted this strike,’ Dana Pryor of Ferrolink said.')).toEqual(['Dana Pryor: We never wanted this strike,']);
  });

  it('does not take a lowercase phrase that ends in no role noun for a role ("said X, whose union represents Y")', () => {
    expect(attributed('"Nobody asked us first," said Pryor, whose union represents Owen Kerr.')).toEqual(['Pryor: Nobody asked us first,']);
  });

  it('keeps a title with "of" whole: "said Secretary of State Paul Nguyen"', () => {
    expect(attributed('"The talks are over for now," said Secretary of State Paul Nguyen.')).toEqual(['Paul Nguyen: The talks are over for now,']);
  });
});

describe('personBeforeAffiliation', () => {
  it('cuts the organisation after a person\'s name, and nothing off a title', () => {
    expect(personBeforeAffiliation('Dr. Ann Roe of the University of Leeds')).toBe('Dr. Ann Roe');
    expect(personBeforeAffiliation('Secretary of State Paul Nguyen')).toBe('Secretary of State Paul Nguyen');
    expect(personBeforeAffiliation('Bank of England Governor Ian Marsh')).toBe('Bank of England Governor Ian Marsh');
  });
});
