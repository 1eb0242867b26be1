import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/analysis/facts.js';
import type { Fact, FactKind } from '../../src/analysis/schema.js';
import { fixtureCorpus, storyCorpus } from './articles.js';

/** Every fact of every fixture article and of the story is cut from its text at whole words. */

const slugs = readdirSync('test/fixtures/articles')
  .filter((name) => /\.(?:txt|md)$/.test(name))
  .map((name) => name.replace(/\.(?:txt|md)$/, ''));

// Words as a reader sees them: "303,000", "NorthJet’s" and "one-way" are one word each.
const wordsOf = (text: string) => (text.match(/[\p{L}\p{N}]+(?:[’'.,&-][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.toLowerCase());
// What a fact says after its head, which may be a label of its own wording ("Jobs added: …").
const statementOf = (fact: Fact) => fact.text.split(' — ').slice(1).join(' — ') || fact.text.replace(/^[^:]*:\s/, '');

// Kinds whose statements are cut from a sentence; figures and people are told in words of their own
// ("About 2,500 people employed", "Ohio Governor").
const CUT_KINDS = new Set<FactKind>(['date', 'event', 'place', 'organisation']);
// Words a statement may add to what it cuts: "Boise — where Skyreach is based".
const ADDED_WORDS = new Set(['where', 'is']);

async function allFacts(): Promise<{ source: string; facts: Fact[] }[]> {
  const fixtures = await Promise.all(slugs.map(async (slug) => {
    const { corpus, people } = await fixtureCorpus(slug);
    return { source: slug, facts: extractFacts(corpus, people) };
  }));
  const { corpus, people } = await storyCorpus();
  return [...fixtures, { source: 'story', facts: extractFacts(corpus, people) }];
}

describe('the wording of facts over every fixture article and the story', async () => {
  const sets = await allFacts();

  it('leaves no dangling comma or glued fragment where a phrase was cut out (",s,", " ,", "word,word")', () => {
    const garbled = sets.flatMap(({ source, facts }) =>
      facts.filter((fact) => /\p{L},\p{L}|,s\b|\s[,.]|,\s*$/u.test(fact.text)).map((fact) => `${source}: ${fact.text}`),
    );
    expect(garbled).toEqual([]);
  });

  it('never leaves a quotation open where a statement was cut: a partial quotation is closed', () => {
    // A statement may start inside a quotation (its tail, then its speaker), but none ends inside one.
    const open = sets.flatMap(({ source, facts }) =>
      facts.filter((fact) => /(?:^|\s)["“][^"“”]*$/u.test(fact.text) && !fact.text.endsWith('…')).map((fact) => `${source}: ${fact.text}`),
    );
    expect(open).toEqual([]);
  });

  it('never cuts a word mid-way: every word of a statement is a word of the paragraphs it cites', () => {
    const cut = sets.flatMap(({ source, facts }) =>
      facts.filter((fact) => CUT_KINDS.has(fact.kind)).flatMap((fact) => {
        const cited = new Set(fact.citations.flatMap((citation) => wordsOf(citation.text)));
        return wordsOf(statementOf(fact))
          .filter((word) => !cited.has(word) && !ADDED_WORDS.has(word))
          .map((word) => `${source}: "${word}" in ${fact.text}`);
      }),
    );
    expect(cut).toEqual([]);
  });
});
