import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';

/**
 * The base form of an irregular verb form ("told" → "tell", "met" → "meet", "fell" → "fall", "sold" → "sell"),
 * or the word itself. Porter stemming only strips regular endings, and news is written in the past tense that
 * questions ask about in the present ("When did they meet?" against "they met"). Only WordNet's table of
 * exceptions is loaded, not a whole lemmatizer, so start-up stays fast.
 */
export function baseFormOfIrregularVerb(lowercased: string): string {
  return Object.hasOwn(verbExceptions, lowercased) ? verbExceptions[lowercased]! : lowercased;
}
