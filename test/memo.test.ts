import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../src/memo.js';

describe('a bounded memo', () => {
  it('computes each key once while it is remembered', () => {
    const computed: string[] = [];
    const upper = boundedMemo((key) => (computed.push(key), key.toUpperCase()), 10);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(computed).toEqual(['a', 'b']);
  });

  it('forgets everything once it holds its limit, so memory stays bounded', () => {
    const computed: string[] = [];
    const upper = boundedMemo((key) => (computed.push(key), key.toUpperCase()), 2);
    for (const key of ['a', 'b', 'c', 'a']) upper(key);
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });
});
