import { describe, expect, it } from 'vitest';
import { quotedSpans } from '../../src/analysis/article-text.js';
import { isFragment, statementAround, type StatementOptions } from '../../src/analysis/statement.js';

const about = (sentence: string, phrase: string, options: StatementOptions = {}) => {
  const start = sentence.indexOf(phrase);
  return statementAround(sentence, { start, end: start + phrase.length }, { quoted: quotedSpans(sentence), ...options }).text;
};

const LEDE =
  'Carver Motors said Tuesday it will build a $3.2 billion battery plant near Toledo, Ohio, a project the company expects to employ about 2,500 people when it opens in 2028.';

describe('statementAround', () => {
  it('tells a date by the clause it happens in, without the date, keeping the saying when the day is the day of the saying', () => {
    expect(about(LEDE, 'Tuesday', { omit: 'date' })).toBe('Carver Motors said it will build a $3.2 billion battery plant near Toledo, Ohio');
  });

  it('tells a place as the scene of its clause, with "where", and collapses "said Tuesday it will"', () => {
    expect(about(LEDE, 'Toledo, Ohio', { omit: 'place' })).toBe('where Carver Motors will build a $3.2 billion battery plant');
  });

  it('cuts a subordinate clause after the thing', () => {
    const sentence = 'The council approved a $412 million budget early Wednesday after a nine-hour meeting that ran past midnight.';
    expect(about(sentence, 'early Wednesday', { omit: 'date' })).toBe('The council approved a $412 million budget');
  });

  it('keeps a date that bounds the statement ("until Friday"), which would mean nothing without it', () => {
    expect(about('The strike is due to last until Friday.', 'Friday', { omit: 'date' })).toBe('The strike is due to last until Friday');
  });

  it('leaves out a date set off by commas together with both its commas', () => {
    const sentence = 'The ferry, on Mondays and Fridays, sails from the old harbour.';
    expect(about(sentence, 'Mondays and Fridays', { omit: 'date' })).toBe('The ferry sails from the old harbour');
  });

  it('tells a name set off by commas by the verb after it ("The owner, Acme Storage, said…"), not as a stub', () => {
    const sentence = 'The owner, Acme Storage, said it was cooperating fully with investigators.';
    expect(about(sentence, 'Acme Storage')).toBe('The owner, Acme Storage, said it was cooperating fully with investigators');
  });

  it('keeps a place that qualifies a noun ("in Oakridge public schools"), which is no scene', () => {
    const sentence = 'Students in Oakridge public schools will have to lock away their phones.';
    expect(about(sentence, 'Oakridge', { omit: 'place' })).toBe('Students in Oakridge public schools will have to lock away their phones');
  });

  it('leaves out a scene of several places whole ("in the U.S. and Canada"), never half of it', () => {
    const sentence = 'About 2.1 million cookers sold in the U.S. and Canada are being recalled.';
    expect(about(sentence, 'U.S.', { omit: 'place' })).toBe('where about 2.1 million cookers sold are being recalled');
  });

  it('closes a quotation that a long statement is cut inside, as a partial quotation', () => {
    const sentence = 'The U.S. Consumer Product Safety Commission said owners "should stop using the laptops immediately and contact the maker."';
    const statement = about(sentence, 'U.S. Consumer Product Safety Commission');
    expect(statement).toBe('The U.S. Consumer Product Safety Commission said owners "should stop using the laptops immediately"');
  });

  it('tells a common noun\'s relative clause with its whole noun phrase ("the pace of inflation was…")', () => {
    const sentence = 'Pay still outpaced the rise of prices, which was 3.2% in February.';
    expect(about(sentence, 'February', { omit: 'date' })).toBe('The rise of prices was 3.2%');
  });

  it('never cuts a list at the comma between its items ("the names, email addresses and phone numbers")', () => {
    const sentence = 'The firm said on Thursday that hackers had stolen the names, email addresses and phone numbers of customers.';
    expect(about(sentence, 'Thursday', { omit: 'date' })).toBe('The firm said that hackers had stolen the names, email addresses and phone numbers of customers');
  });

  it('still cuts at a comma before an appositive or a preposition, which no list item starts with', () => {
    const sentence = 'Refunds can be requested until April 30, her promoter, Live Circuit, said.';
    expect(about(sentence, 'April 30', { omit: 'date' })).toBe('Refunds can be requested until April 30');
  });

  it('keeps a day after "except", which would mean the opposite without it', () => {
    expect(about('The museum is open every day except Mondays from 10am.', 'Mondays', { omit: 'date' })).toBe('The museum is open every day except Mondays from 10am');
  });

  it('drops an age and an appositive between the subject and its verb', () => {
    const sentence = 'Raymond Kessler, 58, the former deputy director of the port commission, was convicted in October on 11 counts of fraud.';
    expect(about(sentence, 'October', { omit: 'date' })).toBe('Raymond Kessler was convicted on 11 counts of fraud');
  });

  it('turns the relative clause that holds the thing into the statement', () => {
    const sentence = 'The announcement comes ahead of a meeting with President Zelensky, who seeks advanced missiles for Ukraine\'s defense.';
    expect(about(sentence, 'Ukraine')).toBe("President Zelensky seeks advanced missiles for Ukraine's defense");
    const based = 'Brightwater, which is based in Perth, Australia, said the deal would lift its output.';
    expect(about(based, 'Perth, Australia', { omit: 'place' })).toBe('where Brightwater is based');
  });

  it('starts at the subordinate clause that holds the thing', () => {
    const sentence = 'Like Biden, Trump has struggled to convince Putin to engage in direct talks with Zelensky as the war approaches its fourth year.';
    expect(about(sentence, 'fourth year')).toBe('The war approaches its fourth year');
  });

  it('leaves a speaker\'s opening quotation out of a place\'s statement', () => {
    const sentence = '"Ohio is where things get built," Rourke told reporters at the statehouse in Columbus.';
    expect(about(sentence, 'Columbus', { omit: 'place' })).toBe('where Rourke told reporters at the statehouse');
  });

  it('gives an event the main statement of its clause, whatever verb found it', () => {
    expect(about(LEDE, 'opens', { anchor: 'clause' })).toBe('Carver Motors will build a $3.2 billion battery plant near Toledo, Ohio');
  });

  it('cuts a long statement at a phrase boundary near the limit, never before the thing', () => {
    const sentence =
      'The state offered $450 million in tax credits and infrastructure spending to win the project, beating out bids from Michigan and Tennessee.';
    expect(about(sentence, '$450 million', { maxWords: 10 })).toBe('The state offered $450 million in tax credits');
    expect(about(sentence, 'Tennessee', { maxWords: 10 })).toMatch(/Tennessee$/);
  });

  it('applies a rewrite, such as people\'s short names', () => {
    const sentence = 'President Jane Doe announced Thursday she will meet Prime Minister John Roe in Oslo.';
    const rewrite = (text: string) => text.replace('President Jane Doe', 'Doe').replace('Prime Minister John Roe', 'Roe');
    expect(about(sentence, 'Thursday', { omit: 'date', rewrite })).toBe('Doe announced she will meet Roe in Oslo');
  });
});

describe('isFragment', () => {
  it('knows a quotation\'s tail, an attribution\'s tail and a stub from a statement', () => {
    expect(isFragment('Said Dr. Anika Sorensen, a marine biologist')).toBe(true);
    expect(isFragment('"We will be back')).toBe(true);
    expect(isFragment('The Portland')).toBe(true);
    expect(isFragment('where Skyreach is based')).toBe(false);
  });
});
