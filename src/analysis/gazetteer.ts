import cityTimezones from 'city-timezones';
import { continents, countries } from 'countries-list';

/**
 * World places by name: countries (with their common short names), their capitals, cities of over
 * `MIN_CITY_POPULATION` people, first-level regions such as states and provinces, continents, and the
 * regions and seas news writing names. Country and city lists come from maintained data packages.
 */

export type PlaceType = 'country' | 'city' | 'region';

export interface Place {
  name: string;
  type: PlaceType;
  /** The country a city or region is in, or null for countries and regions that span several. */
  country: string | null;
}

const MIN_CITY_POPULATION = 250_000;
// Regions every desk writes about that no country or city list holds.
const WORLD_REGIONS = [
  'Middle East', 'Near East', 'Far East', 'Europe', 'Western Europe', 'Eastern Europe', 'Central Europe',
  'Northern Europe', 'Southern Europe', 'Scandinavia', 'Balkans', 'Baltics', 'Caucasus', 'Central Asia',
  'South Asia', 'Southeast Asia', 'East Asia', 'Asia-Pacific', 'Indo-Pacific', 'Latin America',
  'Central America', 'Caribbean', 'Sub-Saharan Africa', 'North Africa', 'West Africa', 'East Africa',
  'Horn of Africa', 'Sahel', 'Maghreb', 'Arctic', 'Siberia', 'Crimea', 'Donbas', 'Kashmir', 'Gaza Strip',
  'West Bank', 'Golan Heights', 'Persian Gulf', 'Gulf', 'Red Sea', 'Black Sea', 'Baltic Sea', 'South China Sea',
  'Mediterranean', 'Atlantic', 'Pacific', 'Indian Ocean', 'Strait of Hormuz', 'Taiwan Strait', 'Silicon Valley',
  'Wall Street', 'Midwest', 'New England',
];
// Region names in the city data that are ordinary words or directions rather than names.
const GENERIC_REGION = /^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Capital|Coast|Islands?|Lakes?|Border|Federal|National)(?:\s\w+)?|\w{1,2})$/;

let index: Map<string, Place> | null = null;

/** The place a name refers to, case-sensitively as written in prose ("Lyon", "U.S."), or undefined. */
export function lookupPlace(name: string): Place | undefined {
  return placeIndex().get(normalize(name));
}

function normalize(name: string): string {
  return name.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

// Built on first use: the city list is a large JSON file, and only fact extraction needs it.
function placeIndex(): Map<string, Place> {
  if (index) return index;
  const places = new Map<string, Place>();
  const add = (name: string, place: Place) => {
    const key = normalize(name);
    if (key.length > 1 && !places.has(key)) places.set(key, place);
  };

  const countryByCode = new Map<string, string>();
  for (const [code, country] of Object.entries(countries)) {
    countryByCode.set(code, country.name);
    const place: Place = { name: country.name, type: 'country', country: null };
    add(country.name, place);
    for (const alias of country.alias ?? []) {
      if (!/^\p{Lu}/u.test(alias)) continue;
      add(alias, place);
      if (/^\p{Lu}{2,3}$/u.test(alias)) add(dotted(alias), place);
    }
  }
  for (const name of Object.values(continents)) add(name, { name, type: 'region', country: null });
  for (const name of WORLD_REGIONS) add(name, { name, type: 'region', country: null });
  for (const country of Object.values(countries)) {
    if (!country.capital) continue;
    const capital: Place = { name: country.capital, type: 'city', country: country.name };
    add(country.capital, capital);
    add(country.capital.replace(/,? D\.C\.$/, ''), capital);
  }

  const cities = cityTimezones.cityMapping;
  const regionPopulation = new Map<string, { country: string; population: number }>();
  for (const city of [...cities].sort((a, b) => b.pop - a.pop)) {
    const country = countryByCode.get(city.iso2) ?? city.country;
    if (city.pop >= MIN_CITY_POPULATION) add(city.city, { name: city.city, type: 'city', country });
    if (city.province && !GENERIC_REGION.test(city.province)) {
      const region = regionPopulation.get(city.province) ?? { country, population: 0 };
      region.population += city.pop;
      regionPopulation.set(city.province, region);
    }
  }
  for (const [name, region] of regionPopulation) {
    if (region.population >= MIN_CITY_POPULATION) add(name, { name, type: 'region', country: region.country });
  }
  index = places;
  return places;
}

// "US" is also written "U.S." in news copy.
function dotted(abbreviation: string): string {
  return abbreviation.split('').join('.') + '.';
}
