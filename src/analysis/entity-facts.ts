import type { ArticleAnalysis } from './article-analysis.js';
import { isQuoted, type ArticleSentence, type Span } from './article-text.js';
import { capitalise } from './clauses.js';
import { findDates } from './dates.js';
import { clauseKey, mentionWeight, sentenceWeight, type FactDraft } from './fact-draft.js';
import { acronymDefinitions, findOrganisations } from './organisations.js';
import { findPlaces } from './places.js';
import type { FactKind } from './schema.js';
import { isFragment, readsAlone, statementAround, type Statement } from './statement.js';

/**
 * Places, organisations, and days and dates as facts: each names the thing and what the article says happens
 * there or then, in a short statement cut from the clause of its most telling mention ("Lyon, France — where
 * the summit will be held"; see `statementAround`), and cites the paragraphs that mention it.
 */

interface Mention {
  key: string;
  /** How the thing is written; the fullest way wins ("Lyon, France" over "Lyon"). */
  display: string;
  sentence: ArticleSentence;
  span: Span;
}

const CONTEXT_WORDS = 16;
const SCENE_BEFORE = /\b(?:in|to|at|from|into|near|with|across|outside)\s(?:the\s)?$/i;
const MAX_SOURCES = 3;

/**
 * `usedSentences` holds the sentences other facts already tell; each place is described by another of its
 * sentences where it has one, and the sentence it takes is added.
 */
export function placeFacts(analysis: ArticleAnalysis, organisationNames: ReadonlySet<string>, usedSentences: Set<ArticleSentence>): FactDraft[] {
  const excluded = new Set([...analysis.personNames, ...organisationNames]);
  const mentions: Mention[] = [];
  const initialOnly = new Map<string, boolean>();
  for (const sentence of analysis.sentences) {
    for (const place of findPlaces(sentence.text, analysis.nouns[sentence.index] ?? [], excluded)) {
      const key = `place:${place.place.name}`;
      // A city named only at the start of sentences may be a capitalised word ("Reading the report…").
      const onlyInitial = place.sentenceInitial && place.place.type === 'city';
      initialOnly.set(key, (initialOnly.get(key) ?? true) && onlyInitial);
      mentions.push({ key, display: place.text, sentence, span: place });
    }
  }
  return groupedFacts('place', mentions.filter((mention) => !initialOnly.get(mention.key)), analysis, usedSentences);
}

/** Organisation facts, and every name that was taken for an organisation (which is then no place). */
export function organisationFacts(analysis: ArticleAnalysis, usedSentences: Set<ArticleSentence>): { facts: FactDraft[]; names: Set<string> } {
  const acronyms = acronymDefinitions(analysis.article.paragraphs.map((paragraph) => paragraph.text).join('\n'));
  const mentions: Mention[] = [];
  const names = new Set<string>();
  for (const sentence of analysis.sentences) {
    for (const organisation of findOrganisations(analysis.nouns[sentence.index] ?? [], acronyms, analysis.personNames, analysis.companies)) {
      names.add(organisation.text);
      const acronym = [...acronyms].find(([, expansion]) => expansion === organisation.key)?.[0];
      const display = acronym && acronym !== organisation.key ? `${organisation.key} (${acronym})` : organisation.key;
      mentions.push({ key: `organisation:${organisation.key.toLowerCase()}`, display, sentence, span: organisation });
    }
  }
  return { facts: groupedFacts('organisation', mentions, analysis, usedSentences), names };
}

/**
 * Each day or date with what happens then. One date can carry several events ("Wednesday": a dinner, an
 * announcement), so mentions group by date and clause, not by date alone.
 */
export function dateFacts(analysis: ArticleAnalysis): FactDraft[] {
  const drafts: FactDraft[] = [];
  for (const sentence of analysis.sentences) {
    for (const date of findDates(sentence.text)) {
      // "Today" inside a quotation is the speaker's day, which the reader cannot place.
      if (date.relative && isQuoted(sentence, date)) continue;
      const statement = statementAround(sentence.text, date, {
        maxWords: CONTEXT_WORDS,
        quoted: sentence.quoted,
        omit: 'date',
        rewrite: analysis.shortNames,
      });
      if (isFragment(statement.text)) continue;
      drafts.push({
        kind: 'date',
        text: `${capitalise(date.text)} — ${statement.text}`,
        key: `date:${date.key}:${statement.text.toLowerCase()}`,
        score: sentenceWeight(analysis.centrality[sentence.index] ?? 0, analysis.prominence[sentence.index] ?? 0),
        sources: [sentence],
        clause: clauseKey(sentence, statement.clause.start),
      });
    }
  }
  return drafts;
}

