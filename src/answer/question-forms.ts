import { isIrregularForm } from '../language/irregular-verbs.js';
import { isNameWord } from '../language/naming.js';
import { isOrganisationWord } from '../language/organisations.js';
import { SPEECH_VERB } from '../language/speech-verbs.js';
import { isPersonNoun } from '../language/titles.js';
import { isSoftTerm } from './focus-weights.js';
import { words } from './words.js';

/*
 * The two shapes of question the answerer answers in their own way: what someone said ("What did Lee say about
 * taxes?", "What was Lee's reaction?") and who or what something is ("Who is Mark Lee?", "What does NATO stand
 * for?", "What is Ellery known for?").
 */

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
// "What is Ellery known for?", "Why is Okafor famous?": what the story says someone is.
const KNOWN_FOR_QUESTION = /^(?:what|why)\s+(?:is|was|are|were)\s+(.+?)\s+(?:best\s+|most\s+|well\s+|widely\s+)?(?:known|famous|remembered|celebrated)(?:\s+for)?$/i;

const NOT_A_SPEAKER = /^(?:the |this |that )?(?:story|article|report|piece|text|author|writer|it|they)$/i;

/** A question about what someone said: who spoke, and what about (null when the question names no topic). */
export interface QuoteForm {
  speaker: string;
  topic: string | null;
}

/** The speaker and topic of a "What did X say about Y?" question, or null for any other question. */
export function quoteForm(text: string): QuoteForm | null {
  const quote = QUOTE_QUESTION.exec(text) ?? STANCE_QUESTION.exec(text);
  if (!quote || NOT_A_SPEAKER.test(quote[1]!.trim()) || !looksLikeSpeaker(quote[1]!)) return null;
  const topic = quote[2]!.replace(/^(?:about|of|on|regarding|concerning|to|in response to|over)\s+/i, '').trim();
  return { speaker: quote[1]!.trim(), topic: topic || null };
}

/** The name or term a "Who is X?", "What does X stand for?" or "What is X known for?" question asks about, or null. */
export function identitySubject(text: string): string | null {
  const standsFor = STANDS_FOR_QUESTION.exec(text);
  const identity = standsFor ?? KNOWN_FOR_QUESTION.exec(text) ?? IDENTITY_QUESTION.exec(text);
  if (!identity) return null;
  const asked = identity[1]!;
  if (!looksLikeName(asked) && !looksLikeTerm(asked) && !(standsFor !== null && looksLikePhrase(asked))) return null;
  return asked.replace(/^(?:the|an?)\s+/i, '').trim();
}

// A term a story may define, asked about in lower case: "What is lipoprotein(a)?", "What is a filibuster?". One
// word, or two after "a"/"an"; not a word of the question's own ("new", "happening").
const TERM = /^(?:(?:a|an)\s+)?(\p{Ll}[\p{Ll}-]+(?:\([\p{L}\d]{1,4}\))?)(?:\s+(\p{Ll}[\p{Ll}-]+))?$/u;

function looksLikeTerm(phrase: string): boolean {
  const term = TERM.exec(phrase.trim());
  if (!term || (term[2] !== undefined && !/^an?\s/i.test(phrase.trim()))) return false;
  return words(phrase)
    .filter((word) => !/^an?$/.test(word.lower))
    .every((word) => !word.functionWord && !/ing$/.test(word.lower) && !isSoftTerm(word.term) && !isParticiple(word.lower));
}

// "Who was arrested?", "Who was taken to hospital?" ask who, in the passive, not who "arrested" is.
function isParticiple(lower: string): boolean {
  return (lower.length > 4 && /[^e]ed$/.test(lower)) || isIrregularForm(lower);
}

// "What does official party status mean?": a few lowercase words of substance, asked to be defined.
const DEFINED_PHRASE_WORDS = 4;

function looksLikePhrase(phrase: string): boolean {
  const phraseWords = words(phrase.replace(/^(?:the|an?)\s+/i, ''));
  return phraseWords.length > 0 && phraseWords.length <= DEFINED_PHRASE_WORDS && phraseWords.every((word) => !word.functionWord && !word.capitalized);
}

// Someone who can say something: a name ("Lee", "the BBC"), a pronoun, or a phrase headed by a word for a person or
// a body ("the governor", "Ellery's lawyer", "the union", "officials"). "What did the 1968 paper argue?" and "What
// does the delay mean for traders?" ask what a thing says or means, which the story tells in its own words.
function looksLikeSpeaker(phrase: string): boolean {
  const head = words(phrase).at(-1);
  if (head === undefined) return false;
  if (head.capitalized || head.acronym) return true;
  const noun = head.lower.replace(/['\u2019]s?$/, '');
  if (/^(?:he|she|they|we|you|i|it|him|her|them)$/.test(noun)) return true;
  return [noun, noun.replace(/s$/, ''), noun.replace(/ies$/, 'y')].some((form) => isPersonNoun(form) || isOrganisationWord(form) || SPEAKING_BODIES.has(form));
}

// Bodies and groups of people that speak in news, beyond the role nouns and organisation words.
const SPEAKING_BODIES = new Set('jury juror panel voter critic supporter opponent protester demonstrator fan family relative neighbour neighbor staff crew team'.split(' '));

// A name, not a description: capitalised words ("Mark Lee", "the BBC", "NATO") with at most small words
// between them. "Duarte's chief intermediary with Okafor" is a description, and asks "who", not "who is".
function looksLikeName(phrase: string): boolean {
  const phraseWords = words(phrase.replace(/^the\s+/i, ''));
  if (phraseWords.length === 0 || phraseWords.length > 6) return false;
  return phraseWords.every((word) => word.capitalized || word.acronym || /^(?:of|for|the|and|de|van|von|al)$/.test(word.lower))
    && (phraseWords[0]!.capitalized || phraseWords[0]!.acronym);
}

// "What is the name of the drug?", "What is the drug's name?", "What is the tour called?", "What will it be named?"
const NAME_OF_QUESTION = /^what(?:\s+(?:is|was|are|were|will be|would be)|['\u2019]s)\s+(?:the\s+)?(names?)\s+(?:of|for)\b/i;
const POSSESSED_NAME_QUESTION = /^what(?:\s+(?:is|was|are|were)|['\u2019]s)\s+.+?['\u2019]s?\s+(names?)$/i;
const CALLED_QUESTION = /^what\s+(?:is|was|are|were|will|would|has|have)\s+.+?\s+(?:be\s+|been\s+)?(called|named|dubbed|nicknamed|titled|entitled)$/i;

/** The word with which a question asks for a thing's name ("name", "called"), lowercased, or null for any other question. */
export function nameAsked(text: string): string | null {
  const asked = (NAME_OF_QUESTION.exec(text) ?? POSSESSED_NAME_QUESTION.exec(text) ?? CALLED_QUESTION.exec(text))?.[1]?.toLowerCase();
  return asked !== undefined && isNameWord(asked) ? asked : null;
}
