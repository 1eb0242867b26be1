import { isAlwaysJoinedAbbreviation } from '../language/abbreviations.js';

/** One sentence of a paragraph and where it sits in the paragraph's text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Abbreviations that end a sentence only when what follows starts one; most often they do not.
const USUALLY_JOINED = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore ' +
    'pa penn tenn tex va vt wash wis wyo inc corp co ltd bros dept univ'
  ).split(' '),
);
// Abbreviations that precede a number; elsewhere the same word ends a sentence.
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'fig', 'art', 'pp']);
// Words that start sentences; after an ambiguous abbreviation they mean a new sentence has begun.
const SENTENCE_STARTERS = new Set(
  (
    'the a an this that these those it its he she they we i you his her their our my there here but and or so yet ' +
    'in on at for with by from as after before when while if although though because since however meanwhile ' +
    'still also then now today yesterday last next one some many most all both each few several no not'
  ).split(' '),
);

/**
 * Splits a paragraph into sentences. The ICU sentence rules built into Node do the work; they end a sentence
 * after every abbreviation followed by a capital ("Sen. Graham", "the U.S. Army"), so those breaks are undone.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const previous = spans.at(-1);
    if (previous && endsWithNonFinalAbbreviation(previous.text, segment)) {
      previous.end = index + segment.length;
      previous.text = paragraph.slice(previous.start, previous.end);
    } else {
      spans.push({ text: segment, start: index, end: index + segment.length });
    }
  }
  return spans
    .map((span) => trimSpan(paragraph, span))
    .filter((span) => span.text.length > 0);
}

function endsWithNonFinalAbbreviation(sentence: string, next: string): boolean {
  const lastWord = /(\S+)\s*$/.exec(sentence)?.[1] ?? '';
  if (!lastWord.endsWith('.')) return false;
  const bare = lastWord.replace(/^[("'\u201C\u2018]+/, '').slice(0, -1);
  const nextWord = (/^\s*["'\u201C\u2018(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '').toLowerCase();
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "John F. Kennedy"
  const lower = bare.toLowerCase();
  if (isAlwaysJoinedAbbreviation(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower)) return /^\d/.test(nextWord); // "No. 10" but "she said no." 
  const isDottedAcronym = /^(?:\p{L}\.)+\p{L}$/u.test(bare); // "U.S", "D.C", "p.m"
  if (isDottedAcronym || USUALLY_JOINED.has(lower)) return nextWord !== '' && !SENTENCE_STARTERS.has(nextWord);
  return false;
}

function trimSpan(paragraph: string, span: SentenceSpan): SentenceSpan {
  const leading = span.text.length - span.text.trimStart().length;
  const trailing = span.text.length - span.text.trimEnd().length;
  const start = span.start + leading;
  const end = span.end - trailing;
  return { text: paragraph.slice(start, end), start, end };
}
