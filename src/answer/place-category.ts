import { lookupCountryOrRegion, lookupPlace, type PlaceType } from '../language/places.js';

// The kinds of place a question's category noun asks for: "Which countries…" is not answered by Michigan.
const CATEGORY_PLACE_TYPES: ReadonlyArray<[RegExp, PlaceType]> = [
  [/^(?:country|countries|nation|nations)$/, 'country'],
  [/^(?:state|states|province|provinces|region|regions)$/, 'region'],
  [/^(?:city|cities|town|towns|capital|capitals)$/, 'city'],
];

/**
 * Whether a place the story names can be of the kind the question's category asks for: false only when the
 * gazetteer knows it as another kind ("Michigan" is a state, not a country). A place it does not know may be.
 * The full gazetteer (with cities and states) loads only for a place its country layer does not know.
 */
export function fitsPlaceCategory(category: string | null, place: string): boolean {
  const wanted = CATEGORY_PLACE_TYPES.find(([pattern]) => category !== null && pattern.test(category))?.[1];
  if (!wanted) return true;
  const known = lookupCountryOrRegion(place) ?? lookupPlace(place);
  return known === undefined || known.type === wanted;
}
