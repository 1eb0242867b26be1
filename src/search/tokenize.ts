import { stem } from '../language/stems.js';
import { abbreviatedTitleIn, abbreviatedTitles } from '../language/titles.js';
import { baseFormOfIrregularVerb } from './lemmas.js';
import { isStopWord } from './stopwords.js';

/**
 * Text analysis for the paragraph index, used identically for paragraphs and for questions.
 *
 * `tokenize` cuts text into tokens that keep their case and inner punctuation ("U.S.", "1,600", "Russia's",
 * "long-range"); `processTerm` turns one token into the terms the index holds, or none for a stop word.
 * Case is looked at before it is dropped, so "US" (an acronym) survives where "us" (a pronoun) does not.
 */

// A run of letters by dots, one letter each: "U.S.", "p.m.", "D.C." (but not "St.Louis" or "end.Next").
const DOTTED_ABBREVIATION = String.raw`\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])`;
// An abbreviated title with its full stop, which tells it from a word: "Gov.", "Sen.", "Lt." (but "SEC" is no title).
const TITLE_ABBREVIATION = String.raw`(?:${abbreviatedTitles()
  .map(([abbreviation]) => abbreviation[0]!.toUpperCase() + abbreviation.slice(1))
  .join('|')})\.(?![\p{L}\p{N}])`;
// Letters and digits, with a dot or comma allowed between two digits: "Harbour", "1,600", "2.5", "F16".
const WORD = String.raw`[\p{L}\p{N}\p{M}]+(?:(?<=\p{N})[.,](?=\p{N})[\p{L}\p{N}\p{M}]+)*`;
// What may join two parts into one token: hyphens, a non-breaking hyphen, an en dash, apostrophes.
const JOINER = String.raw`[\-\u2010\u2011\u2013'\u2019\u02BC]`;
const PART = `(?:${DOTTED_ABBREVIATION}|${TITLE_ABBREVIATION}|${WORD})`;
const TOKEN = new RegExp(`${PART}(?:${JOINER}${PART})*`, 'gu');

const LOWERCASE_LETTER = /\p{Ll}/u;
const WORD_WITH_LETTERS = /\p{L}{2,}/gu;
// A question typed with caps lock on would turn every word into an acronym; three words without a lowercase
// letter are shouting, not a row of acronyms.
const MIN_SHOUTED_WORDS = 3;

/** Splits text into tokens, keeping case, dotted abbreviations, numbers with separators and compounds whole. */
export function tokenize(text: string): string[] {
  const shouted = !LOWERCASE_LETTER.test(text) && (text.match(WORD_WITH_LETTERS)?.length ?? 0) >= MIN_SHOUTED_WORDS;
  return (shouted ? text.toLowerCase() : text).match(TOKEN) ?? [];
}

/**
 * The index terms of one token: none for a stop word; one for most words (lowercased, diacritics folded,
 * irregular verbs put in their base form, stemmed as the answerer stems words: irregular plurals, British
 * spellings, then Porter, see `stem` in src/language/stems.ts); a compound gives its parts and the whole
 * ("long-range" → "long", "rang", "long-rang"); an acronym gives itself and its stem, so "NASDAQ" matches a
 * question typed as "nasdaq"; a number gives itself without thousands separators ("1,600" → "1600").
 */
export function processTerm(token: string): string[] {
  const folded = foldCharacters(token);
  const title = spelledOutTitle(folded);
  if (title !== undefined) return unique([...analyzeWord(folded.replace(/\.$/, ''), false), ...analyze(title)]);
  const parts = folded.split('-').filter((part) => part.length > 0);
  if (parts.length <= 1) return analyzeWord(parts[0] ?? '', false);

  const terms = parts.flatMap((part) => analyzeWord(part, false));
  const whole = parts.map((part) => analyzeWord(part, true)[0] ?? part.toLowerCase()).join('-');
  return unique([...terms, whole]);
}

/** Every index term of a text, in order: `tokenize` then `processTerm`. */
export function analyze(text: string): string[] {
  return tokenize(text).flatMap(processTerm);
}

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2019\u02BC]/g;
const DASHES = /[\u2010\u2011\u2013]/g;

/** Folds what differs only in typing: diacritics ("Gonçalves"), curly apostrophes and the kinds of hyphen. */
function foldCharacters(token: string): string {
  return token.normalize('NFKD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'").replace(DASHES, '-');
}

const POSSESSIVE = /'s$/i;
const NEGATED = /n't$/i;
// The contracted verbs whose stem is not the word before "n't": "won't", "can't", "shan't".
const IRREGULAR_NEGATED_STEMS: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };
// "they're", "we've", "he'd", "I'm", "you'll": the part after the apostrophe is an auxiliary verb.
const AUXILIARY_CONTRACTION = /'(?:re|ve|d|m|ll)$/i;
const ABBREVIATION_WITH_DOTS = /^\p{L}(?:\.\p{L})+\.?$/u;
const NUMBER = /^\p{N}[\p{N},]*(?:\.\p{N}+)*$/u;
// A number run into its unit or suffix: "48m", "10km", "1990s", "3rd".
const NUMBER_WITH_SUFFIX = /^(\p{N}[\p{N},]*(?:\.\p{N}+)*)\p{L}+$/u;

/** The terms of one word without hyphens; `keepStopWord` is for the parts of a compound's whole form. */
function analyzeWord(word: string, keepStopWord: boolean): string[] {
  if (word.length === 0) return [];
  if (NEGATED.test(word)) {
    const verb = word.slice(0, -3);
    const base = IRREGULAR_NEGATED_STEMS[verb.toLowerCase()] ?? verb;
    return unique([...analyzeWord(base, keepStopWord), 'not']);
  }
  const bare = word.replace(POSSESSIVE, '').replace(AUXILIARY_CONTRACTION, '');
  if (ABBREVIATION_WITH_DOTS.test(bare)) return [bare.replaceAll('.', '').toLowerCase()];
  if (NUMBER.test(bare)) return [bare.replaceAll(',', '')];

  const numberAndSuffix = NUMBER_WITH_SUFFIX.exec(bare);
  if (numberAndSuffix) return unique([bare.replaceAll(',', '').toLowerCase(), numberAndSuffix[1]!.replaceAll(',', '')]);

  const lower = bare.replaceAll("'", '').toLowerCase();
  if (isAcronym(bare)) return unique([lower, stem(lower)]);
  const base = baseFormOfIrregularVerb(lower);
  if (!keepStopWord && (isStopWord(lower) || isStopWord(base))) return [];
  return [stem(base)];
}

/**
 * The title an abbreviation written before a name stands for, as the answerer reads it (`abbreviatedTitleIn`):
 * "Gov." is "Governor", "Cllr" is "Councillor" with or without its full stop, "Gen" without one is no title.
 * So "What did the governor say?" finds "Gov. Mike Rourke said", and the acronym "SEC" is not a secretary.
 */
function spelledOutTitle(token: string): string | undefined {
  if (!/^\p{Lu}/u.test(token)) return undefined;
  const beforeFullStop = token.endsWith('.');
  return abbreviatedTitleIn(beforeFullStop ? token.slice(0, -1) : token, beforeFullStop);
}

/** "NATO", "NASA", "US": two or more letters and no lowercase one. */
function isAcronym(word: string): boolean {
  return !LOWERCASE_LETTER.test(word) && (word.match(/\p{L}/gu)?.length ?? 0) >= 2;
}

function unique(terms: string[]): string[] {
  return [...new Set(terms)];
}
