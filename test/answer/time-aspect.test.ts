import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../src/answer/analyzed-paragraph.js';
import { NO_PEOPLE } from '../../src/answer/mention-names.js';
import { timeMarksVerb } from '../../src/answer/time-aspect.js';
import { words } from '../../src/answer/words.js';

const marks = (verb: string, sentence: string) => timeMarksVerb(words(verb)[0]!, analyzeParagraph(sentence, NO_PEOPLE).sentences[0]!);

describe('times that say when something starts or ends', () => {
  it('reads a time after "from" as when something starts, and after "until" as when it ends', () => {
    expect(marks('start', 'A minibus service will be trialled from September.')).toBe(true);
    expect(marks('begin', 'The new rules apply from 1 April.')).toBe(true);
    expect(marks('end', 'The road will stay closed until March.')).toBe(true);
  });

  it('reads nothing into a time without such a preposition, or for a verb that neither starts nor ends', () => {
    expect(marks('start', 'The council voted in September.')).toBe(false);
    expect(marks('end', 'A minibus service will be trialled from September.')).toBe(false);
    expect(marks('vote', 'The road will stay closed until March.')).toBe(false);
  });
});
