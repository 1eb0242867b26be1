import { describe, expect, it } from 'vitest';
import { standaloneQuestion } from '../../src/answer/followup.js';
import { PeopleRegistry } from '../../src/answer/mention-names.js';

const meeting = [{ question: 'Where will Trump meet Putin?', answer: 'Trump will meet Putin in Budapest, Hungary [1].' }];

describe('follow-up questions made standalone', () => {
  it('leaves a question alone when there is no conversation', () => {
    expect(standaloneQuestion('And what did he say about Tomahawks?', [])).toBe('And what did he say about Tomahawks?');
  });

  it('leaves a question alone when it needs nothing from earlier turns', () => {
    expect(standaloneQuestion('Who sponsors the Senate bill?', meeting)).toBe('Who sponsors the Senate bill?');
  });

  it('resolves "he" to the first person of the last question, and drops the leading "And"', () => {
    expect(standaloneQuestion('And what did he say about Tomahawks?', meeting)).toBe('What did Trump say about Tomahawks?');
  });

  it('resolves "his" to the person\'s possessive', () => {
    expect(standaloneQuestion('What is his plan?', meeting)).toBe("What is Trump's plan?");
  });

  it('resolves "she" and "her" to a person named in the last turn', () => {
    const history = [{ question: 'Who is Helen Marsh?', answer: 'Helen Marsh is the director of flood defence [1].' }];
    expect(standaloneQuestion('What did she say about the rain?', history)).toBe('What did Helen Marsh say about the rain?');
    expect(standaloneQuestion('What is her budget?', history)).toBe("What is Helen Marsh's budget?");
  });

  it('resolves "he" to the person the answer named when the last question asked "who"', () => {
    const history = [{ question: 'Who designed the bridge?', answer: 'Tom Okoye, an architect, designed it [1].' }];
    expect(standaloneQuestion('Where does he work?', history)).toBe('Where does Tom Okoye work?');
  });

  it('resolves "it" to the thing the last question was about, not to a person', () => {
    const history = [{ question: 'What is the range of the Tomahawk?', answer: 'About 995 miles [1].' }];
    expect(standaloneQuestion('Who makes it?', history)).toBe('Who makes the Tomahawk?');
  });

  it('resolves "they" to two people asked about together', () => {
    const history = [{ question: 'When did Trump and Putin last meet?', answer: 'In Alaska in August [1].' }];
    expect(standaloneQuestion('Where will they meet next?', history)).toBe('Where will Trump and Putin meet next?');
  });

  it('resolves "there" to the last place', () => {
    expect(standaloneQuestion('What happened there?', meeting)).toBe('What happened in Budapest?');
  });

  it('turns a bare "Why?" into the last question asked with "why"', () => {
    expect(standaloneQuestion('Why?', meeting)).toBe('Why will Trump meet Putin?');
    expect(standaloneQuestion('And when?', meeting)).toBe('When will Trump meet Putin?');
  });

  it('asks why someone said what the last question asked about', () => {
    const history = [{ question: 'What did Trump say about Tomahawks?', answer: '… [1].' }];
    expect(standaloneQuestion('Why?', history)).toBe('Why did Trump say that about Tomahawks?');
  });

  it('carries the last question over to a new topic: "What about the ERAM?"', () => {
    const history = [{ question: 'What is the range of the Tomahawk?', answer: 'About 995 miles [1].' }];
    expect(standaloneQuestion('What about the ERAM?', history)).toBe('What is the range of the ERAM?');
  });

  it('swaps a person for a person in "What about X?"', () => {
    const history = [{ question: 'What did Bessent say about Europe?', answer: '… [1].' }];
    const people = PeopleRegistry.fromParagraphs(['Treasury Secretary Scott Bessent spoke.', 'Senator Lindsey Graham agreed.']);
    expect(standaloneQuestion('And Graham?', history, people)).toBe('What did Graham say about Europe?');
  });

  it('builds on earlier follow-ups: "What about Putin?" after a question that was itself rewritten', () => {
    const history = [...meeting, { question: 'And what did he say about Tomahawks?', answer: '… [1].' }];
    expect(standaloneQuestion('What about Putin?', history)).toBe('What did Putin say about Tomahawks?');
  });

  it('does not replace a pronoun inside a quotation', () => {
    expect(standaloneQuestion('Who said "he will win"?', meeting)).toBe('Who said "he will win"?');
  });
});
