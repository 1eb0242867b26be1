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
    ['What will the new fee be?', 'what', ['money', 'number']],
    ["What's the deficit?", 'what', ['money', 'number']],
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

  it('reads what a thing "argued" or "means" as a plain question, and only what a person or body said as a quotation question', () => {
    expect(analyzeQuestion("What did Ellery's 1968 paper argue?").type).toBe('what');
    expect(analyzeQuestion('What did the defense argue?').type).toBe('what');
    expect(analyzeQuestion('What does the delay mean for traders?').type).toBe('what');
    expect(analyzeQuestion("What did Ellery's lawyer argue?")).toMatchObject({ type: 'quote', subject: "Ellery's lawyer" });
    expect(analyzeQuestion('What did the jury say?').type).toBe('quote');
  });

  it('reads "What is X known for?" as asking who X is, and "What does X mean?" about a lowercase phrase as asking to define it', () => {
    expect(analyzeQuestion('What is Ellery best known for?')).toMatchObject({ type: 'identity', subject: 'Ellery' });
    expect(analyzeQuestion('Why is Okafor famous?')).toMatchObject({ type: 'identity', subject: 'Okafor' });
    expect(analyzeQuestion('What does official party status mean?')).toMatchObject({ type: 'identity', subject: 'official party status' });
  });

  it('reads "How hot", "How cold" as asking for a temperature', () => {
    expect(analyzeQuestion('How hot did the heat shield get?')).toMatchObject({ type: 'measure', expects: ['temperature'] });
    expect(focusOf('How cold will it get?')).not.toContain('cold');
  });

  it('reads "How much has pay fallen?" as asking for a change in money or as a share', () => {
    expect(analyzeQuestion('How much has their pay fallen?').expects).toEqual(['money', 'percent']);
    expect(analyzeQuestion('How much will the drug cost?').expects).toEqual(['money']);
  });

  it('reads "How much time will it take?" as "How long will it take?"', () => {
    expect(analyzeQuestion('How much time will the repairs take?')).toMatchObject({ type: 'measure', category: 'long' });
  });

  it('reads "How often" as asking for a frequency and "How quickly" for a length of time', () => {
    expect(analyzeQuestion('How often is the pill taken?')).toMatchObject({ type: 'measure', expects: ['frequency'] });
    expect(analyzeQuestion('How frequently do trams run?').expects).toEqual(['frequency']);
    expect(analyzeQuestion('How quickly does it work?')).toMatchObject({ type: 'measure', expects: ['duration'] });
  });

  it('reads "What is the name of X?" and "What is X called?" as asking for a name, which the answer need not call one', () => {
    for (const question of ['What is the name of the drug?', "What is the drug's name?", 'What is the tour called?', 'What will the new bridge be named?']) {
      expect(analyzeQuestion(question), question).toMatchObject({ type: 'what', expects: ['designation'] });
    }
    const name = analyzeQuestion('What is the name of the drug?').focus.find((focus) => focus.word.lower === 'name');
    expect(name).toMatchObject({ namesKind: true });
    expect(name!.factor).toBeLessThan(1);
  });

  it('reads "Who was arrested?" as asking who, not who "arrested" is', () => {
    expect(analyzeQuestion('Who was arrested?').type).toBe('who');
    expect(analyzeQuestion('Who was taken to hospital?').type).toBe('who');
    expect(analyzeQuestion('What is a filibuster?').type).toBe('identity');
  });

  it('reads "How much was the fine?" as asking for money, and "How much will they raise prices?" for a change', () => {
    expect(analyzeQuestion('How much was the fine?').expects).toEqual(['money']);
    expect(analyzeQuestion('How much is the fee?').expects).toEqual(['money']);
    expect(analyzeQuestion('How much will Lindt raise prices?').expects).toEqual(['money', 'percent']);
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

  it('leaves "last", "take" and "remain" out of a how-long question: like "far" in "how far", they only ask for a length', () => {
    expect(focusOf('How long will the strike last?')).toEqual(['strike']);
    expect(focusOf('How long did the trip take?')).toEqual(['trip']);
    expect(focusOf('How long will Lee remain in custody?')).toEqual(['Lee', 'custody']);
  });

  it('leaves "happen", "occur" and "take place" out, so the event asked about decides', () => {
    expect(focusOf('Where did the crash happen?')).toEqual(['crash']);
    expect(focusOf('When did the explosion occur?')).toEqual(['explosion']);
    expect(focusOf('Where will talks take place?')).toEqual(['talks']);
    expect(focusOf('When did the ceremony take place?')).toEqual(['ceremony']);
  });

  it('keeps "take" and "place" that are not the phrase "take place"', () => {
    expect(focusOf('What place did the team take?')).toEqual(expect.arrayContaining(['place', 'team']));
  });

  it('counts a light word as the subject of the question in full: "talks" in "Where will talks take place?" is the event', () => {
    const talks = analyzeQuestion('Where will talks take place?').focus.find((focus) => focus.word.lower === 'talks');
    expect(talks?.factor).toBe(1);
    const said = analyzeQuestion('Where were the talks held?').focus.find((focus) => focus.word.lower === 'held');
    expect(said?.factor).toBeLessThan(0.5);
  });

  it('leaves the plain verb of saying out of a quotation question, which the speaker\'s words answer whatever verb brings them in', () => {
    expect(focusOf('What did Mick Whelan say?')).toEqual(['Mick', 'Whelan']);
    expect(focusOf('What did Lee warn about?')).toEqual(['Lee', 'warn']);
  });

  it('counts "people" in "How many people…" for little: the figure may count homes, customers or residents', () => {
    const people = analyzeQuestion('How many people are without power?').focus.find((focus) => focus.word.lower === 'people');
    expect(people?.factor).toBeLessThan(0.5);
  });

  it('leaves the particle of a phrasal verb out of the focus: "paid back" is one verb', () => {
    expect(focusOf('How much has Pettifer paid back?')).toEqual(['Pettifer', 'paid']);
  });

  it('finds the main verb of the question', () => {
    expect(analyzeQuestion('Who designed the new bridge?').verb?.text).toBe('designed');
    expect(analyzeQuestion('When will the council choose a contractor?').verb?.text).toBe('choose');
  });
});

