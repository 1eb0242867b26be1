import { describe, expect, it } from 'vitest';
import { PeopleRegistry } from '../../src/answer/mention-names.js';
import { findMentions, type MentionKind } from '../../src/answer/mentions.js';
import { words } from '../../src/answer/words.js';

const people = PeopleRegistry.fromParagraphs(['Treasury Secretary Scott Bessent spoke to Mayor Ann Lee.']);
const kindsIn = (sentence: string) =>
  findMentions(sentence, words(sentence), people).map((mention) => `${mention.kind}:${mention.text}`);
const has = (sentence: string, kind: MentionKind, text: string) => expect(kindsIn(sentence)).toContain(`${kind}:${text}`);

describe('mentions that answer questions', () => {
  it.each([
    ['The council met on Tuesday night.', 'Tuesday night'],
    ['Work begins in April 2025.', 'April 2025'],
    ['It opened on March 3, 1999.', 'March 3, 1999'],
    ['They will meet again next week.', 'next week'],
    ['The law changed two years ago.', 'two years ago'],
    ['Doors open at 9:30 a.m.', '9:30 a.m.'],
  ])('finds the time in "%s"', (sentence, text) => has(sentence, 'time', text));

  it.each([
    ['It has a range of 995 miles (1,600 kilometers).', 'distance', '995 miles'],
    ['The barrier will stretch 2.4 kilometres.', 'distance', '2.4 kilometres'],
    ['The bridge will cost $18.4 million.', 'money', '$18.4 million'],
    ['The fee could reach £55m.', 'money', '£55m'],
    ['Sales rose 12% last quarter.', 'percent', '12%'],
    ['Sporting will get 15 per cent of any profit.', 'percent', '15 per cent'],
    ['Northport handles a fifth of the traffic.', 'percent', 'a fifth'],
    ['Construction will last roughly 22 months.', 'duration', 'roughly 22 months'],
    ['The 24-year-old signed on Thursday.', 'duration', '24-year-old'],
    ['It will mark their fourth encounter.', 'ordinal', 'fourth'],
  ])('finds the figure in "%s" as %s', (sentence, kind, text) => has(sentence, kind as MentionKind, text));

  it('does not count a year as a figure', () => {
    expect(kindsIn('The span was built in 1938.')).not.toContain('number:1938');
  });

  it.each([
    ['Trump will meet Putin in Budapest, Hungary.', 'place', 'Budapest'],
    ['Trump will meet Putin in Budapest, Hungary.', 'place', 'Hungary'],
    ['India agreed to halt purchases.', 'place', 'India'],
    ['The deal was signed at the White House.', 'place', 'White House'],
    ['Treasury Secretary Scott Bessent spoke first.', 'person', 'Scott Bessent'],
    ['"We are ready," Bessent said.', 'person', 'Bessent'],
    ['Mark Montgomery, an analyst, disagreed.', 'person', 'Mark Montgomery'],
    ['He works for the Foundation for Defense of Democracies.', 'organization', 'Foundation for Defense of Democracies'],
    ['A White House official said so.', 'role', 'official'],
  ])('finds in "%s" the %s "%s"', (sentence, kind, text) => has(sentence, kind as MentionKind, text));

  it('does not take the capitalised first word of a sentence for a name', () => {
    expect(kindsIn('Instead, the council voted.')).toEqual([]);
  });

  it('finds a cause in "because", "due to" and "broke down over"', () => {
    has('The road closed because of floods.', 'reason', 'because');
    has('Talks broke down over pay.', 'reason', 'down over');
  });
});
