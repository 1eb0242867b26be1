import { describe, expect, it } from 'vitest';
import { TUNED_SETTINGS, toSearchOptions } from '../../src/search/settings.js';

type FuzzyOption = (term: string, index: number, terms: string[]) => boolean | number;

describe('toSearchOptions', () => {
  const options = toSearchOptions(TUNED_SETTINGS, (term) => term === 'negoti');
  const fuzzy = options.fuzzy as FuzzyOption;

  it('looks up fuzzily only a long enough term that the index does not hold', () => {
    expect(fuzzy('negoti', 0, [])).toBe(false);
    expect(fuzzy('negotaite', 0, [])).toBeGreaterThan(0);
    expect(fuzzy('tlks', 0, [])).toBe(false);
  });

  it('leaves out of the search a field weighted 0, which MiniSearch would read as 1', () => {
    const withoutTitles = toSearchOptions({ ...TUNED_SETTINGS, boost: { text: 1, section: 0.5, title: 0 } }, () => true);
    expect(withoutTitles.fields).toEqual(['text', 'section']);
  });
});
