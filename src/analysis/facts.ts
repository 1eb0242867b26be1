import type { Corpus } from '../corpus/schema.js';
import { analyseArticle, type PersonLike } from './article-analysis.js';
import { numberCitations, toFact } from './cited.js';
import { dateFacts, organisationFacts, placeFacts, uniqueParagraphs } from './entity-facts.js';
import { eventFacts } from './events.js';
import type { FactDraft } from './fact-draft.js';
import { figureFacts } from './figures.js';
import { peopleFacts } from './people-facts.js';
import { withPronounsNamed } from './pronoun-subjects.js';
import type { Fact, FactKind } from './schema.js';
import { contentStems, stemOverlap, words } from './terms.js';

/**
 * The key facts of a corpus: people and their roles, figures and what they measure, places, days and dates,
 * organisations, and the events that tie them, each citing the paragraphs that state it, most important first.
 *
 * Every article is read on its own and the facts merged: the same person, place, organisation or figure in
 * several articles is one fact citing each of them.
 */
export interface FactOptions {
  /** The most facts returned. Defaults to two per paragraph, between 12 and 40 for one article. */
  limit?: number;
}

// How much each kind weighs when kinds compete for places in the list: people and events carry a story.
const KIND_WEIGHT: Record<FactKind, number> = {
  person: 1.1,
  event: 1.0,
  figure: 1.0,
  place: 0.9,
  date: 0.85,
  organisation: 0.85,
};
// No kind may take more than this share of the list, so a list has room for every kind the story has.
const KIND_SHARE: Record<FactKind, number> = {
  person: 0.3,
  event: 0.2,
  figure: 0.3,
  place: 0.2,
  date: 0.25,
  organisation: 0.2,
};
const MAX_CITATIONS = 3;

export function extractFacts(corpus: Corpus, people: PersonLike[] = [], options: FactOptions = {}): Fact[] {
  const drafts: FactDraft[] = [];
  for (const article of corpus.articles) {
    const analysis = analyseArticle(article, people);
    const dates = dateFacts(analysis);
    // Places and organisations are told by sentences that no date already tells, where they can be.
    const told = new Set(dates.flatMap((date) => date.sources));
    const organisations = organisationFacts(analysis, told);
    const named = (statements: FactDraft[]) => withPronounsNamed(statements, analysis.sentences);
    drafts.push(
      ...peopleFacts(analysis, people, organisations.names),
      ...named(figureFacts(analysis)),
      ...placeFacts(analysis, organisations.names, told),
      ...named(dates),
      ...organisations.facts,
      ...named(eventFacts(analysis)),
    );
  }
  const limit = options.limit ?? defaultLimit(corpus);
  return numberCitations(select(withoutNearDuplicates(oneStatementPerClause(merge(drafts))), limit).map(toFact));
}

function defaultLimit(corpus: Corpus): number {
  const paragraphs = corpus.articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  const perArticle = Math.min(40, Math.max(12, paragraphs * 2));
  return corpus.articles.length === 1 ? perArticle : Math.min(80, Math.max(perArticle, 20 + 10 * corpus.articles.length));
}

// The same key in several articles (or several mentions) is one fact: the best text, every source, the best score.
function merge(drafts: FactDraft[]): FactDraft[] {
  const byKey = new Map<string, FactDraft>();
  for (const draft of drafts) {
    const existing = byKey.get(draft.key);
    if (!existing) {
      byKey.set(draft.key, { ...draft, sources: [...draft.sources] });
      continue;
    }
    const [better, other] = draft.score > existing.score ? [draft, existing] : [existing, draft];
    byKey.set(draft.key, {
      ...better,
      score: Math.min(1.2, better.score + 0.05),
      sources: uniqueParagraphs([...better.sources, ...other.sources]),
    });
  }
  return [...byKey.values()];
}

// One statement per clause: a date, a figure and an event cut from one clause say the same thing. The date
// says when as well, and a figure is what readers look up, so they are kept before an event.
const CLAUSE_PRIORITY: Partial<Record<FactKind, number>> = { date: 3, figure: 2, event: 1 };