function groupedFacts(kind: FactKind, mentions: Mention[], analysis: ArticleAnalysis, usedSentences: Set<ArticleSentence>): FactDraft[] {
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) groups.set(mention.key, [...(groups.get(mention.key) ?? []), mention]);
  const weight = (mention: Mention) =>
    sentenceWeight(analysis.centrality[mention.sentence.index] ?? 0, analysis.prominence[mention.sentence.index] ?? 0) -
    (isQuoted(mention.sentence, mention.span) ? 0.3 : 0);
  // The sentence that tells most about a thing is one where it is the scene ("in X", "to X") or the subject.
  const telling = (mention: Mention) =>
    weight(mention) + (SCENE_BEFORE.test(mention.sentence.text.slice(0, mention.span.start)) || mention.span.start === 0 ? 0.15 : 0);
  const ranked = [...groups].map(([key, group]) => ({ key, group: [...group].sort((a, b) => telling(b) - telling(a)) }));
  // Things named rarely choose their sentence first: a thing named everywhere can be told by any.
  ranked.sort((a, b) => a.group.length - b.group.length || telling(b.group[0]!) - telling(a.group[0]!));

  // Each thing is described by a sentence not already used for another, where it has one, so that two
  // places named in the lede do not both read as the lede.
  const drafts: FactDraft[] = [];
  for (const { key, group } of ranked) {
    const best = bestDescribed(group, usedSentences, (mention) => contextOf(kind, mention, analysis));
    if (isFragment(best.context.text)) continue;
    usedSentences.add(best.mention.sentence);
    const display = group.map((mention) => mention.display).sort((a, b) => b.length - a.length)[0]!;
    drafts.push({
      kind,
      text: `${display} — ${best.context.text}`,
      key,
      clause: clauseKey(best.mention.sentence, best.context.clause.start),
      score: 0.5 * mentionWeight(group.length) + 0.5 * Math.max(...group.map(weight)),
      sources: uniqueParagraphs([best.mention.sentence, ...group.map((mention) => mention.sentence)]).slice(0, MAX_SOURCES),
    });
  }
  return drafts;
}

// The first mention, best first, in a sentence no other fact tells and whose statement reads on its own; else
// the first whose statement reads on its own; else the best.
function bestDescribed(
  group: Mention[],
  usedSentences: ReadonlySet<ArticleSentence>,
  describe: (mention: Mention) => Statement,
): { mention: Mention; context: Statement } {
  const contexts = new Map<Mention, Statement>();
  const context = (mention: Mention) => {
    let statement = contexts.get(mention);
    if (statement === undefined) contexts.set(mention, (statement = describe(mention)));
    return statement;
  };
  const mention =
    group.find((candidate) => !usedSentences.has(candidate.sentence) && readsAlone(context(candidate).text)) ??
    group.find((candidate) => readsAlone(context(candidate).text)) ??
    group[0]!;
  return { mention, context: context(mention) };
}

// A place is told as the scene of its statement ("where…"); an organisation within it.
function contextOf(kind: FactKind, mention: Mention, analysis: ArticleAnalysis): Statement {
  return statementAround(mention.sentence.text, mention.span, {
    maxWords: CONTEXT_WORDS,
    quoted: mention.sentence.quoted,
    omit: kind === 'place' ? 'place' : undefined,
    rewrite: analysis.shortNames,
    isName: (word) => analysis.personNames.has(word),
  });
}

/** The sentences in order, one per paragraph. */
export function uniqueParagraphs(sentences: ArticleSentence[]): ArticleSentence[] {
  const seen = new Set<string>();
  return sentences.filter((sentence) => {
    const key = `${sentence.article.slug}#${sentence.paragraph.n}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
