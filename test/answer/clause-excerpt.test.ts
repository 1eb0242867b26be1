import { describe, expect, it } from 'vitest';
import { clauseExcerpt } from '../../src/answer/clause-excerpt.js';

const LONG =
  'Nimbus Computing on Tuesday unveiled the Fold Pro, a laptop whose 17-inch screen folds in half to the size of a hardcover book, ' +
  'as the company tries to revive sales in a personal computer market that has shrunk for three straight years.';
const spanOf = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('excerpts of long answer sentences', () => {
  it('keeps the clauses that hold the spans to keep, with an ellipsis where words were left out', () => {
    expect(clauseExcerpt(LONG, [spanOf(LONG, '17-inch'), spanOf(LONG, 'screen')])).toBe(
      '\u2026a laptop whose 17-inch screen folds in half to the size of a hardcover book\u2026',
    );
  });

  it('keeps every clause between the first and the last span to keep', () => {
    const excerpt = clauseExcerpt(LONG, [spanOf(LONG, 'Tuesday'), spanOf(LONG, 'hardcover')]);
    expect(excerpt).toBe('Nimbus Computing on Tuesday unveiled the Fold Pro, a laptop whose 17-inch screen folds in half to the size of a hardcover book\u2026');
  });

  it('drops a coordinator that would open the excerpt: "…the Comets rallied", not "…and the Comets rallied"', () => {
    const text =
      'Deja Okafor scored 38 points, including the go-ahead 3-pointer with 21 seconds left in a game that swung back and forth all night, ' +
      'and the Lakeshore Comets rallied from 17 points down to beat the Bayview Titans 112-108 on Saturday.';
    expect(clauseExcerpt(text, [spanOf(text, '112-108')])).toMatch(/^\u2026the Lakeshore Comets rallied/);
  });

  it('quotes a sentence under 35 words whole, and a long one whole when the cut would barely shorten it', () => {
    const short = 'The device will cost $2,499 in the United States, and it goes on sale on Nov. 14.';
    expect(clauseExcerpt(short, [spanOf(short, '$2,499')])).toBe(short);
    expect(clauseExcerpt(LONG, [spanOf(LONG, 'Nimbus'), spanOf(LONG, 'years')])).toBe(LONG);
  });

  it('never cuts inside a quotation', () => {
    const text =
      'The minister said the deal was "a door, not a destination, and the hard part starts now for both of the delegations that came here" ' +
      'and that the committee would meet in Addis Ababa by the end of April to begin its work.';
    expect(clauseExcerpt(text, [spanOf(text, 'destination')])).toBe(text);
  });
});