function oneStatementPerClause(drafts: FactDraft[]): FactDraft[] {
  const best = new Map<string, FactDraft>();
  const rank = (draft: FactDraft) => (CLAUSE_PRIORITY[draft.kind] ?? 0) * 10 + draft.score;
  for (const draft of drafts) {
    if (draft.clause === undefined || CLAUSE_PRIORITY[draft.kind] === undefined) continue;
    const kept = best.get(draft.clause);
    if (!kept || rank(draft) > rank(kept)) best.set(draft.clause, draft);
  }
  return drafts.filter((draft) => draft.clause === undefined || CLAUSE_PRIORITY[draft.kind] === undefined || best.get(draft.clause) === draft);
}

// Kinds whose facts are statements, so that two of them can say the same thing in nearly the same words.
const STATEMENT_KINDS = new Set<FactKind>(['event', 'date', 'figure']);

// Two statements of one kind in nearly the same words (an event told twice) keep only the stronger.
function withoutNearDuplicates(drafts: FactDraft[]): FactDraft[] {
  const kept: { draft: FactDraft; stems: Set<string> }[] = [];
  for (const draft of [...drafts].sort((a, b) => b.score - a.score)) {
    const stems = new Set(contentStems(draft.text));
    const duplicate =
      STATEMENT_KINDS.has(draft.kind) && kept.some((other) => other.draft.kind === draft.kind && stemOverlap(stems, other.stems) > 0.8);
    if (!duplicate) kept.push({ draft, stems });
  }
  return kept.map(({ draft }) => draft);
}


// Every kind the story has gets a few places before the rest go to the strongest facts of any kind.
const KIND_FLOOR = 0.08;

function select(drafts: FactDraft[], limit: number): FactDraft[] {
  const weighted = (draft: FactDraft) => draft.score * KIND_WEIGHT[draft.kind];
  const ranked = [...drafts].sort((a, b) => weighted(b) - weighted(a));
  const perKind = new Map<FactKind, number>();
  const chosen = new Set<FactDraft>();
  const take = (draft: FactDraft, cap: number) => {
    const count = perKind.get(draft.kind) ?? 0;
    if (chosen.size >= limit || chosen.has(draft) || count >= cap) return;
    perKind.set(draft.kind, count + 1);
    chosen.add(draft);
  };
  for (const draft of ranked) take(draft, Math.ceil(KIND_FLOOR * limit));
  for (const draft of ranked) take(draft, Math.max(2, Math.ceil(KIND_SHARE[draft.kind] * limit)));
  return ranked.filter((draft) => chosen.has(draft)).map((draft) => ({ ...draft, sources: draft.sources.slice(0, MAX_CITATIONS) }));
}

/**
 * The facts about a topic ("missiles", "tariffs", "oil purchases"): those whose own text holds every word of
 * the topic, compared by stem and case-insensitively, facts that name it before the dash ("Ferry price: …")
 * first. Only when no fact's text names the topic do facts whose main cited paragraph holds it stand in, so
 * that "ferry" lists the facts about the ferry, not every fact of a lede that mentions them once. An empty
 * topic, or one of only common words, keeps every fact.
 */
export function filterFacts(facts: Fact[], topic: string): Fact[] {
  const wanted = topicTerms(topic);
  if (wanted.length === 0) return facts;
  const matches = (text: string) => {
    const present = new Set(termsOf(text));
    return wanted.every((term) => present.has(term));
  };
  // What a fact is about, before its dash or colon ("Ferry price: …"); a statement has none.
  const headOf = (fact: Fact) => (/ — |: /.test(fact.text) ? fact.text.split(/ — |: /)[0]! : '');
  const direct = facts.filter((fact) => matches(fact.text));
  // The first citation is the paragraph the fact is told from; later ones only mention the same thing.
  const found = direct.length > 0 ? direct : facts.filter((fact) => matches(fact.citations[0]?.text ?? ''));
  const named = found.filter((fact) => matches(headOf(fact)));
  const ordered = [...named, ...found.filter((fact) => !named.includes(fact))];
  return numberCitations(ordered.map((fact) => ({ kind: fact.kind, text: fact.text, citations: fact.citations })));
}

function topicTerms(topic: string): string[] {
  const content = contentStems(topic);
  if (content.length > 0) return [...new Set(content)];
  return [...new Set(words(topic).filter((word) => /\d/.test(word)).map(normaliseNumber))];
}

function termsOf(text: string): string[] {
  return [...contentStems(text), ...words(text).filter((word) => /\d/.test(word)).map(normaliseNumber)];
}

// "2,500" and "2500" are one number.
function normaliseNumber(word: string): string {
  return word.replace(/,/g, '');
}
