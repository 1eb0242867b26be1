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

  it('reads a question word after a preposition: "In how many countries…", "By how much…"', () => {
    expect(analyzeQuestion('In how many countries was the trial run?')).toMatchObject({ type: 'how-many', category: 'countries' });
    expect(analyzeQuestion('By how much did the injection cut the risk?').type).toBe('how-much');
  });

  it('reads "What did X call Y?" as a quotation question', () => {
    expect(analyzeQuestion('What did the lieutenant governor call the vote?')).toMatchObject({
      type: 'quote',
      subject: 'the lieutenant governor',
      topic: 'the vote',
    });
  });

  it('takes the category of "what/which N" from the word of the noun phrase that names a kind, else its last word', () => {
    expect(analyzeQuestion('Which betting company did Pettifer use?')).toMatchObject({ category: 'company', expects: ['organization'] });
    expect(analyzeQuestion('What price target did Morgan Stanley set?').category).toBe('price');
    expect(analyzeQuestion('What earnings per share were analysts expecting?').category).toBe('earnings');
  });

  it('reads "What is X?" about a term in lower case as asking what the story says it is', () => {
    expect(analyzeQuestion('What is lipoprotein(a)?')).toMatchObject({ type: 'identity', subject: 'lipoprotein(a)' });
    expect(analyzeQuestion('What is a filibuster?')).toMatchObject({ type: 'identity', subject: 'filibuster' });
    expect(analyzeQuestion('What is happening?').type).not.toBe('identity');
    expect(analyzeQuestion('What is the capital of Australia?').type).not.toBe('identity');
  });

  it('reads a score, a result or a record as a tally, whose own word the answer need not repeat', () => {
    const analysis = analyzeQuestion('What was the final score?');
    expect(analysis.expects).toContain('tally');
    expect(analysis.focus.find((focus) => focus.word.lower === 'score')?.namesKind).toBe(true);
  });

  it('reads "What time…" as a when-question whose noun the answer need not repeat', () => {
    const analysis = analyzeQuestion('What time was Vance taken into custody?');
    expect(analysis).toMatchObject({ type: 'when', expects: ['time'] });
    expect(analysis.focus.find((focus) => focus.word.lower === 'time')?.namesKind).toBe(true);
  });

  it('reads a unit as the unit asked for only in the plural or after "in": not the "euro" of "euro zone"', () => {
    expect(analyzeQuestion('What was euro zone inflation in May?').expects).not.toContain('money');
    expect(focusOf('What was euro zone inflation in May?')).toContain('euro');
    expect(analyzeQuestion('What is the range of the rocket in kilometres?').expects).toEqual(['distance']);
    expect(analyzeQuestion('How many euros did the bank lend?').expects).toEqual(['money']);
  });

  it('reads "How many years…" as asking for a length of time', () => {
    expect(analyzeQuestion('How many years did prosecutors ask for?').expects).toEqual(['duration', 'number']);
  });

  it('takes the counted noun of a how-many question from the end of its noun phrase', () => {
    expect(analyzeQuestion('How many Fold Pro units does Nimbus expect to sell?').category).toBe('units');
    expect(analyzeQuestion('How many vehicles cross the bridge each day?').category).toBe('vehicles');
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

  it('counts light verbs and qualifiers a story seldom repeats for little: "held", "run", "final", "the case"', () => {
    const factors = (question: string) => Object.fromEntries(analyzeQuestion(question).focus.map((focus) => [focus.word.lower, focus.factor]));
    expect(factors('Where was the launch event held?').held).toBeLessThan(0.5);
    expect(factors('What was the final score?').final).toBeLessThan(0.5);
    expect(factors('Which court heard the case?').case).toBeLessThan(0.5);
    expect(factors('How many people took part in the trial?').part).toBeLessThan(0.5);
  });

  it('leaves the particle of a phrasal verb out of the focus: "paid back" is one verb', () => {
    expect(focusOf('How much has Pettifer paid back?')).toEqual(['Pettifer', 'paid']);
  });

  it('finds the main verb of the question', () => {
    expect(analyzeQuestion('Who designed the new bridge?').verb?.text).toBe('designed');
    expect(analyzeQuestion('When will the council choose a contractor?').verb?.text).toBe('choose');
  });
});
