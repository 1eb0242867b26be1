import { escapeMarkdown } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { escapeText, fitEscaped, truncate } from '../../src/discord/escape.js';

describe('escapeText', () => {
  it('makes formatting markers, headings, lists, quotes and masked links inert', () => {
    expect(escapeText('**bold** _it_ `code` ~~s~~ ||spoiler||')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\|');
    expect(escapeText('# Heading\n- item\n1. first\n> quoted\n-# small')).toBe('\\# Heading\n\\- item\n1\\. first\n\\> quoted\n\\-# small');
    expect(escapeText('[click me](https://evil.example)')).toBe('\\[click me]\\(https://evil.example)');
  });

  it('keeps citation markers and mentions as written', () => {
    expect(escapeText('The council voted [1][2]. @everyone <@123>')).toBe('The council voted [1][2]. @everyone <@123>');
  });

  it('gives the same result as escaping in one go, for a long single-line text', () => {
    const line = Array.from({ length: 60 }, (_, i) => `Point ${i} *of* a long_answer __about__ **it** https://x.example/a_b ||s|| \`c\` [${i}].`).join(' ');
    const options = { heading: true, bulletedList: true, numberedList: true, maskedLink: true };
    expect(escapeText(line)).toBe(escapeMarkdown(line, options));
  });
});

describe('truncate and fitEscaped', () => {
  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncate('The mayor said the bridge would open next year', 20)).toBe('The mayor said the…');
    expect(truncate('  short\n text ', 20)).toBe('short text');
  });

  it('fits the escaped form, which is longer than the text, within the limit', () => {
    const fitted = fitEscaped('**'.repeat(100), 50);
    expect(fitted.length).toBeLessThanOrEqual(50);
    expect(fitted).toMatch(/^(\\\*)+…$/);
  });
});

/** The formatting markers of a Markdown text that no backslash escapes. */
function bareMarkers(text: string): string[] {
  const bare: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if ('*_`'.includes(text[i]!)) bare.push(text[i]!);
    else if ((text[i] === '~' || text[i] === '|') && text[i + 1] === text[i]) bare.push(text[i]! + text[i]);
  }
  return bare;
}

describe('escapeText on any mix of markers', () => {
  it('leaves no bare *, _, `, ~~ or || outside links, whatever the text', () => {
    let state = 7;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['*', '_', '~', '|', '`', '\\', 'a', 'b', ' ', '\n', '#', '>', '-', '1.', '[x](y)'];
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(bareMarkers(escapeText(text)), JSON.stringify(text)).toEqual([]);
    }
  });

  it('leaves URLs as they are, so links keep working', () => {
    expect(escapeText('see https://news.example/a_b*c now')).toBe('see https://news.example/a_b*c now');
  });
});
