import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '../../src/analysis/quotes.js';
import { findSpeaker } from '../../src/analysis/speakers.js';
import { attributed, corpusOf } from './quotes-corpus.js';

describe('businesses called by what they are', () => {
  it('gives "the company added" to the company named before, though its name holds no company noun', () => {
    expect(
      attributed(
        'Harlow Robotics recalled 3,000 vacuum cleaners on Tuesday.',
        '"We are acting out of an abundance of caution," Harlow Robotics said.',
        '"No injuries have been reported so far," the company added.',
      ),
    ).toEqual(['Harlow Robotics: We are acting out of an abundance of caution,', 'Harlow Robotics: No injuries have been reported so far,']);
  });

  it('gives "the company said" to the business set off as an appositive ("The owner, Pellow Storage, said")', () => {
    expect(
      attributed('The owner, Pellow Storage, said it was "cooperating fully" with investigators. "Our thoughts are with our neighbours," the company said.'),
    ).toEqual(['Pellow Storage: Our thoughts are with our neighbours,']);
  });

  it('does not take a person named in between for "the firm", even by surname alone', () => {
    expect(
      attributed(
        'Harlow Robotics cut 200 jobs. Mayor Ellen Brooks called it a blow.',
        'Brooks met workers on Friday. "We regret every one of these losses," the firm said.',
      ),
    ).toEqual(['Harlow Robotics: We regret every one of these losses,']);
  });

  it('takes a known institution that opens a sentence for "the group" ("Greenpeace staged a protest")', () => {
    expect(attributed('Greenpeace staged a protest. "This is a disaster for the ocean and its wildlife," the group said.')).toEqual([
      'Greenpeace: This is a disaster for the ocean and its wildlife,',
    ]);
  });

  it('does not take a common word that only opens a sentence for a business ("Flights were cancelled")', () => {
    expect(attributed('Flights were cancelled on Friday.', '"We are deeply sorry for the disruption this has caused," the carrier said.')).toEqual([
      'carrier: We are deeply sorry for the disruption this has caused,',
    ]);
  });
});

describe('bodies named by a qualified noun', () => {
  it('gives "the fire department said" to the noun phrase when the story names no department', () => {
    expect(attributed('A warehouse burned on Monday.', '"We do not yet know how it started," the fire department said.')).toEqual([
      'fire department: We do not yet know how it started,',
    ]);
  });

  it('gives "the fire department said" to the department named before, but not to a department of another kind', () => {
    expect(attributed('The Dunmore Fire Department sent six engines.', '"We do not yet know how it started," the fire department said.')).toEqual([
      'Dunmore Fire Department: We do not yet know how it started,',
    ]);
    expect(attributed('The State Department issued a travel warning.', '"We do not yet know how it started," the fire department said.')).toEqual([
      'fire department: We do not yet know how it started,',
    ]);
  });

  it('gives a partial quotation after "The Ministry of Health said" to the whole name, not to a word of it', () => {
    expect(attributed('The Ministry of Health said patients "should not be alarmed by these figures at all."')).toEqual([
      'Ministry of Health: should not be alarmed by these figures at all.',
    ]);
  });

  it('reads a partial quotation in reported speech by a body named with its article ("The X Commission said owners "…"")', () => {
    expect(attributed('The Consumer Product Safety Commission said owners "should stop using the heaters immediately."')).toEqual([
      'Consumer Product Safety Commission: should stop using the heaters immediately.',
    ]);
  });
});

