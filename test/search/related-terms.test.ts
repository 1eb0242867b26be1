import { describe, expect, it } from 'vitest';
import { phrasalParticleTerms, relatedTerms } from '../../src/search/related-terms.js';
import { analyze } from '../../src/search/tokenize.js';

function related(question: string) {
  return relatedTerms(question, analyze(question).filter((term) => !phrasalParticleTerms(question).has(term)));
}

const term = (word: string) => analyze(word)[0]!;

describe('relatedTerms', () => {
  it('relates "dispute" to "row", its synonym, standing for "dispute"', () => {
    expect(related('What was the dispute about?')).toContainEqual({ term: term('row'), concept: term('dispute'), relation: 'synonym' });
  });

  it('reads "paid back" as "repaid", the one word the phrasal verb stands for', () => {
    expect(related('How much has he paid back?')).toContainEqual({ term: term('repaid'), concept: term('paid'), relation: 'phrasal' });
  });

  it('searches "take effect" by its "effect", and for the "force" of "come into force"', () => {
    const found = related('When will the ban take effect?');
    expect(found).toContainEqual({ term: term('force'), concept: term('effect'), relation: 'phrasal' });
    expect(phrasalParticleTerms('When will the ban take effect?').has(term('effect'))).toBe(false);
  });

  it('relates "How cold" to temperatures and degrees, but "cold" elsewhere to no unit', () => {
    const asked = related('How cold will it get?').map((found) => found.term);
    expect(asked).toEqual(expect.arrayContaining([term('temperatures'), term('degrees'), term('zero')]));
    expect(related('a cold war').filter((found) => found.relation === 'measure')).toEqual([]);
  });

  it('relates "How far" to distances in kilometres and miles', () => {
    expect(related('How far did the spacecraft travel?').map((found) => found.term)).toEqual(
      expect.arrayContaining([term('kilometres'), term('miles'), term('distance')]),
    );
  });

  it('never gives a word of the question as a related term', () => {
    const question = 'Did the dispute turn into a row?';
    const asked = new Set(analyze(question));
    expect(related(question).filter((found) => asked.has(found.term))).toEqual([]);
  });
});

describe('phrasalParticleTerms', () => {
  it('takes the particle of a phrasal verb for part of the verb, not a word of the question', () => {
    expect(phrasalParticleTerms('How much has he paid back?')).toEqual(new Set([term('back')]));
    expect(phrasalParticleTerms('When will he be back?')).toEqual(new Set());
  });
});
