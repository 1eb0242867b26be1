import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/analysis/dates.js';

const dates = (text: string) => findDates(text).map((date) => date.text);

describe('findDates', () => {
  it('finds weekdays, with a part of the day, and drops the "on" before them', () => {
    expect(dates('He announced Thursday that on Wednesday evening they met.')).toEqual(['Thursday', 'Wednesday evening']);
  });

  it('finds a weekday used as a possessive or an adjective: "Friday\'s meeting", "scheduled Friday meeting"', () => {
    expect(dates("Friday's meeting follows the scheduled Friday meeting.")).toEqual(['Friday', 'Friday']);
  });

  it('finds calendar dates written day-first, month-first and abbreviated', () => {
    expect(dates('On Oct. 16, 2025, and on 3 March 2024 and September 4th.')).toEqual(['Oct. 16, 2025', '3 March 2024', 'September 4th']);
  });

  it('takes a month alone only after a preposition, so the verb "may" is not a date', () => {
    expect(dates('They met in Alaska in August. You may go in May.')).toEqual(['August', 'May']);
  });

  it('finds years but not amounts or distances', () => {
    expect(dates('the 2024 campaign cost $2024 and covered 1999 miles')).toEqual(['2024']);
  });

  it('takes a list of recurring days as one date, never "Monday" out of "Mondays"', () => {
    expect(dates('The route will run on Mondays, Thursdays and Saturdays.')).toEqual(['Mondays, Thursdays and Saturdays']);
  });

  it('takes "the first Friday of every month" and "every Monday" whole, as recurring days', () => {
    expect(dates('It reports on the first Friday of every month and meets every Monday.')).toEqual(['the first Friday of every month', 'every Monday']);
  });

  it('keeps "early", "late" and "mid-" with the month they place a date in', () => {
    expect(dates('It will reach Japan in early December and Brazil by mid-March.')).toEqual(['early December', 'mid-March']);
  });

  it('finds no year inside a decade ("the 1960s")', () => {
    expect(dates('the longest streak since the 1960s')).toEqual([]);
  });

  it('marks expressions relative to when the article was written', () => {
    const found = findDates('talks next week, earlier this week, last month, in the coming days, three days ago, today');
    expect(found.map((date) => [date.text, date.relative])).toEqual([
      ['next week', true],
      ['earlier this week', true],
      ['last month', true],
      ['in the coming days', true],
      ['three days ago', true],
      ['today', true],
    ]);
  });

  it('gives "this week" and "earlier this week" one key, so they count as one period', () => {
    const [a, b] = findDates('this week and earlier this week');
    expect(a?.key).toBe(b?.key);
  });
});
