import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/analysis/places.js';
import { properNouns } from '../../src/analysis/proper-nouns.js';

const places = (sentence: string, notPlaces: string[] = []) =>
  findPlaces(sentence, properNouns(sentence), new Set(notPlaces)).map((mention) => mention.text);

describe('findPlaces', () => {
  it('joins a city to the country or state after it: "Budapest, Hungary", "Corpus Christi, Texas"', () => {
    expect(places('They will meet in Budapest, Hungary, to talk.')).toEqual(['Budapest, Hungary']);
    expect(places('It came ashore near Corpus Christi, Texas, at dawn.')).toEqual(['Corpus Christi, Texas']);
  });

  it('finds each side of a hyphenated or "and" pair: "U.S.-Russia relations", "Ukraine and Gaza"', () => {
    expect(places('It would damage U.S.-Russia relations.')).toEqual(['U.S.', 'Russia']);
    expect(places('Ending the wars in Ukraine and Gaza was his aim.')).toEqual(['Ukraine', 'Gaza']);
  });

  it('takes an unknown one-word name after "in" for a place, but not a company after "shares in"', () => {
    expect(places('The plant in Tillbury closed.')).toEqual(['Tillbury']);
    expect(places('Shares in Andes Copper rose.')).toEqual([]);
  });

  it('skips names that belong to people', () => {
    expect(places('Mr. Jordan said he would visit Jordan.', ['Jordan'])).toEqual([]);
  });

  it('does not take a name inside a longer name for a place: "Mark Montgomery" is no city', () => {
    expect(places('Mark Montgomery, an analyst, spoke.')).toEqual([]);
  });

  it('does not take a month after "in" for a place', () => {
    expect(places('They met in August.')).toEqual([]);
  });
});
