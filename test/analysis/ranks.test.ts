import { describe, expect, it } from 'vitest';
import { findRanks } from '../../src/analysis/ranks.js';

const ranks = (text: string) => findRanks(text).map((rank) => `${rank.kind}:${rank.text}`);

describe('findRanks', () => {
  it('finds ordinals with the noun they rank', () => {
    expect(ranks("Friday's meeting will mark their fourth face-to-face encounter this year.")).toEqual(['ordinal:fourth face-to-face encounter']);
    expect(ranks('He scored in the 12th minute.')).toEqual(['ordinal:12th minute']);
    expect(ranks("the world's fifth-largest copper producer")).toEqual(['ordinal:fifth-largest copper producer']);
  });

  it('skips an ordinal that ranks nothing ("First, we…", "added a second with a header")', () => {
    expect(ranks('"First, we have to get Russia done," he said.')).toEqual([]);
    expect(ranks('He added a second with a header.')).toEqual([]);
  });

  it('finds the tally of a game or a vote, not a range or a date', () => {
    expect(ranks('The Kestrels beat the Mariners 3-1 on Saturday.')).toEqual(['tally:3-1']);
    expect(ranks('The council voted 5-2 on Tuesday night.')).toEqual(['tally:5-2']);
    expect(ranks('Temperatures of 10-20 degrees are expected on 10-12 May.')).toEqual([]);
  });
});
