import { expandContractions } from '../language/contractions.js';
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
import {
  CATEGORY_FACTOR,
  CHANGE_TERMS,
  focusFactor,
  isMetaWord,
  isPlainSaying,
  MONEY_KIND_TERMS,
  MONEY_TERMS,
  occurrencePhrase,
  PARTICLES,
  SOFT_FACTOR,
} from './focus-weights.js';
import { nameRuns, NO_PEOPLE } from './mention-names.js';
import { identitySubject, nameAsked, quoteForm } from './question-forms.js';
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
  /**
   * The word is the headline's, read in for a question with no words of its own ("Where did it happen?"): it
   * finds the sentence, but a mention in it ("Elm Street") is still news to the asker.
   */
  borrowed?: true;
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
  /** The head of the question's subject among its focus words ("contract" in "How much is the towing contract worth?"). */
  subjectHead: Word | null;
}

// Words that wrap a question without being part of it: "And", "So", "Can you tell me", "I'd like to know".
const WRAPPING = [
  /^(?:and|so|but|also|ok(?:ay)?|well|then|now|hey|hi|hello|please|oh|right)\b[,\s]*/i,
  /^(?:can|could|would|will) you (?:please )?(?:tell me|say|explain|let me know)\b[,:\s]*/i,
  /^(?:do|does) (?:you|anyone) know\b[,:\s]*/i,
  /^(?:i(?:'d| would) like to know|i want to know|i wonder|i(?:'m| am) wondering|tell me|please tell me|explain)\b[,:\s]*/i,
  /^according to (?:the|this) (?:story|article|report|piece|text)\b[,\s]*/i,
  // "In how many countries…", "By how much…", "For how long…": the question word after a preposition.
  /^(?:in|by|for|to|from|at|on|since|until|with|of|during)\s+(?=(?:how|what|which|who|whom|whose|when|where)\b)/i,
];
// "(Can you tell me) who Dana Reyes is": an embedded question, put back in question order.
const EMBEDDED_ORDER = /^(who|what|where|when|why|how(?:\s+(?:many|much|far|long|old))?)\s+(.+?)\s+(is|are|was|were)$/i;
const TRAILING = /[,\s]*(?:(?:according to|in|from) (?:the|this) (?:story|article|report|piece|text))?[\s?.!]*$/i;

const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/;
const TIME_UNITS = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)$/;

