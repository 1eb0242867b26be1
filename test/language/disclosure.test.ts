import { describe, expect, it } from 'vitest';
import { saysNotTold } from '../../src/language/disclosure.js';

describe('sentences that say something is not told', () => {
  it.each([
    "The victim's name has not been released.",
    'The companies have not said how much it will cost.',
    'Police did not say what prompted the shooting.',
    "The company didn't disclose the terms.",
    'A spokesman declined to comment.',
    'It was unclear why the plane turned back.',
    'The cause of the fire is not yet known.',
  ])('reads "%s" as saying something is not told', (sentence) => expect(saysNotTold(sentence)).toBe(true));

  it.each([
    'Price, whose lawyer declined to comment, was charged with attempted murder.',
    'The victim was named as Tom Hale, 27.',
    'The companies said the pill will cost $15,000.',
  ])('reads "%s" as telling something', (sentence) => expect(saysNotTold(sentence)).toBe(false));
});
