import { describe, expect, it } from 'vitest';
import { datelineLength, withoutDateline } from '../../src/analysis/dateline.js';

describe('datelines', () => {
  it('strips the datelines of wire stories: city, state, date, agency and dash', () => {
    expect(withoutDateline('DETROIT (AP) — Carver Motors said Tuesday it will build a plant.')).toBe('Carver Motors said Tuesday it will build a plant.');
    expect(withoutDateline('SAN JOSE, Calif. — Shares of Lumen Devices fell.')).toBe('Shares of Lumen Devices fell.');
    expect(withoutDateline('LONDON, Oct. 16 (Reuters) - Oil prices rose.')).toBe('Oil prices rose.');
    expect(withoutDateline('BALTIMORE -- A former official was sentenced.')).toBe('A former official was sentenced.');
    expect(withoutDateline('NEW YORK (AP) — "We are ready," she said.')).toBe('"We are ready," she said.');
  });

  it('leaves a lede without a dateline alone, acronyms and dashes in the sentence included', () => {
    expect(datelineLength('NATO members met on Monday — and agreed.')).toBe(0);
    expect(datelineLength('The U.S. — and its allies — agreed.')).toBe(0);
    expect(datelineLength('A former official was sentenced.')).toBe(0);
  });
});
