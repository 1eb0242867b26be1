/**
 * Names of countries and world regions, lowercased. The countries come from the ICU data built into Node
 * (`Intl.DisplayNames`), so the list is complete and needs no upkeep; a few everyday alternatives are added.
 */
const COMMON_ALTERNATIVES = [
  'america', 'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'turkey', 'holland',
  'czech republic', 'ivory coast', 'burma', 'congo', 'the netherlands', 'the united states', 'usa', 'u.s.', 'uk',
  'u.k.', 'the gambia', 'the philippines', 'palestine', 'vatican',
];
const REGIONS = [
  'africa', 'asia', 'europe', 'oceania', 'antarctica', 'north america', 'south america', 'latin america',
  'central america', 'middle east', 'the middle east', 'far east', 'scandinavia', 'the balkans', 'the caribbean',
  'the arctic', 'the pacific', 'the atlantic', 'southeast asia', 'central asia', 'eastern europe', 'western europe',
  'the gulf', 'the sahel',
];
// Two-letter codes that name no country: private-use, pseudo-locales, groupings.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

function countryNames(): string[] {
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  const names: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (NOT_COUNTRIES.has(code)) continue;
      let name: string | undefined;
      try {
        name = regions.of(code);
      } catch {
        continue;
      }
      if (!name || name === code) continue;
      // "Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China": each part on its own is a name too.
      for (const part of name.split(/\s+-\s+|\s*\(|\)|\s+SAR\s+/)) {
        const clean = part.replace(/&/g, 'and').trim().toLowerCase();
        if (clean.length > 2) names.push(clean);
      }
      names.push(name.toLowerCase());
    }
  }
  return names;
}

/** Every country and region name, lowercased ("hungary", "united states", "middle east"). */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...countryNames(), ...COMMON_ALTERNATIVES, ...REGIONS]);

/** The longest number of words a place name has, so matching can stop looking further. */
export const LONGEST_PLACE_NAME_WORDS = Math.max(...[...PLACE_NAMES].map((name) => name.split(' ').length));
