import type { Span } from './article-text.js';
import { capitalise, clauseRange, limitWords, tidy, wordCount } from './clauses.js';
import { PART_OF_DAY, WEEKDAY } from '../language/calendar.js';
import { isFunctionWord } from '../language/function-words.js';
import { isCommonWord } from '../language/lexicon.js';
import { isRoleNoun } from '../language/titles.js';

/**
 * The short statement a fact makes about one thing in a sentence: its clause cut down to subject, verb and
 * object, so that each fact says something specific and no fact repeats a whole lede.
 *
 * From "Carver Motors said Tuesday it will build a $3.2 billion plant near Toledo, Ohio, a project the company
 * expects to…" it gives, for "Tuesday", "Carver Motors said it will build a $3.2 billion plant near Toledo, Ohio"
 * and, for "Toledo, Ohio", "where Carver Motors will build a $3.2 billion plant":
 * - a subordinate clause after the thing ("…when it opens", "…after a long meeting") and a trailing phrase
 *   after a comma (", a project the company…", ", saying…") are cut;
 * - parentheses between subject and verb go: an appositive (", an analyst at X,"), an age (", 58,"), a relative
 *   clause (", who proposed the plan,"), unless the thing is inside one ("Brightwater, which is based in Perth"
 *   → "Brightwater is based in Perth");
 * - an attribution of what a subject says it will do collapses ("X said Tuesday it will build" → "X will
 *   build"), unless the thing is the day of the saying; a trailing attribution (", the agency said") is cut;
 * - a date or a scene ("in Lisbon") that heads the fact is left out of its statement, a scene with "where";
 * - what is still too long is cut at a phrase boundary near `maxWords`, never before the thing.
 */
export interface StatementOptions {
  /** Quotations in the sentence, which are never cut inside. */
  quoted?: Span[];
  /** The longest statement, in words. Defaults to 16. */
  maxWords?: number;
  /** The thing heads its fact and is left out of the statement: a date, or a place (told with "where"). */
  omit?: 'date' | 'place';
  /**
   * `thing` (the default) keeps the thing in the statement; `clause` only uses it to find the clause, whose
   * main statement is wanted (an event found by one of its verbs).
   */
  anchor?: 'thing' | 'clause';
  /** Rewrites the statement's wording, e.g. people's full names to their short names. */
  rewrite?: (text: string) => string;
  /** Whether a capitalised word is a name, which keeps its capital after "where". */
  isName?: (word: string) => boolean;
}

export interface Statement {
  text: string;
  /** The clause of the sentence it was cut from; two facts from one clause say the same thing. */
  clause: Span;
}

