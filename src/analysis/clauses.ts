import type { Span } from './article-text.js';

/**
 * Cuts a sentence down to the clause that holds a phrase, so that a fact or a summary point reads as one short
 * statement: "…in Oslo in May, which ended without a deal" keeps "…in Oslo in May" for the date,
 * and an opening phrase ("During her visit to Paris on Sunday,") is dropped unless it holds the phrase.
 */

// Where a subordinate or trailing clause begins; a comma before these words closes the clause before them.
const TAIL_OPENERS =
  '(?:during|in|of|by|under|for|from|through) (?:which|whom)|which|who|whom|whose|where|though|although|while|whereas|following|after|before|despite|because|but|' +
  'including|amid|even as|as well as|since|until|once|according to|saying|adding|arguing|noting|citing';
const RELATIVE = /^(?:(?:during|in|of|by|under|for|from|through) (?:which|whom)|which|who|whom|whose|where)\b/i;
// A trailing attribution (", the two companies said in a statement on Monday") is a clause of its own. Only the
// unambiguous speech verbs: most of `SPEECH_VERB`'s forms are nouns too ("the state", "demand", "a recount").
const ATTRIBUTION = "(?:[\\p{L}'’.-]+\\s){1,5}(?:said|says|told|added|stated|announced|reported|wrote)\\b";
const ATTRIBUTION_START = new RegExp(`^${ATTRIBUTION}`, 'iu');
// ", and pushed a surge…": a second verb of the subject before an attribution starts its own clause.
const SECOND_VERB = 'and\\s\\p{Ll}+ed\\s';
const BOUNDARY = new RegExp(`,\\s(?=(?:${TAIL_OPENERS})\\b|${ATTRIBUTION}|${SECOND_VERB})|;\\s|\\s[—–]\\s|\\s--\\s`, 'giu');
// An attribution this short ("the agency said") tells nothing without what was said.
const SHORT_ATTRIBUTION_WORDS = 7;
// An opening phrase that sets the scene before the subject: "During her visit to Paris on Sunday, the minister…".
const SCENE_OPENER =
  /^(?:during|after|before|prior to|following|with|in|on|at|earlier|later|last|this|next|amid|despite|since|as|when|while|like|unlike|instead|however|meanwhile|still|yet|in addition|by contrast|separately|interestingly)\b[^,"“]{0,90},\s/i;
const LEADING_CONNECTOR = /^(?:and|but|so|or|yet|however|instead|meanwhile|still|also|though|although|which|while|whereas|because|including|amid|since|until|once)\b,?\s+/i;

export interface ClauseOptions {
  /** The longest clause returned, in words; a longer one is cut around the phrase with an ellipsis. */
  maxWords?: number;
  /** Quotations in the sentence, which are never cut inside. */
  quoted?: Span[];
}

/** The clause of `sentence` that holds `span`, tidied to read on its own. */
export function clauseAround(sentence: string, span: Span, options: ClauseOptions = {}): string {
  const { maxWords = 24 } = options;
  const { start, end } = clauseRange(sentence, span, options);
  return tidy(limitWords(sentence.slice(start, end), span.start - start, span.end - span.start, maxWords));
}

/** Where the clause of `sentence` that holds `span` starts and ends, before any cut to `maxWords`. */
export function clauseRange(sentence: string, span: Span, options: ClauseOptions = {}): Span {
  const { maxWords = 24, quoted = [] } = options;
  const cuts = boundaries(sentence, quoted);
  let segmentIndex = cuts.findIndex((cut, i) => span.start >= cut.start && (i === cuts.length - 1 || span.start < cuts[i + 1]!.start));
  if (segmentIndex < 0) segmentIndex = 0;
  const end = segmentIndex + 1 < cuts.length ? cuts[segmentIndex + 1]!.boundary : sentence.length;
  // A clause with no subject of its own ("which yielded…", "but warned that…", "saying it…") says nothing
  // without the clause before it.
  const segmentText = (i: number) => sentence.slice(cuts[i]!.start, i + 1 < cuts.length ? cuts[i + 1]!.boundary : sentence.length);
  const isShortAttribution = (i: number) => ATTRIBUTION_START.test(segmentText(i)) && wordCount(segmentText(i)) <= SHORT_ATTRIBUTION_WORDS;
  while (segmentIndex > 0 && (lacksSubject(segmentText(segmentIndex)) || isShortAttribution(segmentIndex))) segmentIndex--;
  let from = cuts[segmentIndex]!.start;

  const opener = SCENE_OPENER.exec(sentence.slice(from, end));
  if (opener && span.start >= from + opener[0].length && !insideQuote(from, opener[0].length, quoted)) from += opener[0].length;
  // Too long with a quotation before the phrase ("'…,' the mayor said on Wednesday"): keep the attribution.
  if (wordCount(sentence.slice(from, end)) > maxWords) {
    // Only a quotation that opens the clause, before its attribution; one in mid-clause is part of what is said.
    const before = quoted.find((q) => /^[\s,]*$/.test(sentence.slice(from, q.start)) && q.end <= span.start);
    if (before) {
      const after = before.end + (/^[\s,]*/.exec(sentence.slice(before.end))?.[0].length ?? 0);
      if (wordCount(sentence.slice(after, end)) >= 4) from = after;
    }
  }
  const connector = LEADING_CONNECTOR.exec(sentence.slice(from, end));
  if (connector && span.start >= from + connector[0].length) from += connector[0].length;
  return { start: from, end };
}

// Words that can open a clause with its own subject.
const SUBJECT_START = /^(?:\p{Lu}|(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|his|her|its|their|our|there|some|many|most|all|both|each|no|one|two|three)\b|["“‘'\d$€£])/u;

// Tails that hang on the clause before them whatever follows: "following a call", "after he spoke".
const DEPENDENT = /^(?:after|before|despite|following|including|amid|since|until|once|as well as|according to|even as|citing|saying|adding|arguing|noting)\b/i;

function lacksSubject(clause: string): boolean {
  if (RELATIVE.test(clause) || DEPENDENT.test(clause)) return true;
  const rest = clause.replace(LEADING_CONNECTOR, '');
  return rest !== clause ? !SUBJECT_START.test(rest) : /^\p{Ll}+ing\b/u.test(clause);
}

/**
 * A whole sentence made fit for a bullet point: an opening connector ("However,", "Instead,") dropped, and a
 * sentence over `maxWords` cut at its last clause boundary that keeps it under the limit.
 */
export function shortenSentence(sentence: string, quoted: Span[], maxWords: number): string {
  let text = sentence.trim();
  if (wordCount(text) > maxWords) {
    const fitting = boundaries(text, quoted)
      .slice(1)
      .filter((cut) => wordCount(text.slice(0, cut.boundary)) <= maxWords && wordCount(text.slice(0, cut.boundary)) >= 8)
      .at(-1);
    text = fitting ? text.slice(0, fitting.boundary) : limitWords(text, 0, 0, maxWords);
  }
  const connector = /^(?:however|instead|meanwhile|still|also|and|but|so|yet|in addition|moreover|separately)\b,?\s+/i.exec(text);
  if (connector) text = text.slice(connector[0].length);
  text = capitalise(text.trim());
  return /[.!?…]["”’]?$/.test(text) ? text : `${text.replace(/[,;:]$/, '')}.`;
}

interface Cut {
  /** Where the clause starts. */
  start: number;
  /** Where the text before it ends (before the comma or dash). */
  boundary: number;
}

function boundaries(sentence: string, quoted: Span[]): Cut[] {
  const cuts: Cut[] = [{ start: 0, boundary: 0 }];
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(sentence); match; match = BOUNDARY.exec(sentence)) {
    const at = match.index;
    if (quoted.some((q) => at > q.start && at < q.end)) continue;
    cuts.push({ start: at + match[0].length, boundary: at });
  }
  return cuts;
}

function insideQuote(offset: number, length: number, quoted: Span[]): boolean {
  return quoted.some((q) => offset + length > q.start && offset + length < q.end);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function limitWords(text: string, spanAt: number, spanLength: number, maxWords: number): string {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length <= maxWords) return text;
  const firstSpanWord = Math.max(0, words.findIndex((word) => word.index + word[0].length > spanAt));
  const lastSpanWord = Math.max(firstSpanWord, words.findIndex((word) => word.index + word[0].length >= spanAt + spanLength));
  // Keep the clause's start (its subject and verb) when the phrase is near it; else centre on the phrase.
  let from = 0;
  if (lastSpanWord >= maxWords - 2) from = Math.max(0, Math.min(words.length - maxWords, firstSpanWord - Math.floor(maxWords / 2)));
  const to = Math.min(words.length, from + maxWords);
  const kept = words.slice(from, to).map((word) => word[0]).join(' ');
  return `${from > 0 ? '…' : ''}${kept.replace(/[,;:]$/, '')}${to < words.length ? '…' : ''}`;
}

/** A clause trimmed of edge punctuation and spaces, capitalised, without its closing full stop. */
export function tidy(text: string): string {
  const trimmed = text
    .trim()
    .replace(/[,;:—–-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const withoutStop = /[.!?]$/.test(trimmed) && !/\b(?:\p{L}\.)+$/u.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
  return capitalise(withoutStop);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
