import { describe, expect, it } from 'vitest';
import { isCalendarName, MONTH, monthIndex, startsWithMonth, WEEKDAY } from '../../src/language/calendar.js';

describe('calendar names', () => {
  it('knows weekdays and months in any case', () => {
    expect(isCalendarName('Thursday')).toBe(true);
    expect(isCalendarName('october')).toBe(true);
    expect(isCalendarName('Budapest')).toBe(false);
  });

  it('matches a month written out or abbreviated with its full stop, and a weekday', () => {
    const month = new RegExp(`^${MONTH}$`);
    expect(month.test('Oct.')).toBe(true);
    expect(month.test('Sept.')).toBe(true);
    expect(month.test('September')).toBe(true);
    expect(month.test('Oct')).toBe(false);
    expect(new RegExp(`^${WEEKDAY}$`).test('Wednesday')).toBe(true);
  });

  it('tells a name that starts with a month ("March 2024") from one that only begins with its letters ("Marchetti")', () => {
    expect(startsWithMonth('March 2024')).toBe(true);
    expect(startsWithMonth('Marchetti')).toBe(false);
  });

  it('tells which month a word names, written out or abbreviated, and none for other words', () => {
    expect(monthIndex('March')).toBe(2);
    expect(monthIndex('Sept.')).toBe(8);
    expect(monthIndex('Sep')).toBe(8);
    expect(monthIndex('Dec')).toBe(11);
    expect(monthIndex('march')).toBe(-1);
    expect(monthIndex('Marchetti')).toBe(-1);
  });
});
