import { describe, expect, it } from 'vitest';
import { isFunctionWord } from '../../src/language/function-words.js';
import { americanSpelling, stem } from '../../src/language/stems.js';

describe('stems', () => {
  it('finds "negotiations" when asked about "negotiate"', () => {
    expect(stem('negotiations')).toBe(stem('negotiate'));
  });

  it('takes an irregular verb to its base: "spoke" meets "speak"', () => {
    expect(stem('spoke')).toBe(stem('speak'));
  });

  it('stems words that name properties of every object ("constructor", "toString") as words', () => {
    expect(stem('constructor')).toBe('constructor');
    expect(stem('tostring')).toBe('tostr');
    expect(americanSpelling('constructor')).toBe('constructor');
  });

  it('folds British spelling to American: "defence" meets "defense", "programme" meets "program"', () => {
    expect(stem('defence')).toBe(stem('defense'));
    expect(americanSpelling('programme')).toBe('program');
  });

  it('stems a noun in -us and its plural alike ("buses", "bus"), but not "causes" as "caus"', () => {
    expect(stem('buses')).toBe(stem('bus'));
    expect(stem('campuses')).toBe(stem('campus'));
    expect(stem('causes')).toBe(stem('cause'));
  });

  it('meets an irregular plural in its singular: "women" and "woman", "spokesmen" and "spokesman", "children" and "child"', () => {
    expect(stem('women')).toBe(stem('woman'));
    expect(stem('spokesmen')).toBe(stem('spokesman'));
    expect(stem('children')).toBe(stem('child'));
    expect(stem('specimen')).not.toBe(stem('speciman'));
  });

  it('takes "died", "dies" and "dying" to "die", which the stemmer alone cuts differently', () => {
    for (const form of ['died', 'dies', 'dying']) expect(stem(form), form).toBe(stem('die'));
    expect(stem('tied')).toBe(stem('tie'));
  });

  it('meets a short verb that ends in a doubled consonant in its inflections: "add" and "added", "staff" and "staffed"', () => {
    for (const form of ['added', 'adds', 'adding']) expect(stem(form), form).toBe(stem('add'));
    expect(stem('staffed')).toBe(stem('staff'));
    expect(stem('passed')).toBe(stem('pass'));
    expect(stem('called')).toBe(stem('call'));
  });

  it('leaves what is not letters alone as it is: "u.s", "2,500"', () => {
    expect(stem('u.s')).toBe('u.s');
    expect(stem('2,500')).toBe('2,500');
  });
});

describe('function words', () => {
  it('knows words that only glue a sentence together, contractions too', () => {
    for (const word of ['the', 'would', "didn't", "they're", 'since']) expect(isFunctionWord(word), word).toBe(true);
  });

  it('keeps words that carry meaning in news questions: "last", "next", "new"', () => {
    for (const word of ['last', 'next', 'new', 'tariffs']) expect(isFunctionWord(word), word).toBe(false);
  });
});
