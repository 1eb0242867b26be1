import { beforeAll, describe, expect, it } from 'vitest';
import { extractFacts, filterFacts } from '../../src/analysis/facts.js';
import { Fact, type FactKind } from '../../src/analysis/schema.js';
import type { Corpus } from '../../src/corpus/schema.js';
import { fixtureCorpus, storyCorpus } from './articles.js';

const texts = (facts: Fact[], kind: FactKind) => facts.filter((fact) => fact.kind === kind).map((fact) => fact.text);
const factWith = (facts: Fact[], kind: FactKind, words: string) => facts.find((fact) => fact.kind === kind && fact.text.includes(words));

describe('extractFacts on the bundled story', () => {
  let facts: Fact[];
  let everyFact: Fact[];
  beforeAll(async () => {
    const { corpus, people } = await storyCorpus();
    facts = extractFacts(corpus, people);
    everyFact = extractFacts(corpus, people, { limit: 500 });
  });

  it('returns valid facts, each citing at least one paragraph, at most 40 for one article', () => {
    expect(facts.length).toBeGreaterThan(20);
    expect(facts.length).toBeLessThanOrEqual(40);
    for (const fact of facts) {
      expect(Fact.parse(fact)).toEqual(fact);
      expect(fact.citations.length).toBeGreaterThan(0);
    }
  });

  it('numbers citations as one list: a paragraph keeps its number wherever it is cited, from [1] up', () => {
    const numberOf = new Map<number, number>();
    for (const citation of facts.flatMap((fact) => fact.citations)) {
      const known = numberOf.get(citation.paragraph);
      if (known !== undefined) expect(citation.n).toBe(known);
      numberOf.set(citation.paragraph, citation.n);
    }
    expect([...new Set(numberOf.values())].sort((a, b) => a - b)).toEqual([...numberOf.values()].map((_, i) => i + 1));
  });

  it('gives people with their roles and cites the paragraph that names the role', () => {
    const rubio = factWith(facts, 'person', 'Marco Rubio');
    expect(rubio?.text).toBe('Marco Rubio — Secretary of State');
    expect(rubio?.citations[0]?.text).toContain('Secretary of State Marco Rubio');
    expect(texts(facts, 'person')).toContain('Mark Montgomery — analyst at the Foundation for Defence of Democracies');
  });

  it('gives each range with what it measures and both units', () => {
    expect(texts(facts, 'figure')).toEqual(
      expect.arrayContaining([
        'Tomahawk range: approximately 995 miles (1,600 kilometers)',
        'ERAM range: 285 miles (460 km)',
        'ATACMS range: 186 miles (300 kilometers)',
      ]),
    );
    expect(factWith(facts, 'figure', 'ERAM range')?.citations[0]?.text).toContain('(285 miles/460 km)');
  });

  it('names the planned meeting place with its country and what happens there', () => {
    const budapest = factWith(facts, 'place', 'Budapest');
    expect(budapest?.text).toMatch(/^Budapest, Hungary — .*meet/);
  });

  it('gives the days with the event of each: the announcement, the meeting, the earlier summit, next week\'s talks', () => {
    const dates = texts(facts, 'date');
    expect(dates.find((text) => text.startsWith('Thursday —'))).toMatch(/announced/);
    expect(dates.find((text) => text.startsWith('Friday —'))).toMatch(/meeting/);
    expect(dates.find((text) => text.startsWith('August —'))).toMatch(/Alaska/);
    expect(dates.find((text) => text.startsWith('Next week —'))).toMatch(/talks/);
  });

  it('finds organisations by acronym, institution and head noun', () => {
    const organisations = texts(facts, 'organisation').map((text) => text.split(' — ')[0]);
    expect(organisations).toEqual(expect.arrayContaining(['NATO', 'Senate', 'White House']));
    expect(texts(everyFact, 'organisation').map((text) => text.split(' — ')[0])).toContain('Foundation for Defence of Democracies');
  });

  it('does not take an acronym for an organisation when the article spells it out as something else', () => {
    const organisations = texts(everyFact, 'organisation').join('\n');
    expect(organisations).not.toMatch(/^(?:ERAM|ATACMS|Extended Range Attack Munition)\b/m);
  });

  it('never takes a person for a place or an organisation', () => {
    const names = [...texts(everyFact, 'place'), ...texts(everyFact, 'organisation')].map((text) => text.split(' — ')[0]);
    for (const name of names) expect(name).not.toMatch(/Trump|Putin|Montgomery|Zelensky|Bessent/);
  });

  it('states events with their actor, planned ones included', () => {
    const events = texts(everyFact, 'event');
    expect(events.some((text) => /Rubio will lead U\.S\. officials in talks/.test(text))).toBe(true);
    expect(events.some((text) => /India.*agreed to halt oil purchases/.test(text))).toBe(true);
  });

  it('puts the most central facts first: the lede\'s people before those named once at the end', () => {
    const index = (name: string) => facts.findIndex((fact) => fact.text.startsWith(name));
    expect(index('Donald Trump')).toBeLessThan(index('Lindsey Graham'));
    expect(index('Vladimir Putin')).toBeLessThan(5);
  });

  it('lists each thing once', () => {
    const keys = facts.filter((fact) => fact.kind !== 'date' && fact.kind !== 'event').map((fact) => `${fact.kind}:${fact.text.split(' — ')[0]}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('extractFacts on other kinds of story', () => {
  it('reads a disaster story: death toll, homes without power, wind speed, places with their state, the agency', async () => {
    const { corpus, people } = await fixtureCorpus('gulf-storm-landfall');
    const facts = extractFacts(corpus, people, { limit: 100 });
    expect(texts(facts, 'figure')).toEqual(
      expect.arrayContaining(['At least 12 people killed', 'More than 300,000 homes left without power', 'About 4,000 people rescued']),
    );
    expect(texts(facts, 'figure').some((text) => text.includes('130 mph (210 km/h)'))).toBe(true);
    expect(texts(facts, 'place').some((text) => text.startsWith('Corpus Christi, Texas —'))).toBe(true);
    expect(texts(facts, 'organisation').some((text) => text.startsWith('Federal Emergency Management Agency (FEMA) —'))).toBe(true);
    expect(texts(facts, 'date').some((text) => text.startsWith('Thursday —') && text.includes('Louisiana'))).toBe(true);
    expect(texts(facts, 'person')).toContain('Elena Ruiz — Governor');
  });

  it('reads a takeover story: price, premium, share moves, a British "per cent", a city with its country', async () => {
    const { corpus, people } = await fixtureCorpus('copper-miner-takeover');
    const facts = extractFacts(corpus, people, { limit: 100 });
    const figures = texts(facts, 'figure');
    expect(figures).toEqual(expect.arrayContaining(['Shares in Andes Copper: rose 27% to 371p', 'Brightwater: slipped 3.5%']));
    expect(figures.some((text) => text.includes('£4.6bn'))).toBe(true);
    expect(figures.some((text) => text.includes('32 per cent'))).toBe(true);
    expect(texts(facts, 'place').some((text) => text.startsWith('Perth, Australia —'))).toBe(true);
    expect(texts(facts, 'organisation').map((text) => text.split(' — ')[0])).toEqual(
      expect.arrayContaining(['London Stock Exchange', 'Institute for Mining Economics']),
    );
    expect(texts(facts, 'person')).toContain('Helen Okafor — chief executive');
  });

  it('merges the facts of several articles, citing each article where they meet', async () => {
    const { corpus, people } = await fixtureCorpus('gulf-storm-landfall', 'copper-miner-takeover');
    const facts = extractFacts(corpus, people);
    const articles = new Set(facts.flatMap((fact) => fact.citations.map((citation) => citation.article)));
    expect(articles).toEqual(new Set(['gulf-storm-landfall', 'copper-miner-takeover']));
    expect(facts.length).toBeLessThanOrEqual(40);
  });
});

describe('extractFacts on an article given inline', () => {
  const corpus: Corpus = {
    dir: 'inline',
    hash: 'inline',
    warnings: [],
    articles: [
      {
        slug: 'signing',
        title: 'Club signs striker',
        url: null,
        published: null,
        file: 'signing.txt',
        paragraphs: [
          { article: 'signing', n: 1, section: null, text: 'The club signed striker Tomas Ferreira on Thursday for £48m, replacing veteran forward Kieran Doyle.' },
          { article: 'signing', n: 2, section: null, text: 'Doyle joined a club in Lisbon, Portugal, in the summer.' },
        ],
      },
    ],
  };
  const people = [
    { name: 'Tomas Ferreira', aliases: [], role: null, mentions: [] },
    { name: 'Kieran Doyle', aliases: ['Doyle'], role: null, mentions: [] },
  ];

  it('describes a person with no known role by the words just before their name', () => {
    const facts = extractFacts(corpus, people);
    expect(texts(facts, 'person')).toEqual(expect.arrayContaining(['Tomas Ferreira — striker', 'Kieran Doyle — veteran forward']));
  });

  it('gives the facts of the article, each citing the paragraph that states it', () => {
    const facts = extractFacts(corpus, people);
    expect(facts.find((fact) => fact.text.includes('£48m'))?.citations[0]?.paragraph).toBe(1);
    expect(factWith(facts, 'place', 'Lisbon, Portugal')?.citations[0]?.paragraph).toBe(2);
    expect(factWith(facts, 'date', 'Thursday')?.citations[0]?.paragraph).toBe(1);
  });
});

describe('filterFacts', () => {
  let facts: Fact[];
  beforeAll(async () => {
    const { corpus, people } = await storyCorpus();
    facts = extractFacts(corpus, people);
  });

  it('finds the facts that name a topic, whatever its case: "tomahawk"', () => {
    const found = filterFacts(facts, 'tomahawk');
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((fact) => fact.text)).toContain('Tomahawk range: approximately 995 miles (1,600 kilometers)');
  });

  it('matches by stem, so "missile" finds facts that say "missiles"', () => {
    expect(filterFacts(facts, 'missile').length).toBeGreaterThan(0);
  });

  it('lists only the facts that name the topic when some do, not the lede facts whose paragraph mentions it', () => {
    const found = filterFacts(facts, 'Tomahawk');
    for (const fact of found) expect(fact.text).toMatch(/Tomahawk/);
    expect(found.some((fact) => fact.text.startsWith('Donald Trump'))).toBe(false);
  });

  it('falls back to the facts told from a paragraph about the topic when no fact names it: "uranium"', () => {
    expect(facts.some((fact) => /uranium/i.test(fact.text))).toBe(false);
    const found = filterFacts(facts, 'uranium');
    expect(found.length).toBeGreaterThan(0);
    for (const fact of found) expect(fact.citations[0]?.text).toMatch(/uranium/);
  });

  it('puts facts about the topic (before their dash or colon) before facts that only mention it', () => {
    const found = filterFacts(facts, 'Tomahawk');
    expect(found[0]?.text).toMatch(/^Tomahawk range:/);
  });

  it('renumbers the citations of what it keeps from [1]', () => {
    const found = filterFacts(facts, 'Tomahawk');
    expect(found[0]?.citations[0]?.n).toBe(1);
  });

  it('matches numbers with or without their separators', () => {
    expect(filterFacts(facts, '1600').length).toBeGreaterThan(0);
    expect(filterFacts(facts, '1,600').length).toBeGreaterThan(0);
  });

  it('keeps every fact for an empty topic and finds nothing for a topic the story never mentions', () => {
    expect(filterFacts(facts, '  ')).toEqual(facts);
    expect(filterFacts(facts, 'breakfast')).toEqual([]);
  });
});
