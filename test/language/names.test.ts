import { describe, expect, it } from 'vitest';
import { standsInsideNames } from '../../src/language/names.js';

describe('words inside names', () => {
  it('lets particles and joining words stand inside a name: "von der Leyen", "Bank of England"', () => {
    for (const word of ['von', 'der', 'de', 'bin', 'of', 'for']) expect(standsInsideNames(word), word).toBe(true);
  });

  it('ends a name at any other lowercase word', () => {
    expect(standsInsideNames('said')).toBe(false);
    expect(standsInsideNames('on')).toBe(false);
  });
});
