import { describe, expect, it } from 'vitest';
import { NO_PEOPLE } from '../../src/answer/mention-names.js';
import { ledeSubject, startsWithAnaphor } from '../../src/answer/opening-reference.js';

const names = (lede: string, next: string) => ledeSubject(lede, next, NO_PEOPLE).map((word) => word.text).join(' ');

describe('what an opening sentence points to', () => {
  it('reads "He", "The 24-year-old" and "The senator" as pointing back, and "The company" as not', () => {
    expect(startsWithAnaphor('He said the talks would resume.')).toBe(true);
    expect(startsWithAnaphor('The 24-year-old signed on Thursday.')).toBe(true);
    expect(startsWithAnaphor('The senator voted no.')).toBe(true);
    expect(startsWithAnaphor('The company said profits rose.')).toBe(false);
  });

  it('finds the name a descriptive lede leaves to the next paragraph', () => {
    expect(
      names(
        'A former finance director who stole more than £1.4m from a hospice has been jailed for six years.',
        'Graham Pettifer, 52, of Lower Halstow, Kent, transferred money 312 times, the court heard.',
      ),
    ).toBe('Graham Pettifer');
    expect(names('An 82-year-old woman has died after a fire in Leeds.', 'Mary Holt was found by neighbours.')).toBe('Mary Holt');
    expect(names('BALTIMORE — A former harbor official was sentenced Thursday to seven years.', 'Raymond Kessler, 58, was convicted.')).toBe(
      'Raymond Kessler',
    );
  });

  it('finds none when the lede names its subject, describes no person, or the next paragraph opens otherwise', () => {
    expect(names('A former director, Ann Lee, has been jailed.', 'Graham Pettifer, 52, was also charged.')).toBe('');
    expect(names('A £95m flood barrier will protect three towns.', 'Emma Howard said work would start soon.')).toBe('');
    expect(names('A former finance director has been jailed.', 'The court heard that Graham Pettifer stole £1.4m.')).toBe('');
  });
});
