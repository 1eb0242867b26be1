import { describe, expect, it } from 'vitest';
import { analyze, processTerm, tokenize } from '../../src/search/tokenize.js';

describe('tokenize', () => {
  it('keeps dotted abbreviations whole instead of splitting "U.S." into "u" and "s"', () => {
    expect(tokenize('U.S. officials met U.K. envoys at 3 p.m. in D.C.')).toEqual(
      expect.arrayContaining(['U.S.', 'U.K.', 'p.m.', 'D.C.']),
    );
  });

  it('keeps numbers with thousands separators and decimals whole', () => {
    expect(tokenize('a range of 1,600 kilometers, 2.5 times more, in 2024.')).toEqual([
      'a', 'range', 'of', '1,600', 'kilometers', '2.5', 'times', 'more', 'in', '2024',
    ]);
  });

  it('keeps hyphenated compounds and possessives as one token', () => {
    expect(tokenize('the long-range Trump–Putin meeting and Russia’s war')).toEqual([
      'the', 'long-range', 'Trump–Putin', 'meeting', 'and', 'Russia’s', 'war',
    ]);
  });

  it('finds no token in emoji or punctuation alone', () => {
    expect(tokenize('🎉🚀 ?!… — *** ///')).toEqual([]);
  });

  it('splits on slashes and brackets', () => {
    expect(tokenize('ERAM (285 miles/460 km)')).toEqual(['ERAM', '285', 'miles', '460', 'km']);
  });
});

describe('processTerm', () => {
  it('drops English stop words', () => {
    expect(analyze('What is the range of the missile?')).toEqual(['rang', 'missil']);
  });

  it('keeps "no" and "not", which change what a question asks', () => {
    expect(analyze('no deal, not yet')).toEqual(['no', 'deal', 'not', 'yet']);
  });

  it('stems so "negotiate" and "negotiations", "meet" and "meeting", "sanction" and "sanctions" match', () => {
    expect(processTerm('negotiate')).toEqual(processTerm('negotiations'));
    expect(processTerm('meet')).toEqual(processTerm('meeting'));
    expect(processTerm('sanction')).toEqual(processTerm('sanctions'));
  });

  it('puts irregular verbs in their base form, so "met" matches "meet" and "told" matches "tell"', () => {
    expect(analyze('they met')).toEqual(analyze('they meet'));
    expect(analyze('told reporters')).toEqual(analyze('tells reporters'));
    expect(analyze('shares fell')).toEqual(analyze('shares fall'));
    expect(analyze('sold')).toEqual(analyze('selling'));
  });

  it('drops an irregular form of a stop word ("made" with "make")', () => {
    expect(analyze('made')).toEqual([]);
  });

  it('maps "U.S." and "US" to the same term', () => {
    expect(processTerm('U.S.')).toEqual(['us']);
    expect(processTerm('US')).toEqual(['us']);
  });

  it('drops the pronoun "us" in lowercase but keeps the acronym "US" in capitals', () => {
    expect(analyze('join us')).toEqual(['join']);
    expect(analyze('US officials')).toEqual(['us', 'offici']);
  });

  it('keeps acronyms whole and also gives their stem, so "ATACMS" matches "atacms" typed in lowercase', () => {
    expect(processTerm('ATACMS')).toEqual(['atacms', 'atacm']);
    expect(processTerm('atacms')).toEqual(['atacm']);
    expect(processTerm('NATO')).toEqual(['nato']);
    expect(processTerm('ERAM')).toEqual(['eram']);
  });

  it('makes "1,600" and "1600" the same term and keeps decimals whole', () => {
    expect(processTerm('1,600')).toEqual(['1600']);
    expect(processTerm('1600')).toEqual(['1600']);
    expect(processTerm('2.5')).toEqual(['2.5']);
  });

  it('gives a number run into its unit both whole and as the number ("£48m" is "48m" and "48")', () => {
    expect(analyze('£48m')).toEqual(['48m', '48']);
    expect(analyze('10km')).toEqual(['10km', '10']);
    expect(analyze('the 1990s')).toEqual(['1990s', '1990']);
  });

  it('folds curly apostrophes and drops the possessive "s"', () => {
    expect(processTerm('Russia’s')).toEqual(processTerm("Russia's"));
    expect(processTerm("Russia's")).toEqual(processTerm('Russia'));
  });

  it('indexes a hyphenated compound by its parts and by the whole', () => {
    expect(processTerm('long-range')).toEqual(['long', 'rang', 'long-rang']);
    expect(processTerm('Trump-Putin')).toEqual(['trump', 'putin', 'trump-putin']);
    expect(processTerm('Trump–Putin')).toEqual(processTerm('Trump-Putin'));
  });

  it('folds diacritics so "Zelénsky" is "Zelensky"', () => {
    expect(processTerm('Zelénsky')).toEqual(processTerm('Zelensky'));
  });

  it('turns "n\'t" into "not" so "didn\'t" and "did not" match', () => {
    expect(analyze("didn't")).toEqual(analyze('did not'));
    expect(analyze('won’t')).toEqual(analyze('will not'));
  });

  it('drops contracted pronouns and auxiliaries ("it\'s", "they\'re")', () => {
    expect(analyze("it's what they're planning")).toEqual(['plan']);
  });

  it('reads a question typed in capitals as words, not as a row of acronyms', () => {
    expect(analyze('WHAT IS THE RANGE OF THE TOMAHAWK')).toEqual(analyze('what is the range of the tomahawk'));
  });

  it('keeps hyphenated dotted abbreviations such as "(R-S.C.)"', () => {
    expect(analyze('(R-S.C.)')).toEqual(['r', 'sc', 'r-sc']);
  });

  it('indexes an abbreviated title also as the title, so "Gov. Mike Rourke" is found for "the governor"', () => {
    expect(analyze('Ohio Gov. Mike Rourke')).toEqual(expect.arrayContaining(analyze('governor')));
    expect(analyze('Lt. Gov. Andre Pryce')).toEqual(expect.arrayContaining([...analyze('lieutenant'), ...analyze('governor')]));
    expect(analyze('Cllr Dan Morley')).toEqual(expect.arrayContaining(analyze('councillor')));
  });

  it('reads no title into an acronym or a word without the full stop a title needs ("the SEC", "Gen Z")', () => {
    expect(analyze('the SEC said')).not.toEqual(expect.arrayContaining(analyze('secretary')));
    expect(analyze('Gen Z voters')).not.toEqual(expect.arrayContaining(analyze('general')));
    expect(tokenize('He moved to Rome. Then')).toEqual(['He', 'moved', 'to', 'Rome', 'Then']);
  });

  it('keeps "said", so every form of "say" is searchable', () => {
    expect(analyze('she said')).toEqual(analyze('she says'));
    expect(analyze('said')).not.toEqual([]);
  });

  it('stems as the answerer does: irregular plurals, "-ie" verbs and British spellings meet their other forms', () => {
    expect(analyze('buses')).toEqual(analyze('bus'));
    expect(analyze('died')).toEqual(analyze('die'));
    expect(analyze('women')).toEqual(analyze('woman'));
    expect(analyze('kilometres')).toEqual(analyze('kilometers'));
  });
});
