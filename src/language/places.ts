import { createRequire } from 'node:module';
import type CityTimezones from 'city-timezones';
import { continents, countries } from 'countries-list';

/**
 * The one gazetteer: world places by name, as written in prose ("Lyon", "U.S.", "the Middle East").
 *
 * It has two layers. Countries (with their common short names), the British nations, continents and the
 * regions and seas news writing names, with the states and provinces of the United States, Canada and Australia,
 * come from `countries-list` and short lists here and cost little to load; the answerer reads
 * only these (`lookupCountryOrRegion`). Capitals, cities of over `MIN_CITY_POPULATION` people and first-level
 * regions such as states and provinces come from `city-timezones`, a large JSON file that is read on the first
 * `lookupPlace`, which the analyses use.
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
// Countries news writing names that the country list leaves out: the nations of the United Kingdom, and
// "Congo" alone, which the list has only as "Republic of the Congo" and "DR Congo".
const OTHER_COUNTRIES = ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Congo'];
// The states and provinces of the federations whose news is most often in English, by which a where-question is
// answered ("parachuted into the Utah desert"): the city data has them too, but only the analyses read it.
const STATES_AND_PROVINCES: Readonly<Record<string, string>> = {
  'United States':
    'Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia, Hawaii, Idaho, ' +
    'Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, ' +
    'Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina, ' +
    'North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, ' +
    'Utah, Vermont, Virginia, Washington, West Virginia, Wisconsin, Wyoming',
  Canada:
    'Alberta, British Columbia, Manitoba, New Brunswick, Newfoundland and Labrador, Nova Scotia, Ontario, ' +
    'Prince Edward Island, Quebec, Saskatchewan, Yukon, Northwest Territories, Nunavut',
  Australia: 'Queensland, New South Wales, Victoria, Tasmania, South Australia, Western Australia, Northern Territory',
};

/**
 * Prepositions after which a capitalised name is most often a place: "in Lisbon", "at the White House". The
 * analyses take a name no gazetteer knows for a place only after the strictest of them (`src/analysis/places.ts`).
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at near outside inside from into across throughout around toward towards via to'.split(' '),
);

/** Lowercase nouns that make the name before them a place: "the Hilltop neighborhood", "Pierce County". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  ('neighborhood neighbourhood district borough suburb township village town city county parish province region ' +
    'street road avenue lane boulevard square park river valley island bay coast harbor harbour port airport estate')
    .split(' '),
);

/** Whether a word is a noun that makes a name before it a place ("neighborhood", "county"), in any case. */
export function isPlaceNoun(word: string): boolean {
  return PLACE_NOUNS.has(word.toLowerCase());
}

// The last words of a name that make it a place whatever comes before: "Elm Street", "Pierce County", "Hudson
// River". Not "Park", "Lane" or "Bay", which end people's names as often.
const PLACE_NAME_ENDINGS: ReadonlySet<string> = new Set(
  'street road avenue boulevard square county district township borough river valley island harbor harbour airport neighborhood neighbourhood'.split(' '),
);

/** Whether a capitalised word ends a name as a place's does ("Street" in "Elm Street"), in any case. */
export function endsPlaceName(word: string): boolean {
  return PLACE_NAME_ENDINGS.has(word.toLowerCase());
}

// Region names in the city data that are ordinary words or directions rather than names.
const GENERIC_REGION = /^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Capital|Coast|Islands?|Lakes?|Border|Federal|National)(?:\s\w+)?|\w{1,2})$/;

type PlaceIndex = Map<string, Place>;
let countriesAndRegions: PlaceIndex | null = null;
let everyPlace: PlaceIndex | null = null;

/** The place a name refers to, case-sensitively as written in prose ("Lyon", "U.S."), or undefined. */
export function lookupPlace(name: string): Place | undefined {
  return (everyPlace ??= withCities(countryIndex())).get(normalize(name));
}

/**
 * The country, continent or world region a name refers to ("Portugal", "U.S.", "the Middle East"), without
 * reading the city data: what a one-shot answer can afford.
 */
export function lookupCountryOrRegion(name: string): Place | undefined {
  return countryIndex().get(normalize(name).replace(/^the /i, ''));
}

function normalize(name: string): string {
  return name.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

function adder(places: PlaceIndex) {
  return (name: string, place: Place) => {
    const key = normalize(name);
    if (key.length > 1 && !places.has(key)) places.set(key, place);
  };
}

function countryIndex(): PlaceIndex {
  if (countriesAndRegions) return countriesAndRegions;
  const places: PlaceIndex = new Map();
  const add = adder(places);
  for (const country of Object.values(countries)) {
    const place: Place = { name: country.name, type: 'country', country: null };
    add(country.name, place);
    for (const alias of country.alias ?? []) {
      if (!/^\p{Lu}/u.test(alias)) continue;
      add(alias, place);
      if (/^\p{Lu}{2,3}$/u.test(alias)) add(dotted(alias), place);
    }
  }
  for (const name of OTHER_COUNTRIES) add(name, { name, type: 'country', country: null });
  for (const [country, names] of Object.entries(STATES_AND_PROVINCES)) {
    for (const name of names.split(', ')) add(name, { name, type: 'region', country });
  }
  for (const name of Object.values(continents)) add(name, { name, type: 'region', country: null });
  for (const name of WORLD_REGIONS) add(name, { name, type: 'region', country: null });
  return (countriesAndRegions = places);
}

// Built on first use: the city list is a large JSON file, and only the analyses need it.
function withCities(nations: PlaceIndex): PlaceIndex {
  const places: PlaceIndex = new Map(nations);
  const add = adder(places);
  const countryByCode = new Map<string, string>();
  for (const [code, country] of Object.entries(countries)) {
    countryByCode.set(code, country.name);
    if (!country.capital) continue;
    const capital: Place = { name: country.capital, type: 'city', country: country.name };
    add(country.capital, capital);
    add(country.capital.replace(/,? D\.C\.$/, ''), capital);
  }

  const cities = (createRequire(import.meta.url)('city-timezones') as typeof CityTimezones).cityMapping;
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
  return places;
}

// "US" is also written "U.S." in news copy.
function dotted(abbreviation: string): string {
  return abbreviation.split('').join('.') + '.';
}
