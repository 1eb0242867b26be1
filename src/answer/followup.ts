import { cleanQuestion } from './question.js';
import { nameRuns, NO_PEOPLE, type KnownPeople } from './mention-names.js';
import { attributesView } from '../language/speech-verbs.js';
import { questionParts } from './question-restatement.js';
import type { Turn } from './schema.js';
import { words } from './words.js';

/** Something an earlier turn talked about, which a pronoun or an elliptical follow-up may point back to. */
interface Referent {
  text: string;
  kind: 'person' | 'place' | 'group' | 'thing';
}

const CONNECTIVE = /^(?:and|so|but|also|ok(?:ay)?|then|well|now|right|oh)\b[,\s]*/i;
const BARE_WH = /^(why|when|where|how|who|what)(?:\s+(?:exactly|then|so|not|come))?$/i;
const WHAT_ABOUT = /^(?:(?:and\s+)?what|how)\s+about\s+(.+)$|^what\s+of\s+(.+)$/i;
const LEADING_WH = /^(?:who|whom|whose|what|which|where|when|why|how(?:\s+(?:many|much|far|long|old|big|often))?)\s+/i;
const CITATION_MARKERS = /\s*\[\d+\]/g;

/**
 * Rewrites a follow-up as a question that stands on its own, for retrieval and answering: pronouns become the
 * most recent fitting name of earlier turns ("And what did he say about ferries?" → "What did Duarte say about
 * ferries?"), and an elliptical follow-up takes the topic of the turn before ("Why?" → "Why will Duarte meet
 * Okafor?"; "What about the barge?" → "What is the range of the barge?"). A question that needs nothing from
 * earlier turns comes back unchanged. `people`, when given, tells which single names are people.
 */
export function standaloneQuestion(question: string, history: readonly Turn[], people: KnownPeople = NO_PEOPLE): string {
  const asked = cleanQuestion(question);
  if (history.length === 0 || asked === '') return asked;
  const previous = resolvedHistory(history, people);
  const last = previous.at(-1)!;
  const body = asked.replace(CONNECTIVE, '').replace(/[?]+$/, '').trim();
  if (body === '') return asked;

  const bareWh = BARE_WH.exec(body);
  if (bareWh) return swapQuestionWord(last.question, bareWh[1]!);
  const about = WHAT_ABOUT.exec(body);
  if (about) return substituteTopic(last.question, (about[1] ?? about[2])!.trim(), people);
  if (isFragment(body, people)) return substituteTopic(last.question, body, people);

  const resolved = resolvePronouns(body, referentsOf(previous, people));
  return resolved === body && body === asked.replace(/[?]+$/, '').trim() ? asked : finish(resolved);
}

// Earlier questions are themselves follow-ups; each is made standalone against the turns before it.
function resolvedHistory(history: readonly Turn[], people: KnownPeople): Turn[] {
  const resolved: Turn[] = [];
  for (const turn of history) {
    resolved.push({ question: resolved.length === 0 ? turn.question : standaloneQuestion(turn.question, resolved, people), answer: turn.answer });
  }
  return resolved;
}

// "Where will Duarte meet Okafor?" + "Why?" → "Why will Duarte meet Okafor?"; when "what" was the object of a verb
// of saying, "that" takes its place: "What did Lee say about taxes?" + "Why?" → "Why did Lee say that about taxes?"
function swapQuestionWord(previous: string, wh: string): string {
  const base = previous.replace(/[?]+$/, '');
  const word = wh.charAt(0).toUpperCase() + wh.slice(1).toLowerCase();
  const parts = questionParts(base);
  if (parts?.auxiliary && parts.verb && parts.head.join(' ') === 'what' && attributesView(parts.verb.toLowerCase())) {
    return finish([word, parts.auxiliary, ...parts.subject, parts.verb, 'that', ...parts.rest].join(' '));
  }
  const rest = base.replace(LEADING_WH, '');
  return finish(`${word} ${rest === base ? lowerFirst(rest) : rest}`);
}

// "What is the range of the ferry?" + "What about the barge?" → "What is the range of the barge?": the name
// of the same kind (a person for a person) is replaced, else the last name, else the new topic is appended.
function substituteTopic(previous: string, topic: string, people: KnownPeople): string {
  const base = previous.replace(/[?]+$/, '');
  const topicKind = kindOf(topic, people);
  const names = namesIn(base, people);
  const sameKind = names.filter((name) => name.kind === topicKind);
  const target = (sameKind.length > 0 ? sameKind : names).at(-1);
  if (!target) return finish(`${base} ${topic}`);
  const at = base.lastIndexOf(target.text);
  const start = /\bthe\s$/i.test(base.slice(0, at)) && /^the\s/i.test(topic) ? at - 4 : at;
  return finish(`${base.slice(0, start)}${topic}${base.slice(at + target.text.length)}`);
}

// "And Okafor?", "The barge?": a follow-up of names and small words only, with no verb or question word.
function isFragment(body: string, people: KnownPeople): boolean {
  const bodyWords = words(body);
  if (bodyWords.length === 0 || bodyWords.length > 5 || LEADING_WH.test(`${body} `)) return false;
  return namesIn(body, people).length > 0 && bodyWords.every((word) => word.capitalized || word.acronym || word.functionWord);
}

