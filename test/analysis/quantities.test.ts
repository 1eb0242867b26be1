import { describe, expect, it } from 'vitest';
import { describeQuantity, findQuantities } from '../../src/analysis/quantities.js';

const only = (text: string) => {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findQuantities', () => {
  it('reads miles with a kilometre conversion in brackets as one figure, keeping "approximately"', () => {
    const range = only('a range of approximately 995 miles (1,600 kilometers), would allow');
    expect(range).toMatchObject({ value: 995, unit: 'mi', kind: 'length', qualifier: 'approximately' });
    expect(range.equivalents.map((e) => [e.value, e.unit])).toEqual([[1600, 'km']]);
    expect(describeQuantity(range)).toBe('approximately 995 miles (1,600 kilometers)');
  });

  it('pairs a slash conversion inside brackets: "(285 miles/460 km)"', () => {
    const range = only('compared to the ERAM (285 miles/460 km) or');
    expect(describeQuantity(range)).toBe('285 miles (460 km)');
    expect(range.equivalents[0]).toMatchObject({ value: 460, unit: 'km' });
  });

  it('scales money by its magnitude word or suffix: "$1.2 billion", "£30m", "€5bn"', () => {
    const [dollars, pounds, euros] = findQuantities('It earned $1.2 billion, spent £30m and owes €5bn.');
    expect(dollars).toMatchObject({ value: 1.2e9, unit: 'USD', kind: 'money', text: '$1.2 billion' });
    expect(pounds).toMatchObject({ value: 3e7, unit: 'GBP', kind: 'money' });
    expect(euros).toMatchObject({ value: 5e9, unit: 'EUR', kind: 'money' });
  });

  it('reads percentages written with a sign or in words', () => {
    expect(findQuantities('up 3.5% on the year, or 12 percent, and 2 per cent').map((q) => [q.value, q.unit])).toEqual([
      [3.5, '%'],
      [12, '%'],
      [2, '%'],
    ]);
  });

  it('keeps the thousands separator out of the value: "1,600" is 1600', () => {
    expect(only('some 1,600 people were evacuated')).toMatchObject({ value: 1600, unit: 'people', kind: 'count', qualifier: 'some' });
  });

  it('reads ranges written "10 to 20 km", "10-20 miles", "between 10 and 20" and "from $5 to $7 billion"', () => {
    const found = findQuantities('between 10 and 20 km; 10-20 miles; from $5 to $7 billion.');
    expect(found.map((q) => [q.value, q.high, q.unit])).toEqual([
      [10, 20, 'km'],
      [10, 20, 'mi'],
      [5e9, 7e9, 'USD'],
    ]);
  });

  it('marks bounds and approximations: "about", "more than", "nearly"', () => {
    expect(findQuantities('about 40 km, more than 2,000 homes and nearly 3 tonnes').map((q) => q.qualifier)).toEqual(['about', 'more than', 'nearly']);
  });

  it('counts what follows a number, past up to two modifiers: "300 Ukrainian soldiers"', () => {
    expect(only('300 Ukrainian soldiers crossed')).toMatchObject({ value: 300, unit: 'Ukrainian soldiers', kind: 'count' });
  });

  it('reads vague amounts that still give a size: "several hundred kilometres", "About 1.5 million people"', () => {
    expect(only('within several hundred kilometres of the front')).toMatchObject({ value: 300, unit: 'km' });
    expect(only('About 1.5 million people lost power')).toMatchObject({ value: 1.5e6, unit: 'people', qualifier: 'About' });
  });

  it('reads temperatures, speeds, areas, durations and ages', () => {
    const found = findQuantities('40 degrees Celsius, winds of 120 mph, 3,000 square miles, in 24 hours, a 45-year-old man');
    expect(found.map((q) => q.kind)).toEqual(['temperature', 'speed', 'area', 'duration', 'age']);
  });

  it('is not fooled by years, model names, ordinals, or "one" as a pronoun', () => {
    expect(findQuantities('the 2024 campaign, F-16 jets, 4G phones, 3rd place, one of the largest, two leaders')).toEqual([]);
  });
});