/** Reads a question: its type, the kind of answer it expects, and the words the answer must be about. */
export function analyzeQuestion(question: string): QuestionAnalysis {
  // "How much time will it take?" asks how long.
  // "Where's the meeting?" asks where, as "Where is the meeting?" does.
  const text = withPlainFuture(unwrap(expandContractions(cleanQuestion(question)))).replace(/^how much time\b/i, (phrase) =>
    phrase.startsWith('H') ? 'How long' : 'how long',
  );
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

  const quote = quoteForm(text);
  const identity = quote ? null : identitySubject(text);
  if (quote) {
    type = 'quote';
    expects = [];
    category = null;
    subject = quote.speaker;
    topic = quote.topic;
  } else if (identity) {
    type = 'identity';
    expects = [];
    category = null;
    subject = identity;
  } else if (type === 'what' && category === null) {
    const attribute = attributeNoun(text);
    const kinds = attribute ? kindsForCategory(attribute) : [];
    if (attribute && kinds.length > 0) {
      category = attribute;
      isAttribute = true;
      expects = kinds;
      type = kinds.includes('time') ? 'when' : kinds.includes('place') || kinds.includes('designation') ? 'what' : 'measure';
    }
    // "What is the tour called?": a name the story gives the tour answers, and the answer need not say "called".
    const naming = nameAsked(text);
    if (naming) {
      category = naming;
      expects = ['designation'];
    }
  }

  const unitWords = questionWords.filter((word, index) => kindAskedInUnit(word.lower, questionWords[index - 1]?.lower) !== null);
  const unitKinds = unitWords.map((word) => kindForUnit(word.lower)!);
  if (unitKinds.length > 0 && type !== 'quote' && type !== 'identity') {
    expects = unitKinds;
    if (type === 'what') type = 'measure';
  }

  const moneyWord = type === 'how-much' ? questionWords.find((word) => MONEY_TERMS.has(word.term)) : undefined;
  // "How much has their pay fallen?" asks a change, which a story gives in money or as a share ("by a fifth").
  const asksChange = questionWords.some((word) => CHANGE_TERMS.has(word.term));
  if (moneyWord) expects = asksChange ? ['money', 'percent'] : ['money'];

  // "talks" in "Where will talks take place?" is the event asked about, not a verb of saying.
  const subjectTokens = (parts?.subject ?? []).map((token) => token.replace(/[^\p{L}\p{N}'-]/gu, ''));
  const subjectTerms = new Set(subjectTokens.map(term));
  const asksDuration = type === 'measure' && category === 'long';
  const happening = occurrencePhrase(questionWords);
  // "the two leaders", "the three firms": a count after "the" points back at those the story names, and a sentence
  // that calls them "their" or names them is about them without the count.
  const countsBack = questionWords.filter((word, index) => COUNT_WORD.test(word.lower) && questionWords[index - 1]?.lower === 'the');
  // "How much are fees going up?": the fees that change are the subject, which "the rise will bring in £14m" does
  // not name; in "How much will it cost?" the money word only names the answer's kind.
  const changingMoney = moneyWord !== undefined && asksChange && subjectTerms.has(moneyWord.term);
  const focus = questionWords
    .filter((word) => !word.functionWord && !isMetaWord(word.lower) && !unitWords.includes(word) && !happening.includes(word))
    // "What did Lee say?" is answered by "Lee told reporters…" as well as by "Lee said": the speaker's words are
    // found by who speaks them (see `spokenBy`), whatever verb brings them in.
    .filter((word) => type !== 'quote' || !isPlainSaying(word))
    .filter((word, index, all) => all.findIndex((other) => other.term === word.term) === index)
    .map((word): FocusWord => {
      const factor =
        word === moneyWord && !changingMoney
          ? CATEGORY_FACTOR
          : countsBack.includes(word)
            ? SOFT_FACTOR
            : focusFactor(word, { category, type, isAttribute, subject: subjectTerms, asksDuration });
      const kindWord = word.lower === category && factor < 1 && kindsForCategory(word.lower).length > 0;
      const namesKind = (word === moneyWord && !changingMoney && MONEY_KIND_TERMS.has(word.term)) || kindWord;
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

  const headText = subjectTokens.at(-1)?.toLowerCase();
  const subjectHead = focusWithoutParticle.find((focusWord) => focusWord.word.lower === headText)?.word ?? null;
  return { text, type, expects, focus: focusWithoutParticle, category, subject, topic, names, verb, subjectHead };
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
  // "How many were sold in Canada?" names nothing it counts.
  if (auxiliary === 0) return null;
  return (auxiliary > 0 ? phrase[auxiliary - 1] : phrase[0])?.lower ?? null;
}

// "Where is the summit going to be?" asks what "Where will the summit be?" asks; "going" is no word of its event.
// Only before a verb: "Is Lee going to Paris?", "going to the summit" tell of a journey. The pattern takes a
// question word (with its noun: "which city"), the auxiliary, the subject if any, then "going to" and a verb.
// "When was it meant to take effect?" asks the same of a plan ("due to come into force"), and so do "supposed to",
// "scheduled to", "set to" and "expected to".
const GOING_TO = /^((?:(?:who|what|which|where|when|why|how)(?:\s+\w+)?\s+)?)(is|are|am|was|were)\s+(?:(.+?)\s+)?(?:going|meant|supposed|scheduled|set|expected)\s+to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)(?=(\S))/i;

function withPlainFuture(question: string): string {
  return question.replace(GOING_TO, (match, opening: string, auxiliary: string, subject: string | undefined, next: string) => {
    if (!/\p{Ll}/u.test(next)) return match;
    const past = /^(?:was|were)$/i.test(auxiliary);
    const modal = opening === '' && /^\p{Lu}/u.test(auxiliary) ? (past ? 'Would' : 'Will') : past ? 'would' : 'will';
    return `${opening}${modal} ${subject ? `${subject} ` : ''}`;
  });
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
