import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/analysis/facts.js';
import type { Fact, FactKind } from '../../src/analysis/schema.js';
import { summarize } from '../../src/analysis/summary.js';
import { fixtureCorpus } from './articles.js';

/** Facts and briefs of articles in other styles: an AP business story, a court report, a health story, a match report. */

const texts = (facts: Fact[], kind: FactKind) => facts.filter((fact) => fact.kind === kind).map((fact) => fact.text);
const load = async (slug: string) => {
  const { corpus, people } = await fixtureCorpus(slug);
  return { facts: extractFacts(corpus, people), summary: summarize(corpus, people) };
};
// What a fact says after its head: "Thursday — <statement>".
const statementOf = (fact: Fact) => fact.text.split(' — ').slice(1).join(' — ') || fact.text;

function expectShortDistinctFacts(facts: Fact[], maxFacts: number): void {
  expect(facts.length).toBeLessThanOrEqual(maxFacts);
  const statements = facts.filter((fact) => fact.kind !== 'person').map(statementOf);
  // No two facts quote the same clause, and none repeats a whole lede.
  expect(new Set(statements).size).toBe(statements.length);
  for (const statement of statements) expect(statement.split(/\s+/).length).toBeLessThanOrEqual(24);
  for (const fact of facts) expect(fact.text).not.toMatch(/…/);
}

describe('facts of an AP story with a dateline (carver-battery-plant)', async () => {
  const { facts, summary } = await load('carver-battery-plant');

  it('never takes the dateline for an organisation, and leaves it out of every fact and of the brief', () => {
    for (const fact of facts) expect(fact.text).not.toMatch(/DETROIT|\(AP\)/);
    for (const point of summary.points) expect(point.text).not.toMatch(/DETROIT|\(AP\)/);
    expect(summary.points[0]?.text).toMatch(/^Carver Motors said Tuesday it will build/);
  });

  it('says what each figure measures: the plant\'s cost and the jobs, not a clause cut mid-way', () => {
    const figures = texts(facts, 'figure');
    expect(figures).toContain('Electric-vehicle battery plant: $3.2 billion');
    expect(figures).toContain('About 2,500 people to be employed when it opens in 2028');
    for (const figure of figures) expect(figure).not.toMatch(/\b(?:when|near|of|to)$/);
  });

  it('takes no figure from a speaker\'s manner of speaking ("our 90-year history")', () => {
    expect(facts.some((fact) => /90-year|90 years/.test(fact.text))).toBe(false);
  });

  it('gives the day and the place of the news each in a short statement of its own', () => {
    expect(texts(facts, 'date')).toContain('Tuesday — Carver Motors said it will build a $3.2 billion electric-vehicle battery plant near Toledo, Ohio');
    expect(texts(facts, 'place')).toContain('Toledo, Ohio — where Carver Motors will build a $3.2 billion electric-vehicle battery plant');
    expect(texts(facts, 'organisation').map((text) => text.split(' — ')[0])).toContain('Carver Motors');
  });

  it('keeps facts short and distinct', () => expectShortDistinctFacts(facts, 20));
});

describe('facts of a deal story with a company named like a person (halvorsen-pike-acquisition)', async () => {
  const { facts, summary } = await load('halvorsen-pike-acquisition');

  it('knows "Halvorsen Pike" is a company by its shares, its chief executive and "said it will"', () => {
    expect(texts(facts, 'person').some((text) => text.startsWith('Halvorsen Pike'))).toBe(false);
    expect(texts(facts, 'organisation').map((text) => text.split(' — ')[0])).toContain('Halvorsen Pike');
  });

  it('still takes an analyst whose first name is a surname for a person, with her role', () => {
    expect(texts(facts, 'person')).toContain('Morgan Lyle — analyst at Brennan Securities');
  });

  it('gives the people with their roles and ages, and the date of the deal', () => {
    expect(texts(facts, 'person')).toEqual(expect.arrayContaining(['Miriam Castro — chief executive', 'Elliot Vance, 52 — founder']));
    expect(texts(facts, 'date')).toContain('Monday — Halvorsen Pike said it will buy drone maker Skyreach for $1.9 billion in cash');
    expect(texts(facts, 'figure')).toEqual(expect.arrayContaining(['Premium: 38%', 'Shares of Skyreach: jumped 33% to $40.47']));
  });

  it('ends the brief with what happens next', () => {
    expect(summary.points.at(-1)?.text).toMatch(/expect the deal to close/);
  });

  it('keeps facts short and distinct', () => expectShortDistinctFacts(facts, 20));
});

