import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/question-analysis.js';

const focusOf = (question: string) => analyzeQuestion(question).focus.map((focus) => focus.word.text);

describe('question type', () => {
  it.each([
    ['Where will the summit be held?', 'where', ['place']],
    ['When did the mayor resign?', 'when', ['time']],
    ['What year was the company founded?', 'when', ['time']],
    ['Who sponsors the bill?', 'who', ['person', 'role', 'organization']],
    ['How far can the missile fly?', 'measure', ['distance']],
    ['What is the range of the rocket?', 'measure', ['distance']],
    ['What is the range of the rocket in kilometres?', 'measure', ['distance']],
    ['How long will construction last?', 'measure', ['duration', 'distance']],
    ['How many people were evacuated?', 'how-many', ['number', 'ordinal']],
    ['How much will the bridge cost?', 'how-much', ['money']],
    ['What percentage of the cost will the state cover?', 'measure', ['percent']],
    ['Why was the road closed?', 'why', ['reason']],
    ['Which country agreed to halt purchases?', 'what', ['place']],
    ['Did the council approve the plan?', 'yes-no', []],
    ['How did the council vote?', 'how', []],
  ])('reads "%s" as a %s question that wants %j', (question, type, expects) => {
    const analysis = analyzeQuestion(question);
    expect(analysis.type).toBe(type);
    expect(analysis.expects).toEqual(expects);
  });

  it('reads "Who is Mark Lee?" as asking who a named person is', () => {
    const analysis = analyzeQuestion('Who is Mark Lee?');
    expect(analysis.type).toBe('identity');
    expect(analysis.subject).toBe('Mark Lee');
  });

  it('reads "Who is the mayor\'s chief of staff?" as a who-question about a description, not a name', () => {
    expect(analyzeQuestion("Who is the mayor's chief of staff?").type).toBe('who');
  });

  it('reads "What did X say about Y?" as a quotation question with speaker and topic', () => {
    const analysis = analyzeQuestion('What did Senator Cole say about the tariffs?');
    expect(analysis).toMatchObject({ type: 'quote', subject: 'Senator Cole', topic: 'the tariffs' });
  });

  it('reads any verb of speech as a quotation question: "What did the union concede?", "What did Lee predict about rates?"', () => {
    expect(analyzeQuestion('What did the union concede?').type).toBe('quote');
    expect(analyzeQuestion('What did Lee predict about rates?')).toMatchObject({ type: 'quote', subject: 'Lee' });
  });

  it('reads "What did X tell Y?" as a quotation question whose audience is part of the focus', () => {
    const analysis = analyzeQuestion('What did the minister tell parliament?');
    expect(analysis.type).toBe('quote');
    expect(focusOf('What did the minister tell parliament?')).toContain('parliament');
  });

  it('unwraps a polite request: "Can you tell me who Marco Rubio is?" is "Who is Marco Rubio?"', () => {
    expect(analyzeQuestion('Can you tell me who Marco Rubio is?')).toMatchObject({ type: 'identity', subject: 'Marco Rubio' });
  });
});

describe('question focus', () => {
  it('keeps the content words and drops question and function words', () => {
    expect(focusOf('Where will the mayor meet the governor?')).toEqual(['mayor', 'meet', 'governor']);
  });

  it('counts the category noun of "which country" for little, since the answer names a country instead', () => {
    const country = analyzeQuestion('Which country halted oil purchases?').focus.find((focus) => focus.word.text === 'country');
    expect(country?.factor).toBeLessThan(0.5);
  });

  it('leaves the unit asked for out of the focus: it is the answer\'s kind', () => {
    expect(focusOf('What is the range of the rocket in kilometres?')).not.toContain('kilometres');
  });

  it('finds the names a question uses, which a paragraph must name to answer', () => {
    expect(analyzeQuestion('How much did Harbor Foods earn in Texas?').names.map((name) => name.map((w) => w.text).join(' '))).toEqual([
      'Harbor Foods',
      'Texas',
    ]);
  });

  it('finds the main verb of the question', () => {
    expect(analyzeQuestion('Who designed the new bridge?').verb?.text).toBe('designed');
    expect(analyzeQuestion('When will the council choose a contractor?').verb?.text).toBe('choose');
  });
});
