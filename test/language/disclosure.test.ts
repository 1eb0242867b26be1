import { describe, expect, it } from 'vitest';
import { notToldClause, saysNotTold } from '../../src/language/disclosure.js';

describe('sentences that say something is not told', () => {
  it.each([
    "The victim's name has not been released.",
    'The companies have not said how much it will cost.',
    'Police did not say what prompted the shooting.',
    "The company didn't disclose the terms.",
    'A spokesman declined to comment.',
    'It was unclear why the plane turned back.',
    'The cause of the fire is not yet known.',
    'The location remains unspecified.',
    'No date has been set for the vote.',
    'The date of the hearing is still to be decided.',
  ])('reads "%s" as saying something is not told', (sentence) => expect(saysNotTold(sentence)).toBe(true));

  it.each([
    'Price, whose lawyer declined to comment, was charged with attempted murder.',
    'The victim was named as Tom Hale, 27.',
    'The companies said the pill will cost $15,000.',
  ])('reads "%s" as telling something', (sentence) => expect(saysNotTold(sentence)).toBe(false));

  it.each([
    ['Officials will hold talks next week, though the location remains unspecified.', 'though the location remains unspecified.'],
    ['The trial will resume, but no date has been set.', 'but no date has been set.'],
    ['No venue has been announced.', 'No venue has been announced.'],
  ])('finds the clause of "%s" that says something is not told', (sentence, clause) => expect(notToldClause(sentence)).toBe(clause));

  it('finds no such clause in a sentence that tells everything', () => {
    expect(notToldClause('Officials will hold talks next week in Vienna.')).toBeNull();
    expect(notToldClause('The vote is set for May 2.')).toBeNull();
  });
});
