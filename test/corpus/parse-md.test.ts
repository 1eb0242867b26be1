import { describe, expect, it } from 'vitest';
import { parseMdArticle } from '../../src/corpus/parse-md.js';
import { FrontMatterError } from '../../src/corpus/parsed.js';

describe('Markdown articles', () => {
  it('reads title, source and published date from front matter', () => {
    const article = parseMdArticle('---\ntitle: Port Strike Ends\nsource: https://news.example/port\npublished: 2025-03-04\n---\n\nDockers returned to work.\n');
    expect(article).toMatchObject({ title: 'Port Strike Ends', url: 'https://news.example/port', published: '2025-03-04' });
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Dockers returned to work.']);
  });

  it('takes a "# Title" heading as the title and "##" headings as sections', () => {
    const article = parseMdArticle('# Port Strike Ends\n\nLede.\n\n## What Comes Next\n\nTalks resume.\n');
    expect(article.title).toBe('Port Strike Ends');
    expect(article.paragraphs.map((p) => [p.section, p.text])).toEqual([
      [null, 'Lede.'],
      ['What Comes Next', 'Talks resume.'],
    ]);
  });

  it('does not repeat the heading as a paragraph when front matter already gives the title', () => {
    const article = parseMdArticle('---\ntitle: Port Strike Ends\n---\n# Port Strike Ends\n\nLede.');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Lede.']);
  });

  it('takes the first line as the title when there is neither front matter nor heading', () => {
    const article = parseMdArticle('Port Strike Ends\n\nLede.');
    expect(article.title).toBe('Port Strike Ends');
    expect(article.paragraphs).toHaveLength(1);
  });

  it('turns inline Markdown into plain prose: links, emphasis, code and entities', () => {
    const article = parseMdArticle('# T\n\nThe **union** said [in a statement](https://x.example) that `pay` rose &amp; hours fell.');
    expect(article.paragraphs[0]!.text).toBe('The union said in a statement that pay rose & hours fell.');
  });

  it('makes list items and block quotes paragraphs and skips code blocks', () => {
    const article = parseMdArticle('# T\n\n- First point.\n- Second point.\n\n> "We won," she said.\n\n```\ncode\n```\n');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['First point.', 'Second point.', '"We won," she said.']);
  });

  it('reads a trailing "Source:" paragraph as the source', () => {
    expect(parseMdArticle('# T\n\nText.\n\nSource: https://a.example/b').url).toBe('https://a.example/b');
  });

  it('reports front matter that is not valid YAML', () => {
    expect(() => parseMdArticle('---\ntitle: [unclosed\n---\nText.')).toThrow(FrontMatterError);
  });
});
