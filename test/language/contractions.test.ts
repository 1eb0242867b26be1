import { describe, expect, it } from 'vitest';
import { expandContractions } from '../../src/language/contractions.js';

describe('expandContractions', () => {
  it('spells out the "\'s" of a question word as "is"', () => {
    expect(expandContractions("Where's the meeting going to be?")).toBe('Where is the meeting going to be?');
    expect(expandContractions("When's the vote?")).toBe('When is the vote?');
    expect(expandContractions('Who\u2019s leading the talks?')).toBe('Who is leading the talks?');
  });

  it('reads "\'s" before a past participle as "has"', () => {
    expect(expandContractions("Who's been named to the board?")).toBe('Who has been named to the board?');
    expect(expandContractions("What's happened to the bill?")).toBe('What has happened to the bill?');
  });

  it('leaves a possessive "\'s" alone', () => {
    expect(expandContractions("Where's Lee's office?")).toBe("Where is Lee's office?");
    expect(expandContractions("What was the mayor's reaction?")).toBe("What was the mayor's reaction?");
  });

  it('spells out negatives, the irregular ones included, keeping the first letter\'s case', () => {
    expect(expandContractions("Isn't the meeting in Oslo?")).toBe('Is not the meeting in Oslo?');
    expect(expandContractions("Why won't they sign?")).toBe('Why will not they sign?');
    expect(expandContractions("Won't they sign?")).toBe('Will not they sign?');
    expect(expandContractions("Can't the council agree?")).toBe('Can not the council agree?');
    expect(expandContractions("Didn't the union strike?")).toBe('Did not the union strike?');
  });

  it('reads "\'d" after a question word as "did", and spells out "\'re", "\'ve", "\'ll"', () => {
    expect(expandContractions("Where'd they meet?")).toBe('Where did they meet?');
    expect(expandContractions("Where're they meeting?")).toBe('Where are they meeting?');
    expect(expandContractions("Who'll lead the team?")).toBe('Who will lead the team?');
    expect(expandContractions("What've they agreed?")).toBe('What have they agreed?');
  });

  it('spells out a question word\'s "\'s" and a negative typed without the apostrophe', () => {
    expect(expandContractions('whats the speed limit?')).toBe('what is the speed limit?');
    expect(expandContractions('Whos the secretary?')).toBe('Who is the secretary?');
    expect(expandContractions('Whys it late?')).toBe('Why is it late?');
    expect(expandContractions('didnt they sign?')).toBe('did not they sign?');
  });

  it('leaves words that only look like a dropped apostrophe as they are', () => {
    expect(expandContractions('What cant of the road did the whatsit hit?')).toBe('What cant of the road did the whatsit hit?');
    expect(expandContractions('Who won the hows and whys debate?')).toBe('Who won the hows and whys debate?');
  });

  it('leaves a question with no apostrophe as it is', () => {
    expect(expandContractions('Where is the meeting?')).toBe('Where is the meeting?');
  });
});
