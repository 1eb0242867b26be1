import { describe, expect, it } from 'vitest';
import { findPeople, PeopleIndex } from '../../src/analysis/people.js';
import type { Corpus } from '../../src/corpus/schema.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { corpusOf } from './quotes-corpus.js';

function names(corpus: Corpus): string[] {
  return findPeople(corpus).map((person) => person.name);
}

describe('findPeople', () => {
  it('finds the bundled story\'s people under their full names, and no places or institutions', async () => {
    const corpus = await loadCorpus('corpus');
    const found = names(corpus);
    expect(found).toEqual(
      expect.arrayContaining(['Donald Trump', 'Vladimir Putin', 'Marco Rubio', 'Volodymyr Zelensky', 'Scott Bessent', 'Mark Montgomery', 'Lindsey Graham']),
    );
    for (const notAPerson of ['White House', 'Middle East', 'Senate', 'Foundation for Defence of Democracies', 'Russian', 'Thursday', 'Budapest', 'Hungary', 'Trump', 'Putin', 'Zelensky']) {
      expect(found).not.toContain(notAPerson);
    }
  });

  it('takes a name whose last word heads business names ("Systems", "Storage", "Holdings") for a business, not a person', () => {
    const corpus = corpusOf(
      'Novatek Systems recalled 40,000 laptops on Tuesday.',
      'The owner, Coastline Storage, said it was cooperating. Pellam Holdings declined to comment, said Ann Keller.',
    );
    expect(names(corpus)).toEqual(['Ann Keller']);
  });

  it('splits a title from the name and keeps it as the role', () => {
    const people = findPeople(corpusOf('Treasury Secretary Jane Okafor said talks would resume. Secretary of State Paul Nguyen agreed.'));
    expect(people.find((person) => person.name === 'Jane Okafor')?.role).toBe('Treasury Secretary');
    expect(people.find((person) => person.name === 'Paul Nguyen')?.role).toBe('Secretary of State');
  });

  it('takes the role from an appositive after the name', () => {
    const [person] = findPeople(corpusOf('Lena Brandt, a historian at the University of Leeds, said the treaty was fragile.'));
    expect(person).toMatchObject({ name: 'Lena Brandt', role: 'historian at the University of Leeds' });
  });

  it('takes the role before a name set off by commas, not the predicate after it ("Kellerman\'s lawyer, Janet Okafor, argued for …")', () => {
    const people = findPeople(corpusOf('Kellerman’s lawyer, Janet Okafor, argued for a shorter term. Owen’s mother, Linda Marsh, read a statement.'));
    expect(people.find((person) => person.name === 'Janet Okafor')?.role).toBe('lawyer');
    expect(people.find((person) => person.name === 'Linda Marsh')?.role).toBe('mother');
  });

  it('takes a lowercase role written before the name', () => {
    const [person] = findPeople(corpusOf('The minister spoke to his chief negotiator Tomas Herrera on Monday.'));
    expect(person).toMatchObject({ name: 'Tomas Herrera', role: 'chief negotiator' });
  });

  it('spells out abbreviated titles and drops party tags from the role', () => {
    const [person] = findPeople(corpusOf('The bill is backed by Sen. Maria Delgado (D-N.M.) and others.'));
    expect(person).toMatchObject({ name: 'Maria Delgado', role: 'Senator' });
  });

  it('maps a later surname and a title with surname to the full name', () => {
    const index = PeopleIndex.fromCorpus(corpusOf('Governor Ada Whitfield signed the order.', 'Whitfield later defended it.', 'Gov. Whitfield was firm.'));
    expect(index.people).toHaveLength(1);
    expect(index.people[0]!.mentions.map((mention) => mention.paragraph)).toEqual([1, 2, 3]);
    expect(index.resolve('whitfield')?.name).toBe('Ada Whitfield');
    expect(index.resolve('Gov. Whitfield')?.name).toBe('Ada Whitfield');
    expect(index.resolve('Mrs. Whitfield')?.name).toBe('Ada Whitfield');
  });

  it('maps a surname used before the full name appears to that full name', () => {
    const people = findPeople(corpusOf('Ostrowski said the vote was close.', 'Party leader Karol Ostrowski later conceded.'));
    expect(people.map((person) => person.name)).toEqual(['Karol Ostrowski']);
  });

  it('takes the full name a speaker\'s surname ends, even when only the surname shows a person', () => {
    expect(names(corpusOf('The club signed striker Tomás Ferreira on Monday.', '"I am proud to be here," said Ferreira.'))).toEqual(['Tomás Ferreira']);
  });

  it('keeps someone only ever named by one name as a person, when a title or "said" shows it', () => {
    expect(names(corpusOf('Prime Minister Adeyemi arrived late.'))).toEqual(['Adeyemi']);
    expect(names(corpusOf('"We are ready," Okonkwo said.'))).toEqual(['Okonkwo']);
  });

  it('takes a role from an appositive that names the organisation in the possessive, whatever its first letters', () => {
    const [person] = findPeople(corpusOf('Dana Pryor, Aslef’s general secretary, said the offer was too low.'));
    expect(person).toMatchObject({ name: 'Dana Pryor', role: 'Aslef’s general secretary' });
  });

  it('does not take an organisation for a person when it follows a preposition or a noun for a body', () => {
    expect(names(corpusOf('Dana Pryor of Ferrolink said the offer was too low.'))).toEqual(['Dana Pryor']);
    expect(names(corpusOf('The drivers’ union Ferrolink said on Thursday that talks had failed.'))).toEqual([]);
  });

  it('reads "Dr. <Name> of the University of <Place>" as the person, and the place as no one', () => {
    expect(names(corpusOf('"It adds up," said Dr. Hannah Voss of the University of Northfield, the lead author.', 'Voss said more.'))).toEqual([
      'Hannah Voss',
    ]);
  });

  it('takes no sentence-opening determiner into a role written before a name', () => {
    const people = findPeople(corpusOf('The gallery owner Margaret Ashby sold the bowls. Her apprentice Jonah Treloar made them.'));
    expect(people.map((person) => [person.name, person.role])).toEqual([
      ['Margaret Ashby', 'gallery owner'],
      ['Jonah Treloar', 'apprentice'],
    ]);
  });

  it('does not count the pronouns inside a quotation towards the gender of the person quoted', () => {
    const [person] = findPeople(corpusOf('Sam Treloar on his first day: "She handed me the clay. She walked out. She came back later."'));
    expect(person).toMatchObject({ name: 'Sam Treloar', gender: 'male' });
  });

  it('takes a first name the lexicon knows only as a common word ("Bill") for a first name', () => {
    expect(findPeople(corpusOf('Coach Bill Hart was blunt after the loss.')).map((person) => [person.name, person.role])).toEqual([['Bill Hart', 'Coach']]);
  });

  it('does not take places, nationalities, days or sentence openers for people', () => {
    const found = names(
      corpusOf(
        'During the summit in Geneva, Swiss officials met on Thursday. Moscow said nothing.',
        'Following the vote, the European Commission and the Ministry of Defence issued statements.',
      ),
    );
    expect(found).toEqual([]);
  });

  it('tells gender from honorifics, from pronouns and from first names', () => {
    const people = findPeople(
      corpusOf('Ms. Rowan Blake chaired the session. Kim Taylor spoke next, and she was brief.', 'Mr. Sam Ito closed it. Robert Lang left early.'),
    );
    const gender = (name: string) => people.find((person) => person.name === name)?.gender;
    expect(gender('Rowan Blake')).toBe('female');
    expect(gender('Kim Taylor')).toBe('female');
    expect(gender('Sam Ito')).toBe('male');
    expect(gender('Robert Lang')).toBe('male');
  });

  it('resolves "the president" to the one titled plainly President, not a foreign president', () => {
    const index = PeopleIndex.fromCorpus(
      corpusOf('President Ann Cole met French President Luc Morel in Paris.', 'The talks went well, the president said later.'),
    );
    expect(index.resolve('the president', { article: 'story', paragraph: 2 })?.name).toBe('Ann Cole');
    expect(index.resolve('the French president', { article: 'story', paragraph: 2 })?.name).toBe('Luc Morel');
    expect(index.people.find((person) => person.name === 'Ann Cole')?.aliases).toContain('the president');
  });

  it('keeps a surname for the person already called by it, when a relative with the same surname is named later', () => {
    const index = PeopleIndex.fromCorpus(
      corpusOf('Marcus Delaney threw three touchdowns.', 'Delaney had two operations.', "Delaney's mother, Renee Delaney, drove nine hours.", 'Delaney shook his head.'),
    );
    expect(index.resolve('Delaney', { article: 'story', paragraph: 4 })?.name).toBe('Marcus Delaney');
    expect(index.mentionsIn('story', 4).map((span) => span.person.name)).toEqual(['Marcus Delaney']);
  });

  it('resolves a surname shared by two people to the one named most recently', () => {
    const index = PeopleIndex.fromCorpus(
      corpusOf('Senator Ruth Hale and her brother, Judge Owen Hale, spoke.', 'Judge Owen Hale ruled first.', 'Hale then left.'),
    );
    expect(index.resolve('Hale', { article: 'story', paragraph: 3 })?.name).toBe('Owen Hale');
  });
});