const PRONOUNS: Array<{ pattern: RegExp; kinds: Referent['kind'][]; possessive: boolean; place?: boolean }> = [
  { pattern: /\b(?:he|him|she)\b/gi, kinds: ['person'], possessive: false },
  { pattern: /\bhis\b/gi, kinds: ['person'], possessive: true },
  { pattern: /\bher\b(?=\s+(?!about|to|for|with|of|in|on|at|that|and|or|if|when)[a-z])/gi, kinds: ['person'], possessive: true },
  { pattern: /\bher\b/gi, kinds: ['person'], possessive: false },
  { pattern: /\bits\b/gi, kinds: ['thing', 'place', 'group'], possessive: true },
  { pattern: /\bit\b/gi, kinds: ['thing', 'place', 'group'], possessive: false },
  { pattern: /\btheir\b/gi, kinds: ['group', 'thing'], possessive: true },
  { pattern: /\b(?:they|them)\b/gi, kinds: ['group', 'thing'], possessive: false },
  // "that" and "this" only after a preposition at the end: "tell me more about that". "Why did he say that?"
  // points at words, not at a name.
  { pattern: /(?<=\b(?:about|of|on|for|with|against|by|from)\s)(?:that|this)(?=\s*$)/gi, kinds: ['thing', 'place'], possessive: false },
  { pattern: /\bthere(?=\s*$)/gi, kinds: ['place'], possessive: false, place: true },
];

function resolvePronouns(body: string, referents: Referent[]): string {
  let text = body;
  for (const { pattern, kinds, possessive, place } of PRONOUNS) {
    const referent = referents.find((candidate) => kinds.includes(candidate.kind) && !body.includes(candidate.text));
    if (!referent) continue;
    text = text.replace(pattern, (match, offset: number) => {
      if (isInsideQuotation(text, offset)) return match;
      const name = possessive ? `${referent.text}'s` : referent.text;
      return place ? `in ${name}` : name;
    });
  }
  return text;
}

/** What earlier turns talked about, most likely referent first: the last question's names, then its answer's. */
function referentsOf(history: readonly Turn[], people: KnownPeople): Referent[] {
  const referents: Referent[] = [];
  for (const turn of [...history].reverse()) {
    const fromQuestion = referentsIn(turn.question, people);
    const fromAnswer = referentsIn(turn.answer.replace(CITATION_MARKERS, ''), people);
    // "Who will lead the talks?" points to a person the answer names, not the question.
    const answerFirst = /^\s*who\b/i.test(turn.question);
    referents.push(...(answerFirst ? [...fromAnswer, ...fromQuestion] : [...fromQuestion, ...fromAnswer]));
  }
  return referents;
}

function referentsIn(text: string, people: KnownPeople): Referent[] {
  const names = namesIn(text, people);
  const referents: Referent[] = [];
  // "Duarte and Okafor": two people joined make the group "they" refers to.
  const pair = /(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)*)\s+and\s+(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)*)/u.exec(text);
  if (pair && names.some((name) => name.text === pair[1] && name.kind === 'person')) {
    referents.push({ text: `${pair[1]} and ${pair[2]}`, kind: 'group' });
  }
  referents.push(...names);
  for (const match of text.matchAll(/\bthe\s+([a-z]+(?:\s+[a-z]+)?)(?=\s+(?:of|in|on|to|for|with|and|is|was|will|would)\b|[?.!,]|$)/g)) {
    if (!words(match[1]!).every((word) => word.functionWord)) referents.push({ text: match[0], kind: 'thing' });
  }
  return referents;
}

function namesIn(text: string, people: KnownPeople): Referent[] {
  const referents: Referent[] = [];
  for (const run of nameRuns(text, words(text), people)) {
    const first = run.words[0]!;
    const last = run.words.at(-1)!;
    const name = text.slice(first.start, last.end).replace(/['\u2019]s$/, '');
    const withArticle = /\bthe\s$/i.test(text.slice(0, first.start)) ? `the ${name}` : name;
    referents.push({ text: withArticle, kind: referentKind(run.kind, withArticle) });
  }
  return referents;
}

// The topic alone would start a sentence, where a capital proves nothing; "about" puts it mid-sentence.
function kindOf(topic: string, people: KnownPeople): Referent['kind'] {
  return namesIn(`about ${topic}`, people)[0]?.kind ?? 'thing';
}

// A single name not known to be anything else is taken for a person's; with "the" ("the Falcon") or in the
// plural ("Falcons") it names a thing.
function referentKind(kind: string, name: string): Referent['kind'] {
  if (kind === 'person') return 'person';
  if (kind === 'place') return 'place';
  if (kind === 'organization') return 'group';
  return /^the\s/i.test(name) || /[^s]s$/.test(name) ? 'thing' : 'person';
}

function isInsideQuotation(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return ((before.match(/["\u201C\u201D]/g) ?? []).length) % 2 === 1;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function finish(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim().replace(/[?.!]+$/, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}?`;
}