describe('groups that speak as one', () => {
  it('gives "police said in a statement" to the police, or to the force the story names', () => {
    expect(attributed('A warehouse burned on Monday.', '"The fire spread very quickly through the roof," police said in a statement.')).toEqual([
      'police: The fire spread very quickly through the roof,',
    ]);
    expect(attributed('Kent Police closed the road.', '"The fire spread very quickly through the roof," police said in a statement.')).toEqual([
      'Kent Police: The fire spread very quickly through the roof,',
    ]);
  });

  it('names a group by its qualified form, in the cue or just before it ("Fire officials said …" then "officials said")', () => {
    expect(attributed('"We have seen three fires in Ohio alone," U.S. officials said.')).toEqual(['U.S. officials: We have seen three fires in Ohio alone,']);
    expect(attributed('Fire officials said the cause was unknown. "We have seen three fires this month alone," officials said.')).toEqual([
      'fire officials: We have seen three fires this month alone,',
    ]);
    expect(attributed('"We have seen three fires in Ohio alone," officials said.')).toEqual(['officials: We have seen three fires in Ohio alone,']);
  });

  it('keeps a qualifier that is also a speech verb ("state police said"), but not a verb before the group ("says police")', () => {
    expect(attributed('"The roads are too dangerous to travel tonight," state police said in a statement.')).toEqual([
      'state police: The roads are too dangerous to travel tonight,',
    ]);
    expect(attributed('Fire crews worked all night, says police. "The roads are too dangerous to travel tonight," police said.')).toEqual([
      'police: The roads are too dangerous to travel tonight,',
    ]);
  });

  it('drops the words that count a group, and reads no group joined to a person ("Hale and officials said")', () => {
    expect(attributed('"We have seen three fires in Ohio alone," some officials said.')).toEqual(['officials: We have seen three fires in Ohio alone,']);
    expect(attributed('Jo Hale runs the depot. "We have seen three fires in Ohio alone," Hale and officials said.')).toEqual([]);
  });

  it('does not let a group take the quotation of a person named next to it', () => {
    expect(
      attributed('Officials said the plant would close. "Batteries like these can catch fire without warning," said Dana Ruiz, a researcher.'),
    ).toEqual(['Dana Ruiz: Batteries like these can catch fire without warning,']);
    expect(attributed('Officials said the plant would close. Dana Ruiz was blunt. "It is a sad day for the whole town."')).toEqual([
      'Dana Ruiz: It is a sad day for the whole town.',
    ]);
  });

  it('does not give a bare quotation to a group the sentence before only reports ("Fire officials said the cause …")', () => {
    expect(attributed('Fire officials said the cause was unknown. "We will rebuild the whole block by spring."')).toEqual([]);
  });
});

describe('speakers that are bodies and groups', () => {
  it('lists a body once, with the nouns cues called it by as aliases, and finds it by them', () => {
    const { speakers } = analyzeQuotes(
      corpusOf(
        'Harlow Robotics recalled 3,000 vacuum cleaners on Tuesday.',
        '"We are acting out of an abundance of caution," Harlow Robotics said.',
        '"No injuries have been reported so far," the company added.',
        '"The fire spread very quickly through the roof," police said.',
      ),
    );
    expect(speakers.map((speaker) => speaker.name)).toEqual(['Harlow Robotics', 'police']);
    expect(speakers[0]!.aliases).toContain('the company');
    expect(findSpeaker(speakers, 'company')?.name).toBe('Harlow Robotics');
    expect(findSpeaker(speakers, 'police')?.name).toBe('police');
  });
});

describe('"it" for a body just named', () => {
  it('gives "…," it said to the organisation named just before, of any kind', () => {
    expect(attributed('Harlow Robotics recalled 3,000 vacuum cleaners.', '"We are recalling these machines out of caution," it said in a statement.')).toEqual([
      'Harlow Robotics: We are recalling these machines out of caution,',
    ]);
    expect(attributed('The Gaming Commission issued a warning. "Owners should stop using them right now," it said.')).toEqual([
      'Gaming Commission: Owners should stop using them right now,',
    ]);
  });

  it('gives "it said" to no one when only a person was named before', () => {
    expect(attributed('Jo Hale left the meeting early. "That was not a good meeting for us," it said.')).toEqual([]);
  });
});

describe('prose that follows a quotation without attributing it', () => {
  it('reads a sentence opening "The warning comes…" after a question in quotation marks without failing, and credits the quote to its cue', () => {
    expect(
      attributed(
        'Mayor Ellen Brooks spoke on Friday.',
        '"I think the board can still be saved before February," she said. "Why would anyone close the plant now?" The warning comes after a storm hit the town last Thursday.',
      ),
    ).toEqual(['Ellen Brooks: I think the board can still be saved before February,', 'Ellen Brooks: Why would anyone close the plant now?']);
  });
});