describe('questions typed with contractions or "going to"', () => {
  it.each([
    ["Where's the summit going to be?", 'where', 'Where will the summit be'],
    ["Who's going to lead the talks?", 'who', 'Who will lead the talks'],
    ["Isn't the summit in Oslo?", 'yes-no', 'Is not the summit in Oslo'],
    ['Was the mayor going to resign?', 'yes-no', 'Would the mayor resign'],
    ['When was it meant to take effect?', 'when', 'When would it take effect'],
    ['When is the report expected to come out?', 'when', 'When will the report come out'],
  ])('reads "%s" as a %s question, "%s"', (question, type, text) => {
    const analysis = analyzeQuestion(question);
    expect(analysis.type).toBe(type);
    expect(analysis.text).toBe(text);
  });

  it('keeps "going to" that tells of a journey', () => {
    expect(analyzeQuestion('Is the mayor going to Oslo?').text).toBe('Is the mayor going to Oslo');
    expect(analyzeQuestion('Who is going to the summit?').text).toBe('Who is going to the summit');
  });
});

describe('words that only say an event happens', () => {
  it('leaves "take place" and "be held" out of the focus, but not "was held"', () => {
    expect(focusOf('Where will the talks take place?')).toEqual(['talks']);
    expect(focusOf('Where will the talks be held?')).toEqual(['talks']);
    expect(focusOf('Where was the suspect held?')).toContain('held');
  });
});

describe('a count that points back', () => {
  it('weighs "two" in "the two leaders" lightly, and keeps "two" that is asked about', () => {
    const factorOf = (question: string, word: string) => analyzeQuestion(question).focus.find((focus) => focus.word.lower === word)?.factor;
    expect(factorOf('Where did the two leaders meet?', 'two')).toBeLessThan(1);
    expect(factorOf('Where did the two leaders meet?', 'leaders')).toBe(1);
    expect(factorOf('Did two leaders meet?', 'two')).toBe(1);
  });
});
