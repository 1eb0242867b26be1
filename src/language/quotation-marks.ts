/**
 * Finding the quoted stretches of a paragraph: straight and curly double quotation marks, curly and straight
 * single ones, nesting, and a quotation left open at the end of a paragraph (news writing's sign that it goes
 * on in the next). Apostrophes are not quotation marks: don't, Spain's, the '90s, rock 'n' roll.
 *
 * The one reading of quotation marks: the quotation finder, the analyses' sentences (`article-text.ts`) and the
 * answerer's paragraphs all take their quoted stretches from here.
 */

export type QuoteFamily = 'double' | 'single';

export interface QuoteSpan {
  family: QuoteFamily;
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph's length when the quotation runs on into the next paragraph. */
  close: number;
  /** Whether a closing mark ended it in this paragraph. */
  closed: boolean;
  /** The quoted words, without the marks. */
  text: string;
}

const DOUBLE_OPENERS = new Set(['"', '\u201C', '\u201E', '\u00AB']);
const SINGLE_OPENERS = new Set(["'", '\u2018']);
const CLOSER_OF: Record<string, string[]> = {
  '"': ['"', '\u201D'],
  '\u201C': ['\u201D', '"'],
  '\u201E': ['\u201C', '\u201D'],
  '\u00AB': ['\u00BB'],
  "'": ["'", '\u2019'],
  '\u2018': ['\u2019', "'"],
};

// What may stand before an opening mark: the start, a space, a bracket, a dash or another opening mark.
const BEFORE_OPENER = /[\s([{\u2014\u2013\-/"\u201C\u2018]/;
// Elisions that start with an apostrophe: '90s, '24, 'n', 'em, 'til, 'cause, 'tis, 'twas.
const ELISION = /^['\u2018](?:\d{2}s?\b|n['\u2019]|em\b|til\b|cause\b|tis\b|twas\b|bout\b|cos\b|nuff\b)/i;
const AFTER_CLOSER = /[\s,.;:!?)\]}\u2014\u2013\-"\u201D\u2019']/;
const STRONG_BEFORE_CLOSER = /[,.!?\u2026;:\-\u2014]/;

/** The quoted stretches of one paragraph, outermost only: a quotation inside a quotation stays inside it. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const mark = text[i]!;
    const isDouble = DOUBLE_OPENERS.has(mark);
    if (!isDouble && !SINGLE_OPENERS.has(mark)) {
      i++;
      continue;
    }
    if (!opensHere(text, i, isDouble)) {
      i++;
      continue;
    }
    const close = isDouble ? findDoubleCloser(text, i) : findSingleCloser(text, i);
    if (close < 0) {
      // An open single quotation mark is an apostrophe unless it opens a sentence, where news writing
      // leaves a quotation open to carry it on into the next paragraph.
      if (!isDouble && !/(?:^|[.!?:]["”’']?)\s*$/.test(text.slice(0, i))) {
        i++;
        continue;
      }
      spans.push({ family: isDouble ? 'double' : 'single', open: i, close: text.length, closed: false, text: text.slice(i + 1).trim() });
      break;
    }
    spans.push({ family: isDouble ? 'double' : 'single', open: i, close, closed: true, text: text.slice(i + 1, close).trim() });
    i = close + 1;
  }
  return spans;
}

function opensHere(text: string, i: number, isDouble: boolean): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1];
  if (after === undefined || /\s/.test(after)) return false;
  if (isDouble) return text[i] !== '"' || BEFORE_OPENER.test(before);
  if (!BEFORE_OPENER.test(before)) return false;
  return !ELISION.test(text.slice(i, i + 6));
}

function findDoubleCloser(text: string, open: number): number {
  const closers = CLOSER_OF[text[open]!]!;
  for (let k = open + 1; k < text.length; k++) {
    if (closers.includes(text[k]!)) return k;
  }
  return -1;
}

/**
 * The closing single mark: an apostrophe-like mark with no letter right after it ("over,’", "deal’ in").
 * A bare one after an "s" ("workers’ rights") may be a plural possessive, so it is taken only when no other
 * closer follows.
 */
function findSingleCloser(text: string, open: number): number {
  const closers = CLOSER_OF[text[open]!]!;
  let weak = -1;
  for (let k = open + 2; k < text.length; k++) {
    if (!closers.includes(text[k]!)) continue;
    const after = text[k + 1];
    if (after !== undefined && !AFTER_CLOSER.test(after)) continue;
    const before = text[k - 1]!;
    if (/\s/.test(before)) continue;
    // After an "s" a bare mark may be a plural possessive ("workers’ rights"): a fallback only.
    if (!/s/i.test(before) || STRONG_BEFORE_CLOSER.test(before) || after === undefined || /[,.;:!?)]/.test(after)) return k;
    if (weak < 0) weak = k;
  }
  return weak;
}

/** Whether a paragraph opens with a quotation mark, which carries on a quotation left open before it. */
export function opensWithQuotation(text: string): boolean {
  const first = text.trimStart()[0];
  return first !== undefined && (DOUBLE_OPENERS.has(first) || SINGLE_OPENERS.has(first));
}
