import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus } from '../../src/corpus/load.js';
import { makeTempCorpus } from './temp-corpus.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
function corpusOf(files: Record<string, string | Uint8Array>): string {
  const { dir, cleanup } = makeTempCorpus(files);
  cleanups.push(cleanup);
  return dir;
}

const GOOD = 'Good Title\n\nA paragraph of prose.\n\nAnother one.\n';

describe('loading a corpus folder', () => {
  it('loads the bundled story with its title, source and numbered paragraphs', async () => {
    const corpus = await loadCorpus('corpus');
    const story = corpus.articles.find((article) => article.slug === 'trump-putin-budapest');
    expect(story?.url).toMatch(/^https:\/\/www\.ndtv\.com\//);
    expect(story?.paragraphs.map((p) => p.n)).toEqual(story?.paragraphs.map((_, i) => i + 1));
    expect(corpus.warnings).toEqual([]);
  });

  it('names each article by its file name and numbers paragraphs from 1', async () => {
    const corpus = await loadCorpus(corpusOf({ 'city-budget.txt': GOOD, 'port.md': '# Port\n\nText.' }));
    expect(corpus.articles.map((a) => a.slug)).toEqual(['city-budget', 'port']);
    expect(corpus.articles[0]!.paragraphs[1]).toMatchObject({ article: 'city-budget', n: 2, text: 'Another one.' });
  });

  it('reports each bad file by name and still loads the good ones', async () => {
    const corpus = await loadCorpus(
      corpusOf({
        'good.txt': GOOD,
        'empty.txt': '   \n\n',
        'title-only.txt': 'Just A Title\n',
        'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
        'latin1.txt': new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x2e]),
        'good.md': '# Same slug\n\nText.',
        'notes.docx': 'x',
      }),
    );
    expect(corpus.articles.map((a) => a.file)).toEqual(['good.md']);
    const problems = Object.fromEntries(corpus.warnings.map((w) => [w.file, w.problem]));
    expect(problems['empty.txt']).toMatch(/empty/);
    expect(problems['title-only.txt']).toMatch(/no paragraphs/);
    expect(problems['binary.txt']).toMatch(/binary/);
    expect(problems['latin1.txt']).toMatch(/UTF-8/);
    expect(problems['good.txt']).toMatch(/same slug "good" as good\.md/);
    expect(problems['notes.docx']).toMatch(/not a \.txt or \.md/);
  });

  it('skips a file over 5 MB with a warning', async () => {
    const huge = `Huge\n\n${'word '.repeat(1_100_000)}.`;
    const corpus = await loadCorpus(corpusOf({ 'huge.txt': huge, 'ok.txt': GOOD }));
    expect(corpus.articles.map((a) => a.slug)).toEqual(['ok']);
    expect(corpus.warnings[0]).toMatchObject({ file: 'huge.txt', problem: expect.stringMatching(/5 MB/) });
  });

  it('reports Markdown with broken front matter by name', async () => {
    const corpus = await loadCorpus(corpusOf({ 'bad.md': '---\ntitle: [x\n---\nText.', 'ok.txt': GOOD }));
    expect(corpus.warnings).toEqual([{ file: 'bad.md', problem: expect.stringMatching(/front matter/) }]);
  });

  it('loads articles from subfolders, naming them by their path', async () => {
    const corpus = await loadCorpus(corpusOf({ 'world/europe.txt': GOOD }));
    expect(corpus.articles[0]!.slug).toBe('world/europe');
  });

  it('turns warnings into a failure with --strict', async () => {
    const dir = corpusOf({ 'ok.txt': GOOD, 'empty.txt': '' });
    await expect(loadCorpus(dir, { strict: true })).rejects.toThrow(CorpusError);
  });

  it('fails clearly on a missing folder, on a file given as the folder, and on a folder with no articles', async () => {
    await expect(loadCorpus('/nonexistent/storybot-corpus')).rejects.toThrow(/does not exist/);
    await expect(loadCorpus('corpus/trump-putin-budapest.txt')).rejects.toThrow(/cannot read the corpus folder .*: it is not a folder/);
    await expect(loadCorpus(corpusOf({ 'empty.txt': '' }))).rejects.toThrow(/no articles could be loaded/);
  });

  it('keys the corpus by a content hash that changes when an article changes', async () => {
    const a = await loadCorpus(corpusOf({ 'x.txt': GOOD }));
    const b = await loadCorpus(corpusOf({ 'x.txt': GOOD }));
    const c = await loadCorpus(corpusOf({ 'x.txt': GOOD.replace('prose', 'text') }));
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it('keeps the bundled story byte for byte as the shared original', () => {
    expect(readFileSync('corpus/trump-putin-budapest.txt')).toEqual(readFileSync('../shared/story/trump-putin-budapest.txt'));
  });
});
