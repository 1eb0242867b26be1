import { describe, expect, it } from 'vitest';
import { isHonorific, isRoleNoun, isTitleQualifier, isTitleWord, spelledOutTitle, titleGender } from '../../src/language/titles.js';
import { isOrganisationWord } from '../../src/language/organisations.js';

describe('titles and role nouns', () => {
  it('knows a title with or without its abbreviation\'s full stop: "Sen.", "sen", "President"', () => {
    expect(isTitleWord('Sen.')).toBe(true);
    expect(isTitleWord('sen')).toBe(true);
    expect(isTitleWord('President')).toBe(true);
    expect(isTitleWord('Budget')).toBe(false);
  });

  it('keeps qualifiers ("Vice", "Former") apart from the titles they qualify', () => {
    expect(isTitleQualifier('Vice')).toBe(true);
    expect(isTitleWord('Vice')).toBe(false);
  });

  it('tells gender from a courtesy or gendered title, and no role from a courtesy one', () => {
    expect(titleGender('Mrs.')).toBe('female');
    expect(titleGender('Congressman')).toBe('male');
    expect(titleGender('Senator')).toBeNull();
    expect(isHonorific('Dr.')).toBe(true);
    expect(isHonorific('Senator')).toBe(false);
  });

  it('finds role nouns written in lower case: "engineer", "resident", "spokeswoman"', () => {
    for (const word of ['engineer', 'resident', 'spokeswoman', 'analyst']) expect(isRoleNoun(word), word).toBe(true);
    expect(isRoleNoun('bridge')).toBe(false);
  });

  it('spells out an abbreviated title: "Sen." is "Senator"', () => {
    expect(spelledOutTitle('Sen.')).toBe('Senator');
    expect(spelledOutTitle('gen')).toBe('General');
    expect(spelledOutTitle('Mayor')).toBeUndefined();
  });
});

describe('organisation words', () => {
  it('knows the nouns that head organisations\' names, in any case', () => {
    for (const word of ['Foundation', 'ministry', 'Corp.', 'Airlines', 'Holdings']) expect(isOrganisationWord(word), word).toBe(true);
    expect(isOrganisationWord('Systems')).toBe(false);
    expect(isOrganisationWord('Smith')).toBe(false);
  });
});