describe('names with particles, joined titles and long titles', () => {
  it('keeps lowercase particles inside a name', () => {
    const index = PeopleIndex.fromCorpus(corpusOf('European Commission President Ursula von der Leyen spoke first.', 'Von der Leyen left early.'));
    expect(index.people.map((person) => person.name)).toEqual(['Ursula von der Leyen']);
    expect(index.people[0]!.role).toBe('European Commission President');
    expect(index.resolve('von der Leyen')?.name).toBe('Ursula von der Leyen');
  });

  it('does not join two titled people across "and"', () => {
    const people = findPeople(corpusOf('Governor Ada Whitfield and Senator Tom Baxter met on Monday.'));
    expect(people.map((person) => [person.name, person.role])).toEqual([
      ['Ada Whitfield', 'Governor'],
      ['Tom Baxter', 'Senator'],
    ]);
  });

  it('reads titles with "of", "for" and "to" in them', () => {
    const people = findPeople(corpusOf('U.S. Ambassador to the United Nations Linda Thomas-Greenfield and Secretary of Health and Human Services Xavier Becerra spoke.'));
    expect(people.map((person) => [person.name, person.role])).toEqual([
      ['Linda Thomas-Greenfield', 'U.S. Ambassador to the United Nations'],
      ['Xavier Becerra', 'Secretary of Health and Human Services'],
    ]);
  });

  it('finds the person at the end of a long subject', () => {
    const index = PeopleIndex.fromCorpus(corpusOf('White House press secretary Karoline Leavitt told reporters the trip was on.'));
    expect(index.people.map((person) => [person.name, person.role])).toEqual([['Karoline Leavitt', 'White House press secretary']]);
    expect(index.resolve('White House press secretary Karoline Leavitt')?.name).toBe('Karoline Leavitt');
  });

  it('matches a role noun by its head, not by any word of a role ("the mayor" is not "an ally of the mayor")', () => {
    const index = PeopleIndex.fromCorpus(corpusOf('Peter Smith, a longtime ally of the mayor, spoke. Mayor Rita Gomez did not.'));
    expect(index.resolve('the mayor')?.name).toBe('Rita Gomez');
  });
});
