import { measureAnswerWords } from '../language/measures.js';
import { phrasalPhraseWord, phrasalWord, phraseObjectsMeaning } from '../language/phrasal-verbs.js';
import { synonymGroups } from '../language/synonyms.js';
import { analyze, tokenize } from './tokenize.js';

/** How a term is related to a word of the question; each kind has its own weight (see `RetrievalSettings`). */
export type Relation = 'synonym' | 'phrasal' | 'measure';

/** A term a question does not use but a paragraph answering it may: "row" for "dispute", "repaid" for "paid back". */
export interface RelatedTerm {
  term: string;
  /** The question's term it stands for. */
  concept: string;
  relation: Relation;
}

/**
 * The synonyms of each index term, from the synonym groups the answerer also uses (`src/language/synonyms.ts`):
 * "dispute" ↔ "row". Words are analysed as the index analyses them, so the table holds index terms.
 */
const SYNONYMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const synonyms = new Map<string, Set<string>>();
  for (const group of synonymGroups()) {
    const terms = new Set(group.flatMap(analyze));
    for (const term of terms) {
      const ofTerm = synonyms.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) ofTerm.add(other);
      synonyms.set(term, ofTerm);
    }
  }
  return synonyms;
})();

/**
 * The terms related to a question's terms, not counting the question's own: the synonyms of each term, the one
 * word a phrasal verb of the question stands for ("paid back" → "repay"), and the nouns and units that answer a
 * question of measure ("How cold…?" → "temperature", "degrees"). `askedTerms` are the question's analysed terms;
 * each related term is listed once, for the first term it relates to.
 */
export function relatedTerms(question: string, askedTerms: readonly string[]): RelatedTerm[] {
  const asked = new Set(askedTerms);
  const found = new Map<string, RelatedTerm>();
  const add = (term: string, concept: string, relation: Relation) => {
    if (!asked.has(term) && !found.has(term)) found.set(term, { term, concept, relation });
  };
  for (const concept of askedTerms) {
    for (const term of SYNONYMS.get(concept) ?? []) add(term, concept, 'synonym');
  }
  for (const { verb, particle, word } of phrasalVerbs(question)) {
    // "take" is too common to search by, so "take effect" is searched by its "effect".
    const concept = [verb, particle].flatMap(analyze).find((term) => asked.has(term));
    if (concept === undefined) continue;
    for (const term of analyze(word)) add(term, concept, 'phrasal');
    for (const object of phraseObjectsMeaning(word)) for (const term of analyze(object)) add(term, concept, 'phrasal');
  }
  for (const adjective of measuresAskedFor(question)) {
    const concept = analyze(adjective)[0];
    if (concept === undefined || !asked.has(concept)) continue;
    for (const word of measureAnswerWords(adjective)) for (const term of analyze(word)) add(term, concept, 'measure');
  }
  return [...found.values()];
}

/** The adjectives of measure a question asks "how" of: "far" in "How far did it travel?". */
function measuresAskedFor(question: string): string[] {
  const tokens = tokenize(question).map((token) => token.toLowerCase());
  return tokens.filter((token, i) => i > 0 && tokens[i - 1] === 'how' && measureAnswerWords(token).length > 0);
}

/**
 * The index terms of the particles of a text's phrasal verbs ("back" in "paid back"): part of the verb's
 * meaning, not a word of the question of their own.
 */
export function phrasalParticleTerms(text: string): Set<string> {
  // The "effect" of "take effect" is the meaning itself, and stays a word of the question.
  return new Set(phrasalVerbs(text).flatMap(({ particle, word }) => analyze(particle).filter((term) => !analyze(word).includes(term))));
}

/** The phrasal verbs of a text, each with the one word it stands for: "paid back" → { verb: "paid", particle: "back", word: "repay" }. */
function phrasalVerbs(text: string): { verb: string; particle: string; word: string }[] {
  const tokens = tokenize(text).map((token) => token.toLowerCase());
  const found: { verb: string; particle: string; word: string }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = (i + 2 < tokens.length ? phrasalPhraseWord(tokens[i]!, tokens[i + 1]!, tokens[i + 2]!) : undefined) ?? phrasalWord(tokens[i]!, tokens[i + 1]!);
    if (word !== undefined) found.push({ verb: tokens[i]!, particle: tokens[i + 1]!, word });
  }
  return found;
}
