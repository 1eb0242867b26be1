import type { Fact, Quote, Speaker, Summary } from '../../src/analysis/schema.js';
import { citationFor } from '../../src/answer/citations.js';
import type { Answer } from '../../src/answer/schema.js';
import type { Article, Corpus } from '../../src/corpus/schema.js';
import type { Passage } from '../../src/search/schema.js';
import type { AskOptions, Story } from '../../src/story.js';

/**
 * A small, predictable `Story` for the Discord layer's unit tests: two invented articles, two speakers,
 * and answers that cite the first paragraphs holding a word of the question. Tests replace `ask` to script it.
 */
export function fakeStory(overrides: Partial<Story> = {}): Story & { asked: { question: string; options: AskOptions | undefined }[] } {
  const asked: { question: string; options: AskOptions | undefined }[] = [];
  const passages = corpus.articles.flatMap((article) =>
    article.paragraphs.map(
      (paragraph): Passage => ({
        article: article.slug,
        paragraph: paragraph.n,
        text: paragraph.text,
        section: null,
        url: article.url,
        title: article.title,
        score: 1,
      }),
    ),
  );
  const retrieve = (question: string, limit = 3) => {
    const words = question.toLowerCase().match(/[a-z]{4,}/g) ?? [];
    return passages.filter((passage) => words.some((word) => passage.text.toLowerCase().includes(word))).slice(0, limit);
  };
  const findSpeaker = (name: string) => {
    const typed = name.trim().toLowerCase();
    if (!typed) return undefined;
    return speakers.find((speaker) => [speaker.name, ...speaker.aliases].some((alias) => alias.toLowerCase().includes(typed)));
  };
  const story: Story = {
    corpus,
    indexStats: { articles: corpus.articles.length, paragraphs: passages.length, terms: 0, ms: 0, loadedFromCache: false, cacheFile: null, cacheProblem: null },
    async ask(question, options) {
      asked.push({ question, options });
      const found = retrieve(question, 2);
      const answer: Answer = found.length
        ? {
            question,
            answered: true,
            answer: found.map((passage, i) => `${passage.text} [${i + 1}]`).join(' '),
            citations: found.map((passage, i) => citationFor(passage, i + 1)),
            mode: 'extractive',
            note: null,
            usage: null,
            latencyMs: 1,
          }
        : { question, answered: false, answer: "The story doesn't say.", citations: [], mode: 'extractive', note: null, usage: null, latencyMs: 1 };
      options?.onText?.(answer.answer);
      return answer;
    },
    retrieve,
    async quotes(filter = {}) {
      const speaker = filter.speaker ? findSpeaker(filter.speaker) : undefined;
      return quotes.filter(
        (quote) =>
          (!filter.speaker || quote.speaker === speaker?.name) &&
          (!filter.about || quote.text.toLowerCase().includes(filter.about.toLowerCase())),
      );
    },
    speakers: async () => speakers,
    findSpeaker: async (name) => findSpeaker(name),
    async matchSpeakers(typed, limit = 25) {
      const lower = typed.trim().toLowerCase();
      return speakers
        .filter((speaker) => [speaker.name, ...speaker.aliases].some((alias) => alias.toLowerCase().includes(lower)))
        .slice(0, limit);
    },
    async facts(topic) {
      return facts.filter((fact) => !topic || fact.text.toLowerCase().includes(topic.toLowerCase()));
    },
    async summary(): Promise<Summary> {
      return {
        mode: 'extractive',
        points: [
          { text: 'The council approved the new bridge.', citations: [citationFor(passages[0]!, 1)] },
          { text: 'Work starts in spring.', citations: [citationFor(passages[1]!, 1), citationFor(passages[0]!, 2)] },
        ],
      };
    },
    sources: () =>
      corpus.articles.map((article) => ({ article: article.slug, title: article.title, url: article.url, paragraphs: article.paragraphs.length })),
    warmUp: async () => 0,
    ...overrides,
  };
  return Object.assign(story, { asked });
}

function article(slug: string, title: string, url: string | null, texts: string[]): Article {
  return { slug, title, url, published: null, file: `${slug}.txt`, paragraphs: texts.map((text, i) => ({ article: slug, n: i + 1, text, section: null })) };
}

export const corpus: Corpus = {
  dir: 'fake',
  hash: 'fake',
  warnings: [],
  articles: [
    article('bridge-vote', 'Council approves the river bridge', 'https://news.example/bridge', [
      'The city council approved the new river bridge on Tuesday by seven votes to two.',
      '"This bridge joins two halves of our town," Mayor Ana Lima said after the vote.',
      'Construction will start in spring and should take two years, the council said.',
      'Engineer Tom Okafor told reporters the budget was 40 million euros.',
    ]),
    article('bridge-reactions', 'Residents react to the bridge (and the cost)', null, [
      '"We waited twenty years for this," said resident Joan Park.',
      'Lima said the tolls would be low.',
    ]),
  ],
};

export const speakers: Speaker[] = [
  { name: 'Ana Lima', aliases: ['Lima', 'the mayor', 'Mayor Ana Lima'], quotes: 2, role: 'Mayor' },
  { name: 'Tom Okafor', aliases: ['Okafor'], quotes: 1, role: 'Engineer' },
  { name: 'Joan Park', aliases: ['Park'], quotes: 1, role: null },
];

const quotes: Quote[] = [
  { speaker: 'Ana Lima', text: 'This bridge joins two halves of our town,', article: 'bridge-vote', paragraph: 2, cue: 'Mayor Ana Lima said' },
  { speaker: 'Ana Lima', text: 'the tolls would be low', article: 'bridge-reactions', paragraph: 2, cue: 'Lima said' },
  { speaker: 'Joan Park', text: 'We waited twenty years for this,', article: 'bridge-reactions', paragraph: 1, cue: 'said resident Joan Park' },
];

function cite(slug: string, paragraph: number, n: number) {
  const source = corpus.articles.find((candidate) => candidate.slug === slug)!;
  const text = source.paragraphs[paragraph - 1]!.text;
  return citationFor({ article: slug, paragraph, text, section: null, url: source.url, title: source.title, score: 1 }, n);
}

const facts: Fact[] = [
  { kind: 'person', text: 'Ana Lima — Mayor', citations: [cite('bridge-vote', 2, 1)] },
  { kind: 'figure', text: 'Budget: 40 million euros', citations: [cite('bridge-vote', 4, 1)] },
  { kind: 'date', text: 'Construction starts in spring [1] and takes two years [2]', citations: [cite('bridge-vote', 3, 1), cite('bridge-vote', 1, 2)] },
];
