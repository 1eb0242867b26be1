import { describe, expect, it } from 'vitest';
import { CONVERSE, matchStrength, RELATED_FORM, SAME_WORD, SYNONYM } from '../../src/answer/focus-match.js';
import { words } from '../../src/answer/words.js';

const word = (text: string) => words(text)[0]!;
const strength = (question: string, story: string) => matchStrength(word(question), word(story));

describe('matching a question word to a story word', () => {
  it('matches the words of courts as synonyms: judges and justices, a decision and a judgment or ruling', () => {
    expect(strength('judges', 'justices')).toBe(SYNONYM);
    expect(strength('decision', 'judgment')).toBe(SYNONYM);
    expect(strength('decision', 'ruling')).toBe(SYNONYM);
  });

  it('matches "due" to "expected", as "When is the report due?" is answered by "expected within 30 days"', () => {
    expect(strength('due', 'expected')).toBe(SYNONYM);
  });

  it('matches the same word in any form', () => {
    expect(strength('negotiate', 'negotiated')).toBe(SAME_WORD);
  });

  it('matches an abbreviated title to the word it stands for: "governor" finds "Gov." and "Lt."', () => {
    const [title] = words('Gov. Mike Rourke');
    expect(matchStrength(word('governor'), title!)).toBe(SAME_WORD);
    const [lieutenant] = words('Lt. Gov. Andre Pryce');
    expect(matchStrength(word('lieutenant'), lieutenant!)).toBe(SAME_WORD);
    expect(matchStrength(word('councillor'), word('Cllr'))).toBe(SAME_WORD);
  });

  it('does not read "Gen" without its full stop as "General"', () => {
    expect(strength('general', 'Gen')).toBe(0);
  });

  it('matches a short verb to the noun made of it with a doubled consonant: "emit" finds "emitters", "plan" finds "planners"', () => {
    // The stem of "emitters" is now "emit" itself (see `stem`), which is a match at least as strong.
    expect(strength('emit', 'emitters')).toBeGreaterThanOrEqual(RELATED_FORM);
    expect(strength('plan', 'planners')).toBe(RELATED_FORM);
    expect(strength('kill', 'killer')).toBe(RELATED_FORM);
    expect(strength('emit', 'omit')).toBe(0);
  });

  it('does not match a body part to weapons: "arm" is not "arms"', () => {
    expect(strength('weapon', 'arm')).toBe(0);
  });

  it('matches a verb to the same verb done again: "paid" finds "repaid"', () => {
    expect(strength('paid', 'repaid')).toBe(RELATED_FORM);
    expect(strength('repaid', 'paid')).toBe(RELATED_FORM);
  });

  it('matches synonyms news writing uses for one another: "discovered" finds "noticed", "attended" finds "crowd"', () => {
    expect(strength('discovered', 'noticed')).toBe(SYNONYM);
    expect(strength('attended', 'crowd')).toBe(SYNONYM);
    expect(strength('people', 'adults')).toBe(SYNONYM);
    expect(strength('stay', 'keep')).toBe(SYNONYM);
    expect(strength('charged', 'counts')).toBe(SYNONYM);
    expect(strength('pay', 'buy')).toBe(SYNONYM);
    expect(strength('rise', 'jumped')).toBe(SYNONYM);
    expect(strength('game', 'match')).toBe(SYNONYM);
  });

  it('matches a plane to the jet or aircraft a story names, "based" to "headquartered", "expect" to "forecast", "hackers" to "attackers"', () => {
    expect(strength('plane', 'jet')).toBe(SYNONYM);
    expect(strength('plane', 'aircraft')).toBe(SYNONYM);
    expect(strength('based', 'headquartered')).toBe(SYNONYM);
    expect(strength('expect', 'forecast')).toBe(SYNONYM);
    expect(strength('hackers', 'attackers')).toBe(SYNONYM);
  });

  it('matches the other side of one event, less surely: "lost" finds "beating", "sold" finds "bought"', () => {
    expect(strength('lost', 'beating')).toBe(CONVERSE);
    expect(strength('sold', 'bought')).toBe(CONVERSE);
    expect(strength('won', 'beating')).toBe(SYNONYM);
  });
});
