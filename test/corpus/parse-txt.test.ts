import { describe, expect, it } from 'vitest';
import { parseTxtArticle } from '../../src/corpus/parse-txt.js';

describe('plain-text articles', () => {
  it('takes the first non-empty line as the title and blank-line blocks as paragraphs', () => {
    const article = parseTxtArticle('\n\nCouncil Passes Budget\n\nThe council voted on Monday.\n\nThe vote was 7 to 2.\n');
    expect(article.title).toBe('Council Passes Budget');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The council voted on Monday.', 'The vote was 7 to 2.']);
  });

  it('reads a last "Source:" line as the source URL, not as a paragraph', () => {
    const article = parseTxtArticle('Title\n\nOne paragraph.\n\nSource: https://example.com/story-1');
    expect(article.url).toBe('https://example.com/story-1');
    expect(article.paragraphs).toHaveLength(1);
  });

  it('keeps a short unpunctuated line as the section title of the paragraphs under it', () => {
    const article = parseTxtArticle('Title\n\nLede sentence here.\n\nMayor Says Budget Is Balanced\n\nThe mayor spoke.\n\nShe left.');
    expect(article.paragraphs.map((p) => [p.section, p.text])).toEqual([
      [null, 'Lede sentence here.'],
      ['Mayor Says Budget Is Balanced', 'The mayor spoke.'],
      ['Mayor Says Budget Is Balanced', 'She left.'],
    ]);
  });

  it('does not take a one-line quotation or a sentence for a subheading', () => {
    const article = parseTxtArticle('Title\n\n"We will win," she said.\n\nIt rained.');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs[0]!.section).toBeNull();
  });

  it('handles CRLF line ends, a byte-order mark, hard-wrapped lines and stray whitespace', () => {
    const article = parseTxtArticle('\uFEFFTitle  \r\n\r\nA paragraph that\r\nwraps   onto two lines.\r\n \r\n\tSecond\u00A0one.\r\n');
    expect(article.title).toBe('Title');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['A paragraph that wraps onto two lines.', 'Second one.']);
  });

  it('keeps straight and curly quotation marks as they are in the text', () => {
    const article = parseTxtArticle('T\n\n\u201CYes,\u201D he said. "No," she said.');
    expect(article.paragraphs[0]!.text).toBe('\u201CYes,\u201D he said. "No," she said.');
  });
});
