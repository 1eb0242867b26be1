import { bestMatch, matchStrength, SAME_NAME } from './focus-match.js';
import { words, type Word } from './words.js';

/*
 * A story sets the thing it is about beside others of its kind: "an earlier treatment, given over 60 hours", "a
 * similar ban", "other singers", "Tunely's chief executive" in a story about Vantor. A sentence on one of those
 * others does not answer a question about the thing itself ("How long is the treatment?", "Who is Vantor's chief
 * executive?"), unless the question asks about another one too ("How much did the earlier treatment cost?").
 */

// Words that make the noun right after them another of its kind. Not "former" ("the former factory site" is the
// site) nor "older" ("older drivers" are drivers).
const OTHER_QUALIFIERS: ReadonlySet<string> = new Set(['earlier', 'previous', 'prior', 'other', 'another', 'similar', 'rival']);
// Words with which a question asks about another one itself.
const ASKS_ANOTHER: ReadonlySet<string> = new Set([...OTHER_QUALIFIERS, 'last', 'old', 'older', 'former', 'past', 'original', 'else', 'elsewhere']);
// "Vantor's chief executive": the words of what is owned, after the owner's name.
const OWNED_PHRASE_WORDS = 3;
const POSSESSIVE = /['\u2019]s?$/;

/** Sentences read for one question: a word of it said of another of its kind, or of another owner, does not count. */
export interface ThisOneMatcher {
  /** The best match of a question's word in a sentence (see `matchStrength`), not counting one said of another. */
  (focus: Word, text: string, sentenceWords: readonly Word[]): number;
}

/**
 * How a question's words are matched in sentences, given what the question asks about (see `ThisOneMatcher`). A
 * question that asks who or what did something is not answered by a sentence that says who did not ("Who has to
 * pay?", "Ferry passengers will not pay the fee"); a yes-no question is, with a "No".
 */
export function thisOneMatcher(question: string, asksYesOrNo: boolean, headline: readonly Word[] = []): ThisOneMatcher {
  const questionWords = words(question);
  const asksAnother = questionWords.some((word) => ASKS_ANOTHER.has(word.lower));
  const asksNegated = asksYesOrNo || questionWords.some((word) => isNegation(word.lower));
  const owned = ownedPhrases(questionWords);
  const named = questionWords.filter((word) => word.capitalized && !word.functionWord && word.start > 0);
  return (focus, text, sentenceWords) => {
    if (!focus.capitalized && saidWithAnother(focus, partnersAsked(focus, named, headline), sentenceWords)) return 0;
    let best = 0;
    sentenceWords.forEach((word, index) => {
      const strength = matchStrength(focus, word);
      if (strength <= best) return;
      // A name is one of a kind: "another Smith" is still Smith.
      if (!asksAnother && !focus.capitalized && !word.capitalized && qualifiedAsAnother(text, sentenceWords, index)) return;
      if (!asksNegated && !word.capitalized && negated(sentenceWords, index)) return;
      const owner = owned.get(focus.term);
      if (owner && ownedByAnother(owner, text, sentenceWords, index)) return;
      best = strength;
    });
    return best;
  };
}

const NEGATION = /^(?:not|never|no|cannot)$|n['\u2019]t$/;
const NEGATION_REACH = 2;

function isNegation(lower: string): boolean {
  return NEGATION.test(lower);
}

// "will not pay", "did not vote", "won't pay", "have never paid": a negation just before the word.
function negated(sentenceWords: readonly Word[], index: number): boolean {
  return sentenceWords.slice(Math.max(0, index - NEGATION_REACH), index).some((word) => isNegation(word.lower));
}

/** Whether the sentence's word at this index is qualified as another of its kind: "an earlier treatment". */
export function qualifiedAsAnother(text: string, sentenceWords: readonly Word[], index: number): boolean {
  const before = sentenceWords[index - 1];
  return before !== undefined && OTHER_QUALIFIERS.has(before.lower) && /^\s+$/.test(text.slice(before.end, sentenceWords[index]!.start));
}

// The owner of each word (by its term) of a possessed phrase in the question: "chief" and "executive" in "Vantor's
// chief executive".
function ownedPhrases(questionWords: readonly Word[]): Map<string, Word> {
  const owned = new Map<string, Word>();
  questionWords.forEach((word, index) => {
    if (!word.capitalized || !POSSESSIVE.test(word.text)) return;
    for (const next of questionWords.slice(index + 1, index + 1 + OWNED_PHRASE_WORDS)) {
      if (next.functionWord || next.capitalized) break;
      owned.set(next.term, word);
    }
  });
  return owned;
}

// "Tunely's chief executive" when the question asks for Vantor's: a name in the possessive a few words before the
// word, with no function word between, that is not the question's owner.
function ownedByAnother(owner: Word, text: string, sentenceWords: readonly Word[], index: number): boolean {
  for (let back = index - 1; back >= 0 && back >= index - OWNED_PHRASE_WORDS; back--) {
    const word = sentenceWords[back]!;
    if (word.capitalized && POSSESSIVE.test(word.text)) return bestMatch(owner, [word]) < SAME_NAME;
    if (word.functionWord || word.capitalized || !/^\s+$/.test(text.slice(word.end, sentenceWords[back + 1]!.start))) return false;
  }
  return false;
}

// "Mendes will hold a meeting with Okafor" is not the meeting "When will Mendes and Lopez meet?" asks about, nor the
// one a headline tells of ("Mendes to Meet with Lopez in Lisbon") when the question names no one else: the event is said
// with someone else, and one it is with is missing from the sentence. The sentence's other words for it ("their
// fourth encounter") are that other event's too.
function partnersAsked(focus: Word, named: readonly Word[], headline: readonly Word[]): readonly Word[] {
  if (named.length >= 2) return named;
  // "When will the Lisbon meeting happen?" is on the headline's event too.
  if (named.some((name) => bestMatch(name, headline) < SAME_NAME)) return [];
  const at = headline.findIndex((word, index) => headline[index + 1]?.lower === 'with' && matchStrength(focus, word) > 0);
  if (at < 0) return [];
  const after = headline.slice(at + 2);
  const end = after.findIndex((word) => word.functionWord || !word.capitalized);
  return end < 0 ? after : after.slice(0, end);
}

function saidWithAnother(focus: Word, partners: readonly Word[], sentenceWords: readonly Word[]): boolean {
  if (partners.length === 0 || partners.every((partner) => bestMatch(partner, sentenceWords) >= SAME_NAME)) return false;
  return sentenceWords.some((word, index) => {
    if (word.capitalized || matchStrength(focus, word) === 0 || sentenceWords[index + 1]?.lower !== 'with') return false;
    const partner = sentenceWords.slice(index + 2).find((next) => !next.functionWord);
    return partner !== undefined && partner.capitalized && !partners.some((asked) => bestMatch(asked, [partner]) >= SAME_NAME);
  });
}