const DEFAULT_MAX_WORDS = 16;
const MIN_WORDS = 5;
// Where a subordinate clause after the thing begins: "…2,500 people when it opens", "…early Wednesday after a meeting".
const SUBORDINATE_AFTER = /\s(?:when|while|whereas|because|although|though|after|before|until|unless|once|since|as\s(?:the|a|an|its|his|her|their|it|he|she|they))\s/giu;
// ", a project…", ", saying…", ", which…": a trailing phrase after a comma that starts with a lowercase word.
const TRAILING_PHRASE = /,\s(?=[\p{Ll}"“‘'])|\s[—–]\s|\s--\s/gu;
// "the names, email addresses and phone numbers": a comma between the items of a list, followed by a short item
// and another comma or the "and" before the last item, does not end the phrase.
const LIST_COMMA =
  /^,\s(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|which|who|whom|whose|where|when|while|but|and|or|so|yet|as|in|on|at|near|by|for|from|with|to|into|over|under|after|before|during|since|until|of|between|among|up|down|including|according|said|says|told|\p{Ll}+ing|\p{Ll}+ed)\s)(?:[\p{L}\p{N}'’-]+\s){0,2}[\p{L}\p{N}'’-]+(?:,\s|,?\s(?:and|or)\s)/u;
// ", an analyst at Brennan Securities,", ", 58,", ", one of Russia's largest buyers,": a parenthesis after a name.
// A number's thousands comma ("1,600") does not end one.
const PARENTHESIS =
  /,\s(?:(?:a|an|the|one of|both|each|all|with|without|like|unlike|including)\s(?:[^,"“”]|,(?=\d)){2,80}|\p{Ll}+ed\s(?:in|by|on|at|from)\s[^,"“”]{2,60}(?:,\s\p{Lu}[\p{L}.]*)?|\d{1,3}),\s/u;
// "Halvorsen Pike's chief executive, Miriam Castro, called…": a name after the role that names it.
const NAME_APPOSITIVE = /(\p{Ll}+),\s(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}),\s/u;
const PARENTHESIS_START = /^(?:a|an|the|one of|both|each|all|with|without|like|unlike|including|\d{1,3},)\s/u;
// ", who proposed the plan,", ", which is based in Perth,", ", based in Boise,": a relative clause after a name.
const RELATIVE = /,\s(?:(?:who|which)\s|(?=(?:based|located|headquartered)\s))([^,"“”]{2,100}(?:,\s\p{Lu}[\p{L}.]*)?)(?:,\s|$)/u;
// Subordinate clauses that hold the thing start its statement: "…as the war approaches its fourth year".
const SUBORDINATE_BEFORE = /\s(?:as|when|while|because|although|though|whereas|after|before|since|until)\s(?=(?:the|a|an|its|his|her|their)\s)/giu;
const SPEECH = '(?:said|says|announced|added|told\\s(?:reporters|[\\p{Lu}][\\p{L}]+))';
const DAY = `(?:(?:on\\s)?(?:(?:early|late)\\s)?${WEEKDAY}(?:\\s${PART_OF_DAY})?|today|yesterday)`;
// "Carver Motors said Tuesday it will…": the subject, the speech verb, the day, and the subject again as a pronoun.
const SAYS_IT_WILL = new RegExp(`^((?:[\\p{L}\\p{N}'’.&-]+\\s){1,6}?)${SPEECH}(\\s${DAY})?(?:\\sthat)?\\s(?:it|he|she|they|we)\\s(?=\\p{Ll})`, 'du');
// ", the two companies said in a statement", ", according to the agency": an attribution that ends the clause.
const TRAILING_ATTRIBUTION = new RegExp(
  `,\\s(?:(?:[\\p{L}'’.-]+\\s){1,5}(?:said|says|told|added|stated|reported|wrote)\\b[^,]*|according\\sto\\s[^,]+)$`,
  'u',
);
// "'Ohio is where things get built,' Rourke told reporters": a quotation that opens the clause, before its speaker.
const OPENING_QUOTATION = /^["“‘'][^"“”‘’']*[,.?!]["”’']\s(?=\p{L})/u;
// Prepositions that only place a date in time ("on Thursday") go with it; "until Friday" keeps its meaning.
const DATE_PREPOSITION = /(?:\s|^)(?:on|in|at|during)\s$/u;
// "by April 30", "until Friday", "for much of Tuesday": the date is part of what the statement means.
const BOUND_PREPOSITION = /\b(?:by|until|till|before|after|since|from|through|to|of|between|and|except|but)\s$/iu;
const SCENE_PREPOSITION = /(?:\s|^)(?:in|near|at|outside|inside|across|throughout)\s(?:the\s)?$/u;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|these|those)$/i;
// Words a long statement may be cut before without breaking a phrase.
const PHRASE_START = new Set(
  'in on at near by for from with to into over under after before during since until and or but while as that which who because of'.split(' '),
);

/** The short statement a sentence makes about the thing at `span`. */
export function statementAround(sentence: string, span: Span, options: StatementOptions = {}): Statement {
  const { quoted = [], maxWords = DEFAULT_MAX_WORDS, omit, anchor = 'thing', rewrite = (text: string) => text } = options;
  const clause = clauseRange(sentence, span, { maxWords: 24, quoted });
  const draft = new Draft(sentence.slice(clause.start, clause.end), shift(span, -clause.start), quoted.map((q) => shift(q, -clause.start)));

  draft.dropParentheses();
  if (anchor === 'thing') draft.startAtSubordinate();
  // A scene set off by commas ("Price, of Riverside, a short distance from…") is followed by more apposition, not by its clause's verb.
  draft.cutTail(anchor === 'thing' ? draft.head.end : wordEnd(draft.text, MIN_WORDS - 1), omit !== 'place');
  draft.text = draft.text.replace(TRAILING_ATTRIBUTION, '');
  draft.collapseAttribution();
  if (omit === 'place') draft.dropOpeningQuotation();
  const scene = omit ? draft.omitHead(omit) : false;

  let text = rewrite(tidy(draft.text));
  const cut = wordCount(text) > maxWords;
  if (cut) text = cutAtPhrase(text, maxWords, anchor === 'thing' && !scene ? headWordEnd(text, draft) : 0);
  const statement = closeQuotation(tidy(text), cut);
  return { text: scene ? `where ${lowerFirst(statement, options.isName)}` : capitalise(statement), clause };
}

/** Whether a statement is only a fragment: too short, or the middle of a quotation or of its attribution. */
export function isFragment(statement: string): boolean {
  const body = statement.replace(/^where\s/, '');
  return wordCount(body) < 3 || /^(?:…|["“”‘’']|(?:Said|Says|Told|Added|Asked)\b)/u.test(body);
}

/** Whether a statement reads on its own: no fragment, and not a clause that lost its subject ("Weighing options…"). */
export function readsAlone(statement: string): boolean {
  return !isFragment(statement) && !/^(?:where\s)?\p{Lu}\p{Ll}+ing\b/u.test(statement);
}

/** A clause being cut down, with where the thing and the quotations now are in it. */
class Draft {
  constructor(
    public text: string,
    public head: Span,
    private quoted: Span[],
  ) {}

  private outsideQuotes(at: number): boolean {
    return !this.quoted.some((q) => at > q.start && at < q.end);
  }

  /** Removes `[start, end)`, replacing it with `by`, and moves the thing and the quotations to follow. */
  private splice(start: number, end: number, by = ''): void {
    const delta = by.length - (end - start);
    const move = (span: Span): Span =>
      span.start >= end ? shift(span, delta) : span.end <= start ? span : { start: Math.min(span.start, start), end: Math.max(start, span.end + delta) };
    this.text = `${this.text.slice(0, start)}${by}${this.text.slice(end)}`;
    this.head = move(this.head);
    this.quoted = this.quoted.map(move);
  }

  /**
   * Cuts the first subordinate clause or trailing phrase after `from`, when enough is left; with
   * `headInParenthesis`, not at the comma that closes the thing set off by commas ("The owner, Acme, said…").
   */
  cutTail(from: number, headInParenthesis = false): void {
    let cut: number | null = null;
    for (const pattern of [SUBORDINATE_AFTER, TRAILING_PHRASE]) {
      pattern.lastIndex = Math.min(this.text.length, from);
      for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
        if (!this.outsideQuotes(match.index) || (headInParenthesis && this.closesParenthesisOfHead(match.index)) || LIST_COMMA.test(this.text.slice(match.index))) continue;
        if (cut === null || match.index < cut) cut = match.index;
        break;
      }
    }
    if (cut !== null && wordCount(this.text.slice(0, cut)) >= MIN_WORDS - 1) this.text = this.text.slice(0, cut);
  }

  // "The ferry, on Mondays and Fridays, sails…", "The owner, Acme, said…": the comma right after a thing set off by commas closes it.
  private closesParenthesisOfHead(at: number): boolean {
    return this.text.charAt(at) === ',' && this.text.slice(this.head.end, at).trim() === '' && /,\s(?:\p{Ll}+\s)?$/u.test(this.text.slice(0, this.head.start));
  }

  /** Drops appositives, ages and relative clauses after the subject; keeps the one that holds the thing, as a clause. */
  dropParentheses(): void {
    const named = this.firstOutsideQuotes(NAME_APPOSITIVE);
    if (named && isRoleNoun(named[1]!) && !this.overlapsHead(named.index, named.index + named[0].length)) {
      const start = named.index + named[1]!.length;
      const end = named.index + named[0].length;
      this.splice(start, end, PARENTHESIS_START.test(this.text.slice(end)) ? ', ' : ' ');
    }
    for (let removed = 0; removed < 4; removed++) {
      const found = this.firstOutsideQuotes(PARENTHESIS);
      if (!found || this.overlapsHead(found.index, found.index + found[0].length)) break;
      const end = found.index + found[0].length;
      this.splice(found.index, end, PARENTHESIS_START.test(this.text.slice(end)) ? ', ' : ' ');
    }
    const relative = this.firstOutsideQuotes(RELATIVE);
    if (!relative) return;
    const start = relative.index;
    const end = start + relative[0].length;
    if (!this.overlapsHead(start, end)) {
      this.splice(start, end, end === this.text.length ? '' : ' ');
      return;
    }
    // "…meeting with Okafor, who seeks funds for Lagos's port" about Lagos: "Okafor seeks funds…".
    const bodyStart = start + relative[0].indexOf(relative[1]!);
    const bodyEnd = Math.max(bodyStart + relative[1]!.length, this.head.end);
    const antecedent = antecedentBefore(this.text.slice(0, start));
    const verb = /^(?:who|which)\s/.test(this.text.slice(start + 2)) ? '' : 'is ';
    const headOffset = this.head.start - bodyStart;
    const headLength = this.head.end - this.head.start;
    this.text = `${antecedent} ${verb}${this.text.slice(bodyStart, bodyEnd)}`;
    const at = antecedent.length + 1 + verb.length + headOffset;
    this.head = { start: at, end: at + headLength };
    this.quoted = [];
  }

  /** A subordinate clause that holds the thing is its statement: "…as the war approaches its fourth year". */
  startAtSubordinate(): void {
    let start = -1;
    SUBORDINATE_BEFORE.lastIndex = 0;
    for (let match = SUBORDINATE_BEFORE.exec(this.text); match && match.index < this.head.start; match = SUBORDINATE_BEFORE.exec(this.text)) {
      if (this.outsideQuotes(match.index)) start = match.index + match[0].length;
    }
    if (start > 0 && wordCount(this.text.slice(start)) >= MIN_WORDS - 1) this.splice(0, start);
  }

  private firstOutsideQuotes(pattern: RegExp): RegExpExecArray | null {
    const global = new RegExp(pattern.source, 'gu');
    for (let match = global.exec(this.text); match; match = global.exec(this.text)) if (this.outsideQuotes(match.index)) return match;
    return null;
  }

  private overlapsHead(start: number, end: number): boolean {
    return this.head.start < end && start < this.head.end;
  }

  collapseAttribution(): void {
    const attribution = SAYS_IT_WILL.exec(this.text);
    if (!attribution?.indices || !this.outsideQuotes(0)) return;
    const day = attribution.indices[2];
    if (day !== undefined && this.head.start >= day[0] && this.head.end <= day[1]) return;
    this.splice(attribution[1]!.length, attribution[0].length);
  }

  dropOpeningQuotation(): void {
    const quotation = OPENING_QUOTATION.exec(this.text);
    if (quotation && this.head.start >= quotation[0].length) this.splice(0, quotation[0].length);
  }

  /** Leaves the thing out when it is an adverbial of time or place; says whether it was a scene ("where…"). */
  omitHead(kind: 'date' | 'place'): boolean {
    if (this.head.end > this.text.length) return false;
    const before = this.text.slice(0, this.head.start);
    const preposition = kind === 'date' ? DATE_PREPOSITION.exec(before) : SCENE_PREPOSITION.exec(before);
    // "in Ivory Coast and Ghana": a scene of several places goes whole.
    const coordinated = kind === 'place' ? (COORDINATED_PLACES.exec(this.text.slice(this.head.end))?.[0] ?? '') : '';
    const after = this.text.slice(this.head.end + coordinated.length);
    const possessive = /^['’]s\b/.test(after);
    if (kind === 'place' && !isSceneEnd(after)) return false;
    if (possessive || (kind === 'place' && !preposition) || (kind === 'date' && !preposition && BOUND_PREPOSITION.test(before))) return false;
    let start = preposition ? preposition.index : this.head.start;
    let end = this.head.end + coordinated.length;
    // A date set off by commas (", on Mondays and Fridays,") goes with both of them.
    const commaBefore = /,\s*$/.exec(this.text.slice(0, start));
    if (commaBefore && this.text.charAt(end) === ',') {
      start = commaBefore.index;
      end += 1;
    }
    this.splice(start, end, commaBefore && start > 0 && end < this.text.length ? ' ' : '');
    this.text = this.text.replace(/\s+,/g, ',').replace(/\s{2,}/g, ' ');
    return kind === 'place';
  }
}

/** Whether what follows a place ends it as a scene, not a noun it qualifies ("in Oakridge public schools"). */
function isSceneEnd(after: string): boolean {
  const next = /^\s(\p{Ll}+)\b/u.exec(after)?.[1];
  return next === undefined || isFunctionWord(next) || /(?:ing|ed|ly)$/.test(next) || !isCommonWord(next) || TIME_WORDS.has(next);
}

const COORDINATED_PLACES = /^\s(?:and|or)\s(?:the\s)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*/u;
const TIME_WORDS = new Set(['last', 'next', 'this', 'early', 'late', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'tonight']);

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

// Where the `count`th word of a text ends.
function wordEnd(text: string, count: number): number {
  const words = [...text.matchAll(/\S+/g)];
  const word = words[Math.min(count, words.length) - 1];
  return word ? word.index + word[0].length : 0;
}

// How many words of the final text reach to the end of the thing (after the draft's rewrites, by its wording).
function headWordEnd(text: string, draft: Draft): number {
  const thing = draft.text.slice(draft.head.start, draft.head.end).trim();
  const at = thing ? text.indexOf(thing) : -1;
  return at < 0 ? 0 : wordCount(text.slice(0, at + thing.length));
}

// After "where", the statement's first word in lower case, unless it is a name ("where Carver Motors…").
function lowerFirst(text: string, isName: (word: string) => boolean = () => false): string {
  const [first = '', second = ''] = text.split(' ');
  const common =
    /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|It|He|She|They|We)$/.test(first) ||
    (!isName(first) && isCommonWord(first) && !/^\p{Lu}/u.test(second));
  return common ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

// The name or noun phrase a relative clause is about: "…meeting with Nigerian Minister Okafor" → "Okafor"'s run.
function antecedentBefore(text: string): string {
  const words = text.trimEnd().split(' ');
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (/^\p{Lu}/u.test(word) || (name.length > 0 && /^(?:of|for|the|and)$/.test(word) && /^\p{Lu}/u.test(words[i - 1] ?? ''))) name.unshift(word);
    else break;
  }
  if (name.length > 0) return name.join(' ');
  // A common noun is told with its phrase back to its determiner: "…above the pace of inflation" → "the pace of inflation".
  // Without one, back to the preposition before it: "…a relief to shops and restaurants" → "shops and restaurants".
  for (let i = words.length - 1; i >= Math.max(0, words.length - 5); i--) {
    if (DETERMINER.test(words[i]!)) return words.slice(i).join(' ');
    if (i < words.length - 1 && PHRASE_START.has(words[i]!.toLowerCase()) && !/^(?:and|or|of)$/i.test(words[i]!)) return words.slice(i + 1).join(' ');
  }
  return words.slice(-2).join(' ');
}

// Cut before a word that starts a phrase, at or under `maxWords` where it can be, never before word `keep`;
// else with an ellipsis.
function cutAtPhrase(text: string, maxWords: number, keep: number): string {
  const words = text.split(' ');
  const phraseAt = (i: number) => PHRASE_START.has(words[i]!.toLowerCase());
  for (let i = Math.min(maxWords, words.length - 1); i >= Math.max(MIN_WORDS + 1, keep); i--) if (phraseAt(i)) return words.slice(0, i).join(' ');
  for (let i = Math.max(maxWords + 1, keep); i < words.length; i++) if (phraseAt(i)) return words.slice(0, i).join(' ');
  return keep > maxWords ? text : limitWords(text, 0, 0, maxWords);
}

// A statement that ends inside a quotation, cut there or at the end of the quotation's first sentence, closes
// it, so that the words quoted read as a partial quotation (`said owners "should stop using the laptops
// immediately"`), never as one left open.
function closeQuotation(text: string, cut: boolean): string {
  if (text.endsWith('…')) return text;
  const opened = /(?:^|\s)(["“])[^"“”]*$/u.exec(text);
  if (!opened) return text;
  // A cut may leave the word that joined the next phrase ("closely and"); the end of a quoted sentence is whole.
  const quoted = cut ? text.replace(/[,;:]$/, '').replace(/\s(?:and|or|but|the|a|an|to|of)$/i, '') : text;
  return `${quoted}${opened[1] === '“' ? '”' : '"'}`;
}
