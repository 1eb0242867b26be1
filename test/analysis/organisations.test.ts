import { describe, expect, it } from 'vitest';
import { acronymDefinitions, findOrganisations } from '../../src/analysis/organisations.js';
import { properNouns } from '../../src/analysis/proper-nouns.js';

const organisations = (sentence: string, acronyms = new Map<string, string>(), notOrganisations: string[] = []) =>
  findOrganisations(properNouns(sentence), acronyms, new Set(notOrganisations)).map((mention) => mention.text);

describe('acronymDefinitions', () => {
  it('reads "Full Name (FN)" definitions, keeping only the words the acronym stands for', () => {
    const definitions = acronymDefinitions('He suggested Ukraine benefit from Extended Range Attack Munition (ERAM) missiles and the Federal Emergency Management Agency (FEMA).');
    expect(definitions.get('ERAM')).toBe('Extended Range Attack Munition');
    expect(definitions.get('FEMA')).toBe('Federal Emergency Management Agency');
  });
});

describe('findOrganisations', () => {
  it('finds names headed by an organisation noun: "the Foundation for Defence of Democracies", "the Riverton City Council"', () => {
    expect(organisations('an analyst at the Foundation for Defence of Democracies, said')).toEqual(['Foundation for Defence of Democracies']);
    expect(organisations('The Riverton City Council approved it.')).toEqual(['Riverton City Council']);
  });

  it('finds bare acronyms, but not ones the article defines as something else, nor places or common abbreviations', () => {
    const acronyms = new Map([['ERAM', 'Extended Range Attack Munition']]);
    expect(organisations('NATO members asked the ERAM maker, the CEO said, about U.S. plans and GDP.', acronyms)).toEqual(['NATO']);
  });

  it('finds institutions known by name and a qualified one: "the Senate", "the U.S. Senate"', () => {
    expect(organisations('Senate legislation, the U.S. Senate said.')).toEqual(['Senate', 'U.S. Senate']);
  });

  it('reads a company out of a sentence-opening phrase: "Shares of Lumen Devices Inc. fell"', () => {
    expect(organisations('Shares of Lumen Devices Inc. fell.')).toEqual(['Lumen Devices Inc.']);
    expect(organisations('Bank of England figures fell.')).toEqual(['Bank of England']);
  });

  it('does not take a title and name for an organisation: "Treasury Secretary Scott Bessent"', () => {
    expect(organisations('Treasury Secretary Scott Bessent said so.')).toEqual([]);
  });

  it('does not end a name at a joining word before a day: "the London Stock Exchange on Monday"', () => {
    expect(organisations('a statement to the London Stock Exchange on Monday.')).toEqual(['London Stock Exchange']);
  });
});
