import { describe, expect, it } from 'vitest';
import { splitMarkdown } from '../../src/discord/split.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** A deterministic pseudo-random generator, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomProse(random: () => number, paragraphs: number): string {
  const vocabulary = ['the', 'minister', 'said', 'talks', 'would', 'resume', 'in', 'Geneva', 'next', 'week', 'officials', 'confirmed', 'a', 'ceasefire', 'draft', 'extraordinarily-long-compound-word'];
  const paragraph = () =>
    Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
      const sentence = Array.from({ length: 3 + Math.floor(random() * 20) }, () => vocabulary[Math.floor(random() * vocabulary.length)]!);
      return `${sentence.join(' ')}.`;
    }).join(' ');
  return Array.from({ length: paragraphs }, paragraph).join(random() < 0.5 ? '\n\n' : '\n');
}

describe('splitMarkdown', () => {
  it('returns short text as a single piece', () => {
    expect(splitMarkdown('A short answer [1].', 100)).toEqual(['A short answer [1].']);
  });

  it('returns nothing for blank text', () => {
    expect(splitMarkdown('  \n\n ', 100)).toEqual([]);
  });

  it('cuts between paragraphs when a paragraph boundary is available', () => {
    const first = 'The first paragraph is about the meeting and what was said there.';
    const second = 'The second paragraph is about what happens next week in the capital.';
    expect(splitMarkdown(`${first}\n\n${second}`, 100)).toEqual([first, second]);
  });

  it('cuts at the end of a sentence inside a paragraph too long for one piece', () => {
    const text = 'One sentence about the talks ends here. Another sentence begins and goes on for a good while longer.';
    const pieces = splitMarkdown(text, 60);
    expect(pieces[0]).toBe('One sentence about the talks ends here.');
    expect(pieces[1]).toBe('Another sentence begins and goes on for a good while longer.');
  });

  it('treats a citation marker after the full stop as part of the sentence', () => {
    const text = 'The leaders will meet in the capital.[1] Officials have not said when the talks will begin at all.';
    expect(splitMarkdown(text, 70)[0]).toBe('The leaders will meet in the capital.[1]');
  });

  it('never cuts inside a word', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau';
    const pieces = splitMarkdown(text, 40);
    expect(pieces.length).toBeGreaterThan(1);
    expect(words(pieces.join(' '))).toEqual(words(text));
  });

  it('cuts a single word longer than a piece, as a last resort, and keeps every piece within the limit', () => {
    const url = `https://example.com/${'x'.repeat(120)}`;
    const pieces = splitMarkdown(`see ${url} now`, 50);
    expect(pieces.every((piece) => piece.length <= 50)).toBe(true);
    expect(pieces.join('').replace(/\s/g, '')).toBe(`see${url}now`);
  });

  it('never separates a backslash from the character it escapes', () => {
    const text = `${'\\*'.repeat(40)}`;
    const pieces = splitMarkdown(text, 33);
    for (const piece of pieces) expect(piece.length % 2).toBe(0);
    expect(pieces.join('')).toBe(text);
  });

  it('closes a code fence at the cut and reopens it with its language', () => {
    const code = Array.from({ length: 12 }, (_, i) => `const value${i} = ${i};`).join('\n');
    const pieces = splitMarkdown(`Here is code:\n\`\`\`ts\n${code}\n\`\`\`\nDone.`, 120);
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(120);
      expect((piece.match(/^```/gm) ?? []).length % 2).toBe(0);
    }
    expect(pieces.slice(1, -1).every((piece) => piece.startsWith('```ts\n'))).toBe(true);
    const rejoined = pieces.join('\n').replace(/\n```\n```ts\n/g, '\n');
    expect(rejoined).toContain(code);
  });

  it('does not open an empty code block when the cut falls just before the fence closes', () => {
    const code = 'x'.repeat(30);
    const pieces = splitMarkdown(`\`\`\`\n${code}\n${code}\n\`\`\`\nAfter the code comes a sentence.`, 70);
    expect(pieces.some((piece) => /```\n```/.test(piece))).toBe(false);
    expect(pieces.at(-1)).toBe('After the code comes a sentence.');
  });

  it('closes bold text at the cut and reopens it in the next piece', () => {
    const text = `**${'bold words '.repeat(10).trim()}** and plain words after it.`;
    const pieces = splitMarkdown(text, 60);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect((piece.match(/\*\*/g) ?? []).length % 2).toBe(0);
    expect(pieces[1]!.startsWith('**')).toBe(true);
  });

  it('leaves escaped markers and snake_case alone', () => {
    const text = `${'a\\*b snake_case_name '.repeat(8).trim()}`;
    const pieces = splitMarkdown(text, 50);
    expect(pieces.join(' ')).toBe(text);
  });

  it('does not cut inside a masked link', () => {
    const link = '[¶5 — “a quoted snippet of the paragraph”](https://example.com/a#:~:text=x)';
    const pieces = splitMarkdown(`Sources: ${link} ${link}`, link.length + 5);
    expect(pieces.filter((piece) => piece.includes('](')).every((piece) => piece.endsWith(')'))).toBe(true);
    expect(pieces.some((piece) => piece.includes(link))).toBe(true);
  });

  it('keeps every piece within the limit and every word in order, for many random texts', () => {
    const random = seeded(42);
    for (let round = 0; round < 200; round += 1) {
      const text = randomProse(random, 1 + Math.floor(random() * 8));
      const max = 40 + Math.floor(random() * 400);
      const pieces = splitMarkdown(text, max);
      for (const piece of pieces) {
        expect(piece.length).toBeLessThanOrEqual(max);
        expect(piece).toBe(piece.trim());
      }
      expect(words(pieces.join(' '))).toEqual(words(text));
    }
  });

  it('refuses a limit too small to hold formatting', () => {
    expect(() => splitMarkdown('text', 5)).toThrow(RangeError);
  });
});
