import { describe, expect, it } from 'vitest';
import { datelineLength, datelinePlaceLength, withoutDateline } from '../../src/language/datelines.js';

describe('datelines', () => {
  it.each([
    ['DETROIT (AP) — Carver Motors said Tuesday it will build a plant.', 'Carver Motors said Tuesday it will build a plant.'],
    ['HARRISBURG, Pa. (AP) — The Senate voted 28-22.', 'The Senate voted 28-22.'],
    ['GENEVA, March 4 (Reuters) - Kenya and Somalia agreed to talk.', 'Kenya and Somalia agreed to talk.'],
    ['KYIV, Ukraine, Oct. 17 (Reuters) - Russia fired missiles.', 'Russia fired missiles.'],
    ['SAN JOSE, Calif. — Shares of Lumen fell.', 'Shares of Lumen fell.'],
    ['MILLBROOK — The council voted 5-2.', 'The council voted 5-2.'],
    ['Washington (CNN) — The Senate passed the bill.', 'The Senate passed the bill.'],
    ['LONDON, Oct. 16 (Reuters) - Oil prices rose.', 'Oil prices rose.'],
    ['BALTIMORE -- A former official was sentenced.', 'A former official was sentenced.'],
    ['NEW YORK (AP) — "We are ready," she said.', '"We are ready," she said.'],
  ])('drops the dateline of "%s"', (text, rest) => {
    expect(withoutDateline(text)).toBe(rest);
  });

  it.each([
    'NATO — the alliance — said it would respond.',
    'Lee — who had said nothing — left.',
    'A former finance director who stole more than £1.4m has been jailed.',
    'US officials said — with caveats — that talks would go on.',
    'NATO members met on Monday — and agreed.',
    'The U.S. — and its allies — agreed.',
  ])('finds no dateline in "%s"', (text) => {
    expect(datelineLength(text)).toBe(0);
  });

  it('finds where the dateline\'s place ends', () => {
    const placeOf = (text: string) => text.slice(0, datelinePlaceLength(text));
    expect(placeOf('TACOMA, Wash. — Police arrested a man.')).toBe('TACOMA');
    expect(placeOf('SAN JOSE, Calif. — Shares fell.')).toBe('SAN JOSE');
    expect(placeOf('GENEVA, March 4 (Reuters) - Talks resumed.')).toBe('GENEVA');
    expect(placeOf('Washington (CNN) — The Senate voted.')).toBe('Washington');
    expect(datelinePlaceLength('Police arrested a man.')).toBe(0);
  });
});
