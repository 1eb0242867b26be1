import type { MentionKind } from './mentions.js';
import { cleanQuestion } from './question.js';
import {
  classifyOpening,
  EXPECTED_MENTIONS,
  isAuxiliary,
  kindAskedInUnit,
  kindForUnit,
  kindsForCategory,
  type QuestionType,
} from './question-type.js';
import { SPEECH_VERB } from '../language/speech-verbs.js';
import { nameRuns, NO_PEOPLE } from './mention-names.js';
import { questionParts } from './question-restatement.js';
import { term, words, type Word } from './words.js';

/** A word the answer must be about, and how much it counts next to the others. */
export interface FocusWord {
  word: Word;
  /** 1 for ordinary content words; less for words that name the answer's kind or only say how it was said. */
  factor: number;
  /**
   * The word names the kind of answer wanted ("country" in "Which country…", "cost" in "How much will it
   * cost?"), so a mention of that kind ("Japan", "$9,000") stands for it in an answer.
   */
  namesKind: boolean;
  /** A light word ("held", "took part", "final") that a story may well say its own way or not at all. */
  light: boolean;
}

/** What a question asks and what its answer must be about. */
export interface QuestionAnalysis {
  /** The question as analysed: cleaned, without polite wrapping ("Can you tell me…") or the final "?". */
  text: string;
  type: QuestionType;
  /** The kinds of mention that answer it: a where-question wants a place. Empty: any sentence on the focus. */
  expects: MentionKind[];
  /** The content words an answer must cover. */
  focus: FocusWord[];
  /** The noun of a "what/which N" question ("country", "weapons"), which names the answer's kind. */
  category: string | null;
  /** For identity questions, the name asked about; for quote questions, the speaker. */
  subject: string | null;
  /** For quote questions, what the speaker spoke about ("Porto" in "What did X say about Porto?"). */
  topic: string | null;
  /** The names the question uses ("Harbor Foods", "Lee"): a paragraph that never names them cannot answer it. */
  names: Word[][];
  /** The question's main verb among its focus words ("sponsors" in "Who sponsors the bill?"), if it has one. */
  verb: Word | null;
}

