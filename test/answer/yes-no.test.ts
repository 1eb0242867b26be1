import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../src/answer/analyzed-paragraph.js';
import { NO_PEOPLE } from '../../src/answer/mention-names.js';
import { analyzeQuestion } from '../../src/answer/question-analysis.js';
import { WordCasing } from '../../src/answer/word-casing.js';
import { verdict, withVerdict } from '../../src/answer/yes-no.js';
import { corpusOf } from './passages.js';

const verdictOn = (question: string, evidence: string) => verdict(analyzeQuestion(question), analyzeParagraph(evidence, NO_PEOPLE).sentences);

describe('yes-no verdicts', () => {
  it('says yes when the evidence states the asked verb with every content word', () => {
    expect(verdictOn('Did Pettifer plead guilty?', 'He pleaded guilty in September to fraud.')).toBe('yes');
  });

  it('says no when a negation stands just before the verb', () => {
    expect(verdictOn('Has the union reached an agreement?', 'The union has not yet reached an agreement covering the plant.')).toBe('no');
  });

  it('says no to "for" when the evidence says "against"', () => {
    expect(verdictOn('Did Doyle vote for the bill?', 'Doyle voted against the bill.')).toBe('no');
    expect(verdictOn('Did Doyle vote against the bill?', 'Doyle voted against the bill.')).toBe('yes');
  });

  it('says no when the evidence says the opposite act with every other content word: "fell" for "rise"', () => {
    expect(verdictOn('Did prices rise in June?', 'Prices fell 2% in June.')).toBe('no');
    expect(verdictOn('Did the council approve the plan?', 'The council rejected the plan on Monday.')).toBe('no');
    expect(verdictOn('Did prices rise in June?', 'Prices did not fall in June.')).toBeNull();
    expect(verdictOn('Did retailers add jobs?', 'Retailers cut about 2,000 positions.')).toBeNull();
  });

  it('gives no verdict on a hedge, an intention, a negated question or evidence missing a word asked', () => {
    expect(verdictOn('Will construction begin in the spring?', 'Construction could begin in the spring.')).toBeNull();
    expect(verdictOn('Did the House pass the bill?', 'Democrats in the House have promised to pass it quickly.')).toBeNull();
    expect(verdictOn("Didn't Pettifer plead guilty?", 'He pleaded guilty in September.')).toBeNull();
    expect(verdictOn('Did Pettifer plead guilty to murder?', 'He pleaded guilty in September to fraud.')).toBeNull();
  });

  it('puts the verdict before the evidence, lowering only a capital that only opens the sentence', () => {
    const casing = WordCasing.fromCorpus(
      corpusOf([
        'Kevin Doyle, a councillor, said schools across the county will stay closed. NATO and the FBI agreed.',
        'Residents said: "Schools matter." I agree, Doyle said.',
      ]),
    );
    const keepsCapital = (sentence: string) => casing.keepsCapital(sentence);
    expect(withVerdict('yes', 'He pleaded guilty [1].', keepsCapital)).toBe('Yes, he pleaded guilty [1].');
    expect(withVerdict('no', 'Schools across the county will reopen [1].', keepsCapital)).toBe('No, schools across the county will reopen [1].');
    expect(withVerdict('no', 'Kevin Doyle voted against it [1].', keepsCapital)).toBe('No, Kevin Doyle voted against it [1].');
    expect(withVerdict('no', 'Doyle voted against it [1].', keepsCapital)).toBe('No, Doyle voted against it [1].');
    expect(withVerdict('yes', 'NATO agreed [1].', keepsCapital)).toBe('Yes, NATO agreed [1].');
    expect(withVerdict('yes', 'I agree, she said [1].', keepsCapital)).toBe('Yes, I agree, she said [1].');
    expect(withVerdict('yes', '"We will sign," she said [1].', keepsCapital)).toBe('Yes: "We will sign," she said [1].');
  });
});
