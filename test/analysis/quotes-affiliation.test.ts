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

describe('a name set off after a role, or after a role shaped like one', () => {
  it('gives "The union’s chief negotiator, <Name>, said … ‘partial’" to the name, not to the role', () => {
    expect(attributed('The union’s chief negotiator, Idris Vane, said the offer was ‘worse than the one we turned down’.')).toEqual([
      'Idris Vane: worse than the one we turned down',
    ]);
  });

  it('gives "…," the council\'s chief executive, <Name>, said in a statement to the name', () => {
    expect(attributed('"Getting homes built is what matters most now," the council\'s chief executive, Bea Vass, said in a statement.')).toEqual([
      'Bea Vass: Getting homes built is what matters most now,',
    ]);
  });

  it('reads a lowercase word shaped like a role noun before a name as a role ("said senior linebacker …")', () => {
    expect(attributed('"We all knew he was going to have a day," said senior linebacker Jay Brooks.')).toEqual([
      'Jay Brooks: We all knew he was going to have a day,',
    ]);
  });

  it('gives "…," said the union\'s <Org> president, <Name> to the name after a possessive and an organisation', () => {
    expect(attributed('"Our members are sleeping in terminals tonight," said the union\'s Skyvale president, Cara Benton.')).toEqual([
      'Cara Benton: Our members are sleeping in terminals tonight,',
    ]);
  });

  it('gives "…," said the <Capitalised role>, <Name> to the name that closes the clause', () => {
    expect(attributed('“It is a disgrace,” said the Conservative MP for Bath, Dawn Butterfield.')).toEqual(['Dawn Butterfield: It is a disgrace,']);
  });
});
