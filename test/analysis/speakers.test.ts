import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '../../src/analysis/quotes.js';
import type { Quote, Speaker } from '../../src/analysis/schema.js';
import { buildSpeakers, filterQuotes, findSpeaker, matchSpeakers } from '../../src/analysis/speakers.js';
import { loadCorpus } from '../../src/corpus/load.js';

const speakers: Speaker[] = [
  { name: 'Scott Bessent', aliases: ['Treasury Secretary Scott Bessent', 'Bessent'], quotes: 2, role: 'Treasury Secretary' },
  { name: 'Donald Trump', aliases: ['President Donald Trump', 'Trump', 'the president'], quotes: 7, role: 'President' },
  { name: 'Mark Montgomery', aliases: ['Montgomery'], quotes: 2, role: 'analyst at the Foundation for Defence of Democracies' },
  { name: 'Rosa Marks', aliases: [], quotes: 1, role: null },
];
const names = (found: Speaker[]) => found.map((speaker) => speaker.name);

describe('matchSpeakers', () => {
  it('lists the most quoted first when nothing is typed', () => {
    expect(names(matchSpeakers(speakers, ''))).toEqual(['Donald Trump', 'Mark Montgomery', 'Scott Bessent', 'Rosa Marks']);
  });

  it('finds a speaker by any alias, part of one, or role, whatever the case', () => {
    expect(names(matchSpeakers(speakers, 'bessent'))).toEqual(['Scott Bessent']);
    expect(names(matchSpeakers(speakers, 'scott'))).toEqual(['Scott Bessent']);
    expect(names(matchSpeakers(speakers, 'Treasury Secretary'))).toEqual(['Scott Bessent']);
    expect(names(matchSpeakers(speakers, 'THE PRES'))).toEqual(['Donald Trump']);
    expect(names(matchSpeakers(speakers, 'analyst'))).toEqual(['Mark Montgomery']);
  });

  it('ranks the start of a name above the start of a later word, and both above a match inside a word', () => {
    // "mar": Mark Montgomery's name starts with it, Rosa Marks has it at a word start, nobody else has it inside.
    expect(names(matchSpeakers(speakers, 'mar'))).toEqual(['Mark Montgomery', 'Rosa Marks']);
    // "ont": only inside "Montgomery".
    expect(names(matchSpeakers(speakers, 'ont'))).toEqual(['Mark Montgomery']);
  });

  it('keeps to the limit', () => {
    expect(matchSpeakers(speakers, '', 2)).toHaveLength(2);
  });
});

describe('findSpeaker', () => {
  it('returns the single best speaker, or undefined', () => {
    expect(findSpeaker(speakers, 'trump')?.name).toBe('Donald Trump');
    expect(findSpeaker(speakers, 'Montgomery')?.name).toBe('Mark Montgomery');
    expect(findSpeaker(speakers, 'Zuckerberg')).toBeUndefined();
    expect(findSpeaker(speakers, '  ')).toBeUndefined();
  });
});

describe('filterQuotes', () => {
  const quotes: Quote[] = [
    { speaker: 'Donald Trump', text: 'We have a lot of Tomahawks.', article: 'a', paragraph: 1, cue: 'Trump said' },
    { speaker: 'Donald Trump', text: 'The negotiations went well.', article: 'a', paragraph: 2, cue: 'Trump said' },
    { speaker: 'Scott Bessent', text: 'We will respond if our partners join us.', article: 'a', paragraph: 3, cue: 'Bessent said' },
  ];

  it('keeps one speaker\'s quotations', () => {
    expect(filterQuotes(quotes, speakers, { speaker: 'bessent' }).map((quote) => quote.paragraph)).toEqual([3]);
  });

  it('keeps quotations about some words, matched by stem ("negotiate" finds "negotiations")', () => {
    expect(filterQuotes(quotes, speakers, { about: 'negotiate' }).map((quote) => quote.paragraph)).toEqual([2]);
    expect(filterQuotes(quotes, speakers, { speaker: 'Trump', about: 'tomahawk' }).map((quote) => quote.paragraph)).toEqual([1]);
  });

  it('gives nothing for a speaker who matches no one', () => {
    expect(filterQuotes(quotes, speakers, { speaker: 'Zuckerberg' })).toEqual([]);
  });
});

describe('buildSpeakers', () => {
  it('counts quotations per speaker, most quoted first, with the aliases and role of the person', () => {
    const built = buildSpeakers(
      [
        { speaker: 'Ann Lee', text: 'one two three four', article: 'a', paragraph: 1, cue: 'Lee said' },
        { speaker: 'Bo Park', text: 'one two three four', article: 'a', paragraph: 2, cue: 'Park said' },
        { speaker: 'Bo Park', text: 'five six seven eight', article: 'a', paragraph: 3, cue: 'Park said' },
      ],
      [{ name: 'Bo Park', aliases: ['Park'], role: 'Mayor', gender: null, mentions: [] }],
    );
    expect(built).toEqual([
      { name: 'Bo Park', aliases: ['Park'], quotes: 2, role: 'Mayor' },
      { name: 'Ann Lee', aliases: [], quotes: 1, role: null },
    ]);
  });

  it('names the bundled story\'s speakers by full name and finds them by surname', async () => {
    const { speakers: story } = analyzeQuotes(await loadCorpus('corpus'));
    expect(names(story)).toEqual(['Donald Trump', 'Mark Montgomery', 'Scott Bessent']);
    expect(findSpeaker(story, 'bessent')?.name).toBe('Scott Bessent');
    expect(findSpeaker(story, 'the president')?.name).toBe('Donald Trump');
  });
});