// Words that wrap a question without being part of it: "And", "So", "Can you tell me", "I'd like to know".
const WRAPPING = [
  /^(?:and|so|but|also|ok(?:ay)?|well|then|now|hey|hi|hello|please|oh|right)\b[,\s]*/i,
  /^(?:can|could|would|will) you (?:please )?(?:tell me|say|explain|let me know)\b[,:\s]*/i,
  /^(?:do|does) (?:you|anyone) know\b[,:\s]*/i,
  /^(?:i(?:'d| would) like to know|i want to know|i wonder|i'm wondering|tell me|please tell me|explain)\b[,:\s]*/i,
  /^according to (?:the|this) (?:story|article|report|piece|text)\b[,\s]*/i,
  // "In how many countries…", "By how much…", "For how long…": the question word after a preposition.
  /^(?:in|by|for|to|from|at|on|since|until|with|of|during)\s+(?=(?:how|what|which|who|whom|whose|when|where)\b)/i,
];
// "(Can you tell me) who Dana Reyes is": an embedded question, put back in question order.
const EMBEDDED_ORDER = /^(who|what|where|when|why|how(?:\s+(?:many|much|far|long|old))?)\s+(.+?)\s+(is|are|was|were)$/i;
const TRAILING = /[,\s]*(?:(?:according to|in|from) (?:the|this) (?:story|article|report|piece|text))?[\s?.!]*$/i;

// "What did X say about Y?", "What has X told Y?", "How did X respond to Y?", "What does X think of Y?"
const QUOTE_QUESTION = new RegExp(
  String.raw`^(?:what|how)\s+(?:did|does|do|has|have|had|is|was|were|will|would)\s+(.+?)\s+(?:${SPEECH_VERB}|think|thought|mean|meant|react|reacted|feel|felt|call|calls|called)\b\s*(.*)$`,
  'i',
);
// "What was X's reaction to Y?", "What is X's view on Y?"
const STANCE_QUESTION =
  /^what\s+(?:is|was|are|were)\s+(.+?)['\u2019]s?\s+(?:reaction|response|comment|comments|view|views|position|stance|message|opinion|take|argument|warning)\b\s*(.*)$/i;
// "Who is X?", "What is X?", "Who's X?", "What does X stand for?"
const IDENTITY_QUESTION = /^(?:who|what)(?:\s+(?:is|was|are|were)|['\u2019]s)\s+(.+)$/i;
const STANDS_FOR_QUESTION = /^what\s+(?:does|did|do)\s+(.+?)\s+(?:stand for|mean)$/i;

const NOT_A_SPEAKER = /^(?:the |this |that )?(?:story|article|report|piece|text|author|writer|it|they)$/i;
// Words a question uses for the story itself or the act of telling, never for what it is about.
const META_WORDS = new Set(['story', 'article', 'report', 'piece', 'text', 'mention', 'mentioned', 'happen', 'happened', 'happening']);
// Light verbs and verbs of saying: an answer may well use others ("noted", "remarked").
const SOFT_TERMS = new Set([
  'say', 'said', 'says', 'saying', 'tell', 'told', 'state', 'stated', 'claim', 'claimed', 'mean', 'meant', 'describe',
  'described', 'talk', 'talked', 'speak', 'spoke', 'make', 'made', 'get', 'got', 'go', 'went', 'come', 'came', 'take',
  'took', 'give', 'gave', 'put', 'use', 'used', 'include', 'included', 'involve', 'involved', 'plan', 'planned',
  'expect', 'expected', 'respond', 'responded', 'react', 'reacted', 'reaction', 'response', 'view', 'position',
  'stance', 'comment', 'think', 'thought', 'feel', 'felt', 'stand', 'currently', 'exactly', 'actually', 'specifically',
  'new', 'recent', 'recently', 'latest', 'current',
  // Verbs that only say an event took place ("the trial was run", "the event was held", "took part") or was due
  // to ("need to save"), and adjectives a story seldom repeats ("the final score", "the official figure").
  'run', 'hold', 'held', 'conduct', 'part', 'place', 'need', 'final', 'overall', 'official', 'exact', 'precise',
  // Nouns that point at whatever the story is about ("the case", "the incident") rather than name it.
  'case', 'incident', 'matter', 'situation',
].map(term));
// The particle of a phrasal verb ("paid back", "set up") belongs to the verb, and the story may use another
// verb for both ("repaid", "founded").
const PARTICLES = /^(?:back|up|out|off|down|away|over|along|aside|forward)$/i;
const CATEGORY_FACTOR = 0.3;
// Attributes a story states without naming them: "will be held in Lisbon" gives a location, "£95m barrier" a cost.
const GENERIC_ATTRIBUTES = new Set(
  ('location place site venue range distance length size cost price value worth date time day year month age ' +
    'height width depth speed weight duration percentage rate share revenue revenues sales profit profits income ' +
    'score result record tally')
    .split(' '),
);
// Category nouns that only say "a figure" ("the number of", "how many times"): never in the answer's words.
const EMPTY_CATEGORIES = new Set(['number', 'numbers', 'amount', 'total', 'figure', 'count', 'times', 'kind', 'type', 'sort']);
// In "how much will it cost?" the verb says the answer is money, and the answer need not repeat it. Some of these
// words only name money, and a figure answers them ("cost", "price"); the rest name an act with money ("earn",
// "spend"), which the answer must tell of as well.
const MONEY_TERMS = new Set(['money', 'cash', 'dollars', 'cost', 'price', 'pay', 'spend', 'worth', 'fund', 'budget', 'earn', 'charge', 'owe', 'invest', 'raise', 'contribute', 'sell', 'buy'].map(term));
const MONEY_KIND_TERMS = new Set(['money', 'cash', 'dollars', 'cost', 'price', 'worth', 'budget'].map(term));
// "far" in "how far": it says what is measured and is never in the answer ("995 miles").
const MEASURE_WORDS = new Set(['far', 'close', 'long', 'tall', 'high', 'deep', 'wide', 'big', 'large', 'small', 'heavy', 'fast', 'old', 'often', 'strong', 'powerful']);
const SOFT_FACTOR = 0.35;
const TIME_UNITS = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)$/;

/** Reads a question: its type, the kind of answer it expects, and the words the answer must be about. */
export function analyzeQuestion(question: string): QuestionAnalysis {
  const text = unwrap(cleanQuestion(question));
  const questionWords = words(text);
  const opening = classifyOpening(questionWords.map((word) => word.lower));
  const parts = questionParts(text);
  let type = opening.type;
  let expects: MentionKind[] = opening.kinds.length > 0 ? opening.kinds : EXPECTED_MENTIONS[type];
  let category = type === 'how-many' ? countedNoun(questionWords) : opening.category;
  // "How many years did prosecutors ask for?" counts a length of time: "10 years".
  if (type === 'how-many' && category !== null && TIME_UNITS.test(category)) expects = ['duration', 'number'];
  let isAttribute = false;
  let subject: string | null = null;
  let topic: string | null = null;

  const quote = QUOTE_QUESTION.exec(text) ?? STANCE_QUESTION.exec(text);
  const identity = STANDS_FOR_QUESTION.exec(text) ?? IDENTITY_QUESTION.exec(text);
  if (quote && !NOT_A_SPEAKER.test(quote[1]!.trim())) {
    type = 'quote';
    expects = [];
    category = null;
    subject = quote[1]!.trim();
    topic = quote[2]!.replace(/^(?:about|of|on|regarding|concerning|to|in response to|over)\s+/i, '').trim() || null;
  } else if (identity && (looksLikeName(identity[1]!) || looksLikeTerm(identity[1]!))) {
    type = 'identity';
    expects = [];
    category = null;
    subject = identity[1]!.replace(/^(?:the|an?)\s+/i, '').trim();
  } else if (type === 'what' && category === null) {
    const attribute = attributeNoun(text);
    const kinds = attribute ? kindsForCategory(attribute) : [];
    if (attribute && kinds.length > 0) {
      category = attribute;
      isAttribute = true;
      expects = kinds;
      type = kinds.includes('time') ? 'when' : kinds.includes('place') ? 'what' : 'measure';
    }
  }

  const unitWords = questionWords.filter((word, index) => kindAskedInUnit(word.lower, questionWords[index - 1]?.lower) !== null);
  const unitKinds = unitWords.map((word) => kindForUnit(word.lower)!);
  if (unitKinds.length > 0 && type !== 'quote' && type !== 'identity') {
    expects = unitKinds;
    if (type === 'what') type = 'measure';
  }

  const moneyWord = type === 'how-much' ? questionWords.find((word) => MONEY_TERMS.has(word.term)) : undefined;
  if (moneyWord) expects = ['money'];

  const focus = questionWords
    .filter((word) => !word.functionWord && !META_WORDS.has(word.lower) && !unitWords.includes(word))
    .filter((word, index, all) => all.findIndex((other) => other.term === word.term) === index)
    .map((word): FocusWord => {
      const factor = word === moneyWord ? CATEGORY_FACTOR : focusFactor(word, category, type, isAttribute);
      const kindWord = word.lower === category && factor < 1 && kindsForCategory(word.lower).length > 0;
      const namesKind = (word === moneyWord && MONEY_KIND_TERMS.has(word.term)) || kindWord;
      return { word, factor, namesKind, light: factor === SOFT_FACTOR };
    })
    .filter((focusWord) => focusWord.factor > 0);
  const names = nameRuns(text, questionWords, NO_PEOPLE)
    .map((run) => run.words.filter((word) => !word.functionWord))
    .filter((run) => run.length > 0);

  const verbText = parts?.verb?.toLowerCase();
  const verb = focus.find((focusWord) => focusWord.word.lower === verbText)?.word ?? null;
  const particle = verb && parts?.rest[0] && PARTICLES.test(parts.rest[0]) ? parts.rest[0].toLowerCase() : null;
  const focusWithoutParticle = particle ? focus.filter((focusWord) => focusWord.word.lower !== particle) : focus;

  return { text, type, expects, focus: focusWithoutParticle, category, subject, topic, names, verb };
}

function focusFactor(word: Word, category: string | null, type: QuestionType, isAttribute: boolean): number {
  if (category === null || word.lower !== category) return SOFT_TERMS.has(word.term) ? SOFT_FACTOR : 1;
  if (MEASURE_WORDS.has(word.lower) || EMPTY_CATEGORIES.has(word.lower)) return 0;
  // The counted noun ("how many workers") and an attribute that is only "a number" ("the population of")
  // stand next to the figure in the answer; so does a specific attribute ("the capital of X": a city named
  // in a story about X is not its capital). A category such as "country" or "weapons", or a generic attribute
  // ("the location of", "the cost of"), seldom does.
  const kinds = kindsForCategory(word.lower);
  if (type === 'how-many' || (kinds.length > 0 && kinds.every((kind) => kind === 'number'))) return 1;
  if (isAttribute && !GENERIC_ATTRIBUTES.has(word.lower)) return 1;
  return CATEGORY_FACTOR;
}

// "What is the range of X?", "What was Lumen's third-quarter revenue?": in a what-is question without a verb,
// the head noun of what is asked about ("range", "revenue") names the kind of answer.
function attributeNoun(question: string): string | null {
  const parts = questionParts(question);
  if (!parts || parts.head.join(' ') !== 'what' || parts.verb !== null || !/^(?:is|was|are|were)$/i.test(parts.auxiliary ?? '')) {
    return null;
  }
  const phrase = [...parts.subject, ...parts.rest];
  const preposition = phrase.findIndex((word, index) => index > 0 && /^(?:of|for|in|on|at|to|from|with|between|during)$/i.test(word));
  const head = (preposition < 0 ? phrase : phrase.slice(0, preposition)).at(-1);
  return head ? head.toLowerCase().replace(/['\u2019]s?$/, '').split('-').at(-1)! : null;
}

// "How many Fold Pro units does…" counts units: the word before the auxiliary that ends the noun phrase, when
// one does within a few words; else the word after "many" ("How many vehicles cross the bridge").
const COUNTED_PHRASE_WORDS = 4;

function countedNoun(questionWords: readonly Word[]): string | null {
  const phrase = questionWords.slice(2, 2 + COUNTED_PHRASE_WORDS + 1);
  const auxiliary = phrase.findIndex((word) => isAuxiliary(word.lower));
  return (auxiliary > 0 ? phrase[auxiliary - 1] : phrase[0])?.lower ?? null;
}

function unwrap(question: string): string {
  let text = question;
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of WRAPPING) {
      const next = text.replace(pattern, '');
      if (next !== text && next.length > 0) {
        text = next;
        changed = true;
      }
    }
  }
  text = text.replace(TRAILING, '');
  return text.replace(EMBEDDED_ORDER, '$1 $3 $2');
}

// A term a story may define, asked about in lower case: "What is lipoprotein(a)?", "What is a filibuster?". One
// word, or two after "a"/"an"; not a word of the question's own ("new", "happening").
const TERM = /^(?:(?:a|an)\s+)?(\p{Ll}[\p{Ll}-]+(?:\([\p{L}\d]{1,4}\))?)(?:\s+(\p{Ll}[\p{Ll}-]+))?$/u;

function looksLikeTerm(phrase: string): boolean {
  const term = TERM.exec(phrase.trim());
  if (!term || (term[2] !== undefined && !/^an?\s/i.test(phrase.trim()))) return false;
  return words(phrase)
    .filter((word) => !/^an?$/.test(word.lower))
    .every((word) => !word.functionWord && !/ing$/.test(word.lower) && !SOFT_TERMS.has(word.term));
}

// A name, not a description: capitalised words ("Mark Lee", "the BBC", "NATO") with at most small words
// between them. "Duarte's chief intermediary with Okafor" is a description, and asks "who", not "who is".
function looksLikeName(phrase: string): boolean {
  const phraseWords = words(phrase.replace(/^the\s+/i, ''));
  if (phraseWords.length === 0 || phraseWords.length > 6) return false;
  return phraseWords.every((word) => word.capitalized || word.acronym || /^(?:of|for|the|and|de|van|von|al)$/.test(word.lower))
    && (phraseWords[0]!.capitalized || phraseWords[0]!.acronym);
}
