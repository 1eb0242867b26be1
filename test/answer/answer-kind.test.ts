import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../src/answer/analyzed-paragraph.js';
import { freshMentionStrength } from '../../src/answer/answer-kind.js';
import { PeopleRegistry } from '../../src/answer/mention-names.js';
import { analyzeQuestion } from '../../src/answer/question-analysis.js';

const strength = (question: string, sentence: string): number => {
  const [analyzed] = analyzeParagraph(sentence, PeopleRegistry.fromParagraphs([sentence])).sentences;
  return freshMentionStrength(analyzeQuestion(question), analyzed!);
};

describe('freshMentionStrength', () => {
  it('does not answer how many people with an ordinal ranking something else ("the third car")', () => {
    expect(strength('How many people were in the second car?', 'Tyrone Bell, 29, was in the third car with a cut above his eye.')).toBe(0);
  });

  it('still answers how many times with the ordinal that ranks the times', () => {
    expect(strength('How many times has the club won the cup?', 'The club won the cup for the third time on Sunday.')).toBeGreaterThan(0);
  });

  it('does not count people with a figure that counts things ("Two of the cars", "a six-car train")', () => {
    expect(strength('How many people were hurt?', 'Two of the cars rolled onto their sides in a field.')).toBe(0);
    expect(strength('How many people were hurt?', 'The six-car train left the rails.')).toBe(0);
  });

  it('still counts people with a figure for people ("three of the passengers") or for their homes', () => {
    expect(strength('How many people died?', 'The crash killed three of the passengers.')).toBeGreaterThan(0);
    expect(strength('How many people are without power?', 'About 118,000 homes were without power.')).toBeGreaterThan(0);
  });

  it('counts a part of the asked group ("Nine of the injured") weaker than its total ("injuring 41 others")', () => {
    const part = strength('How many were hurt?', 'Nine of the injured were in critical condition.');
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(strength('How many were hurt?', 'The crash killed three and injured 41 others.'));
  });

  it('answers a question that asks for a part with the part ("How many of the injured…")', () => {
    expect(strength('How many of the injured are in critical condition?', 'Nine of the injured were in critical condition.')).toBe(1);
  });

  it('answers a share question with a percentage rather than a bare number', () => {
    const question = 'What share of kids have social media?';
    expect(strength(question, 'Children under 16 may not open social media accounts.')).toBeLessThan(
      strength(question, 'A survey found that 62 per cent of children had a social media account.'),
    );
  });
});