describe('facts of a court report (dockside-fraud-sentencing)', async () => {
  const { facts, summary } = await load('dockside-fraud-sentencing');

  it('gives the defendant with his age and role, and the judge with hers', () => {
    expect(texts(facts, 'person')).toEqual(
      expect.arrayContaining(['Raymond Kessler, 58 — former deputy director of the Baltimore Port Commission', 'Andrea Whitcombe — U.S. District Judge']),
    );
  });

  it('dates the sentence and the conviction, and tells ordinals: the second trial, the third prosecution', () => {
    expect(texts(facts, 'date').find((text) => text.startsWith('Thursday —'))).toMatch(/sentenced to seven years in federal prison/);
    expect(texts(facts, 'date')).toContain('October — Kessler was convicted on 11 counts of wire fraud and bribery');
    expect(texts(facts, 'figure')).toEqual(expect.arrayContaining(['It was his second trial', 'Trial: three weeks']));
  });

  it('takes no dateline city for an organisation', () => {
    expect(texts(facts, 'organisation').some((text) => text.startsWith('BALTIMORE'))).toBe(false);
    expect(summary.points[0]?.text).toMatch(/^A former harbor official was sentenced Thursday/);
  });

  it('keeps facts short and distinct', () => expectShortDistinctFacts(facts, 20));
});

describe('facts of a public-health story (measles-outbreak-county)', async () => {
  const { facts, summary } = await load('measles-outbreak-county');

  it('gives counts with what they count', () => {
    expect(texts(facts, 'figure')).toEqual(
      expect.arrayContaining([
        'Health officials in Garner County: reported 37 new measles cases',
        '4,800 vaccine doses given in the past two weeks',
        '12 nurses to be sent',
      ]),
    );
  });

  it('gives the health director with her role and the day of the news', () => {
    expect(texts(facts, 'person')).toContain('Leah Ambrose — county’s health director');
    expect(texts(facts, 'date').find((text) => text.startsWith('Wednesday —'))).toMatch(/37 new measles cases/);
  });

  it('briefs the lede first and what comes next last, with no quotation fragments', () => {
    expect(summary.points[0]?.text).toMatch(/^Health officials in Garner County reported 37 new measles cases/);
    expect(summary.points.at(-1)?.text).toMatch(/will hold its next briefing/);
  });

  it('keeps facts short and distinct', () => expectShortDistinctFacts(facts, 20));
});

describe('facts of a match report (kestrels-cup-semifinal)', async () => {
  const { facts, summary } = await load('kestrels-cup-semifinal');

  it('gives the score with the day of the game, and the players with their ages and positions', () => {
    expect(texts(facts, 'date')).toContain('Saturday — The Northgate Kestrels beat the Port Alder Mariners 3-1 to reach the National Cup final');
    expect(texts(facts, 'person')).toEqual(expect.arrayContaining(['Tomasz Lis, 34 — Veteran midfielder', 'Sandra Whitley — Kestrels coach']));
    expect(texts(facts, 'person').some((text) => text.startsWith('Kofi Adeyemi, 19 —'))).toBe(true);
  });

  it('never takes the words before a name for a role ("pulled one back through Jamal Ortiz")', () => {
    const ortiz = texts(facts, 'person').find((text) => text.startsWith('Jamal Ortiz'));
    expect(ortiz).not.toBe('Jamal Ortiz — back through');
    expect(ortiz).toMatch(/^Jamal Ortiz — The Mariners pulled one back through Jamal Ortiz/);
  });

  it('tells ordinals: the fourth straight win', () => {
    expect(texts(facts, 'figure').some((text) => /fourth straight win/.test(text))).toBe(true);
  });

  it('ends the brief with the final', () => {
    expect(summary.points.at(-1)?.text).toMatch(/will face the winner/);
  });

  it('keeps facts short and distinct', () => expectShortDistinctFacts(facts, 20));
});

describe('facts of a recall told by a company whose name holds no company noun (novatek-laptop-recall)', async () => {
  const { facts } = await load('novatek-laptop-recall');

  it('lists "Novatek Systems" as an organisation, not a person, and keeps its whole name as the subject', () => {
    expect(texts(facts, 'person').some((text) => text.startsWith('Novatek'))).toBe(false);
    expect(texts(facts, 'organisation').map((text) => text.split(' — ')[0])).toContain('Novatek Systems');
    expect(texts(facts, 'date')).toContain('Tuesday — Novatek Systems recalled 40,000 laptops');
  });
});

describe('facts of a fire story whose owner is a business set off by commas (riverton-warehouse-fire)', async () => {
  const { facts } = await load('riverton-warehouse-fire');

  it('lists "Coastline Storage" as an organisation, not a person', () => {
    expect(texts(facts, 'person').some((text) => text.startsWith('Coastline Storage'))).toBe(false);
    expect(texts(facts, 'organisation').map((text) => text.split(' — ')[0])).toContain('Coastline Storage');
  });
});
