import { describe, expect, it } from 'vitest';
import { isPlaceNoun, lookupCountryOrRegion, lookupPlace } from '../../src/language/places.js';

describe('lookupPlace', () => {
  it('knows countries by their names and short forms, capitals, big cities, states and regions', () => {
    expect(lookupPlace('Hungary')?.type).toBe('country');
    expect(lookupPlace('U.S.')?.name).toBe('United States');
    expect(lookupPlace('UK')?.name).toBe('United Kingdom');
    expect(lookupPlace('Kyiv')).toMatchObject({ type: 'city', country: 'Ukraine' });
    expect(lookupPlace('Houston')).toMatchObject({ type: 'city', country: 'United States' });
    expect(lookupPlace('Alaska')?.type).toBe('region');
    expect(lookupPlace('Middle East')?.type).toBe('region');
  });

  it('does not know small towns named like common words', () => {
    expect(lookupPlace('Mobile')).toBeUndefined();
    expect(lookupPlace('Independence')).toBeUndefined();
  });
});

describe('lookupCountryOrRegion', () => {
  it('knows countries, their short forms, the British nations and world regions, with or without "the"', () => {
    expect(lookupCountryOrRegion('Hungary')?.type).toBe('country');
    expect(lookupCountryOrRegion('U.S.')?.name).toBe('United States');
    expect(lookupCountryOrRegion('Wales')?.type).toBe('country');
    expect(lookupCountryOrRegion('the Middle East')?.type).toBe('region');
    expect(lookupCountryOrRegion('The Netherlands')?.name).toBe('Netherlands');
  });

  it('knows the states and provinces of the United States, Canada and Australia, which news names as places', () => {
    expect(lookupCountryOrRegion('Utah')).toMatchObject({ type: 'region', country: 'United States' });
    expect(lookupCountryOrRegion('New South Wales')).toMatchObject({ type: 'region', country: 'Australia' });
    expect(lookupCountryOrRegion('Nova Scotia')?.country).toBe('Canada');
    expect(lookupCountryOrRegion('Georgia')?.type).toBe('country');
  });

  it('leaves cities to the full gazetteer, which a one-shot answer does not load', () => {
    expect(lookupCountryOrRegion('Kyiv')).toBeUndefined();
    expect(lookupPlace('Kyiv')?.type).toBe('city');
  });
});

describe('place nouns', () => {
  it('knows the nouns that make a name before them a place: "neighborhood", "County", "street"', () => {
    for (const word of ['neighborhood', 'County', 'street', 'borough']) expect(isPlaceNoun(word), word).toBe(true);
    expect(isPlaceNoun('office')).toBe(false);
  });
});
