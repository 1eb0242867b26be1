import { chmod, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/schema.js';
import { serializeIndex, type IndexContents } from '../../src/search/index-file.js';
import { ParagraphIndex } from '../../src/search/paragraph-index.js';
import { loadStory } from './helpers.js';

const QUESTIONS = ['Where will Trump meet Putin?', 'What is the range of the Tomahawk?', 'Who sponsors the sanctions bill?', 'US officials', 'Zelenskyy wants Tomahwks'];

let story: Corpus;
let cacheDir: string;

beforeAll(async () => {
  story = await loadStory();
});

beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'storybot-index-'));
});

afterEach(async () => {
  await chmod(cacheDir, 0o700).catch(() => undefined);
  await rm(cacheDir, { recursive: true, force: true });
});

/** The same corpus with one paragraph's text changed, and so a different hash. */
function editedCorpus(corpus: Corpus): Corpus {
  const [article, ...rest] = corpus.articles;
  const paragraphs = article!.paragraphs.map((paragraph, i) => (i === 0 ? { ...paragraph, text: `${paragraph.text} Edited.` } : paragraph));
  return { ...corpus, articles: [{ ...article!, paragraphs }, ...rest], hash: `${corpus.hash}-edited` };
}

describe('ParagraphIndex.open', () => {
  it('builds and saves the index the first time, then loads it and gives identical results', async () => {
    const built = await ParagraphIndex.open(story, { cacheDir });
    expect(built.stats.loadedFromCache).toBe(false);
    expect(built.stats.cacheFile).not.toBeNull();
    expect(built.stats.cacheProblem).toBeNull();

    const loaded = await ParagraphIndex.open(story, { cacheDir });
    expect(loaded.stats.loadedFromCache).toBe(true);
    expect(loaded.stats.cacheFile).toBe(built.stats.cacheFile);
    for (const question of QUESTIONS) expect(loaded.search(question, { limit: 5 })).toEqual(built.search(question, { limit: 5 }));
  });

  it('reports what it indexed: articles, paragraphs, distinct terms and time', async () => {
    const { stats } = await ParagraphIndex.open(story, { cacheDir });
    expect(stats.articles).toBe(story.articles.length);
    expect(stats.paragraphs).toBe(story.articles.reduce((sum, article) => sum + article.paragraphs.length, 0));
    expect(stats.terms).toBeGreaterThan(100);
    expect(stats.ms).toBeGreaterThanOrEqual(0);
  });

  it('rebuilds, instead of loading the old index, when the corpus changed', async () => {
    await ParagraphIndex.open(story, { cacheDir });
    const changed = await ParagraphIndex.open(editedCorpus(story), { cacheDir });
    expect(changed.stats.loadedFromCache).toBe(false);
    expect(changed.search('Edited', { limit: 1 })).toHaveLength(1);
  });

  it('rebuilds silently over a corrupt saved index and says why', async () => {
    const { stats } = await ParagraphIndex.open(story, { cacheDir });
    await writeFile(stats.cacheFile!, '{"documentCount": 3, "index": [[tru');
    const rebuilt = await ParagraphIndex.open(story, { cacheDir });
    expect(rebuilt.stats.loadedFromCache).toBe(false);
    expect(rebuilt.stats.cacheProblem).toMatch(/unusable/);
    expect(rebuilt.search('Tomahawk', { limit: 1 })).toHaveLength(1);

    const reloaded = await ParagraphIndex.open(story, { cacheDir });
    expect(reloaded.stats.loadedFromCache).toBe(true);
  });

  it('rebuilds over a saved index of valid JSON that is not an index of this corpus', async () => {
    const { stats } = await ParagraphIndex.open(story, { cacheDir });
    const saved = JSON.parse(await readFile(stats.cacheFile!, 'utf8')) as { paragraphs: number; index: { documentCount: number } };
    const tampered = [
      { ...saved, paragraphs: saved.paragraphs + 1 },
      { ...saved, index: { ...saved.index, documentCount: saved.index.documentCount + 1 } },
      { ...saved, index: { ...saved.index, serializationVersion: 999 } },
      { ...saved, format: 0 },
      [],
    ];
    for (const contents of tampered) {
      await writeFile(stats.cacheFile!, JSON.stringify(contents));
      const reopened = await ParagraphIndex.open(story, { cacheDir });
      expect(reopened.stats.loadedFromCache).toBe(false);
      expect(reopened.stats.cacheProblem).toMatch(/unusable/);
    }
  });

  it('leaves only the index file behind, no temporary files', async () => {
    await ParagraphIndex.open(story, { cacheDir });
    await ParagraphIndex.open(editedCorpus(story), { cacheDir });
    const files = await readdir(cacheDir);
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/^paragraphs-[\w-]+\.json$/);
  });

  it('keeps the three most recent saved indexes and removes older ones and stale temporary files', async () => {
    const stale = join(cacheDir, '.paragraphs-old.json.123.abcd.tmp');
    await writeFile(stale, 'half a file');
    const anHourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(stale, anHourAgo, anHourAgo);
    const unrelated = join(cacheDir, 'notes.txt');
    await writeFile(unrelated, 'not ours');
    const files: string[] = [];
    for (let edit = 1; edit <= 5; edit++) {
      const corpus = { ...editedCorpus(story), hash: `${story.hash}-edit${edit}` };
      files.push((await ParagraphIndex.open(corpus, { cacheDir })).stats.cacheFile!);
      await utimes(files.at(-1)!, new Date(Date.now() - (10 - edit) * 1000), new Date(Date.now() - (10 - edit) * 1000));
    }
    const left = (await readdir(cacheDir)).sort();
    expect(left).toEqual(['notes.txt', ...files.slice(2).map((file) => basename(file))].sort());
  });

  it('creates a missing cache folder', async () => {
    const nested = join(cacheDir, 'a', 'b');
    const { stats } = await ParagraphIndex.open(story, { cacheDir: nested });
    expect(stats.cacheFile?.startsWith(nested)).toBe(true);
    expect(await readdir(nested)).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('works without saving when the cache folder is read-only', async () => {
    await chmod(cacheDir, 0o500);
    const index = await ParagraphIndex.open(story, { cacheDir });
    expect(index.stats.loadedFromCache).toBe(false);
    expect(index.stats.cacheFile).toBeNull();
    expect(index.stats.cacheProblem).toMatch(/cannot write/);
    expect(index.search('Tomahawk', { limit: 1 })).toHaveLength(1);
  });

  it('works without saving when the cache folder path is a file', async () => {
    const notAFolder = join(cacheDir, 'file');
    await writeFile(notAFolder, 'x');
    const index = await ParagraphIndex.open(story, { cacheDir: notAFolder });
    expect(index.stats.cacheFile).toBeNull();
    expect(index.stats.cacheProblem).toMatch(/cannot write/);
    expect(index.search('Tomahawk', { limit: 1 })).toHaveLength(1);
  });

  it('keeps the index in memory only with cacheDir null', async () => {
    const index = await ParagraphIndex.open(story, { cacheDir: null });
    expect(index.stats).toMatchObject({ loadedFromCache: false, cacheFile: null, cacheProblem: null });
    expect(await readdir(cacheDir)).toEqual([]);
  });
});

describe('serializeIndex', () => {
  it('writes in chunks the same JSON that one JSON.stringify of the index would give', async () => {
    const index = ParagraphIndex.build(story);
    const contents = (index as unknown as { contents: IndexContents<unknown> }).contents;
    const { miniSearch, frequentTerms, postings, averageTextLength } = contents;
    const whole = JSON.stringify({
      format: 3,
      paragraphs: miniSearch.documentCount,
      frequentTerms: [...frequentTerms],
      postings: [...postings],
      averageTextLength,
      index: miniSearch,
    });
    const chunks = [...serializeIndex(contents)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(JSON.parse(chunks.join(''))).toEqual(JSON.parse(whole));
  });
});
