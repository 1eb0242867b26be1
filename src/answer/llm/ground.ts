import { splitSentences } from '../../corpus/sentences.js';
import type { Passage } from '../../search/schema.js';
import { citationFor } from '../citations.js';
import type { Citation } from '../schema.js';
import { FirstUseNumbering } from './numbering.js';
import { LEADING_MARKER_RUN, MARKER_RUN, UNFINISHED_MARKER, markerNumbers, stripMarkers, stripReasoning } from './markers.js';

/**
 * What a model's answer becomes after its citations are checked against the passages it was given.
 * - `grounded`: at least one sentence cites a passage that was given; the text keeps only valid markers,
 *   renumbered by first use, and `citations` lists them.
 * - `not-in-story`: the model said the story does not tell: its answer opens so and cites nothing valid, or
 *   every sentence it kept says so (a refusal that cites the passages it looked at is still a refusal).
 * - `ungrounded`: nothing valid is cited, so the text must not be shown as an answer from the story.
 */
export interface GroundedAnswer {
  status: 'grounded' | 'not-in-story' | 'ungrounded';
  text: string;
  citations: Citation[];
  /** Sentences removed because every passage they cited was one the model was not given. */
  removedSentences: number;
  /** Citations to passage numbers the model was not given, dropped from the text. */
  droppedCitations: number;
}

// The system prompt asks for a sentence starting "The story doesn't say"; models paraphrase it, so its
// common variants count too. Only the first sentence is checked: a refusal comes first or not at all.
const NOT_IN_STORY =
  /^(?:(?:sorry|unfortunately|however),?\s+)?(?:the|this)\s+(?:story|article|passages?|text|sources?)(?:\s+(?:provided|given|above|here))?\s+(?:does\s+not|doesn't|do\s+not|don't|did\s+not|didn't)\s+(?:say|tell|mention|state|specify|report|explain|give|include|contain|provide|answer|address|indicate)\b/i;

export function saysNotInStory(sentence: string): boolean {
  return NOT_IN_STORY.test(stripMarkers(sentence).replace(/[\u2018\u2019]/g, "'").trim());
}

interface Span {
  start: number;
  end: number;
}

/**
 * Checks a finished answer's citations against the `passages` it was written from (numbered from 1 in the
 * order given): drops markers that name no passage, removes a sentence whose markers all did, renumbers the
 * rest in order of first use, and classifies the result. Sentences without any marker are kept: models often
 * cite a two-sentence statement once, at its end.
 */
export function groundAnswer(raw: string, passages: readonly Passage[]): GroundedAnswer {
  const text = spaceMarkersAfterStops(stripReasoning(raw).trim());
  const sentences = sentenceSpans(text);
  const isValid = (n: number) => n >= 1 && n <= passages.length;

  const kept: Span[] = [];
  let removedSentences = 0;
  let droppedCitations = 0;
  let anyValid = false;
  for (const span of sentences) {
    const cited = [...text.slice(span.start, span.end).matchAll(MARKER_RUN)].flatMap((run) => markerNumbers(run[0]));
    const valid = cited.filter(isValid);
    droppedCitations += cited.length - valid.length;
    if (cited.length > 0 && valid.length === 0) {
      removedSentences++;
      continue;
    }
    anyValid ||= valid.length > 0;
    kept.push(span);
  }

  const says = (span: Span) => saysNotInStory(text.slice(span.start, span.end));
  const onlyRefuses = kept.length > 0 && kept.every(says);
  const refusesFirst = !anyValid && sentences[0] !== undefined && says(sentences[0]);
  if (onlyRefuses || refusesFirst) {
    // Only the refusal is shown: whatever follows it is uncited or cites nothing that was given.
    const refusal = sentences.filter(says).map((span) => stripMarkers(text.slice(span.start, span.end)));
    return { status: 'not-in-story', text: collapseSpaces(refusal.join(' ')), citations: [], removedSentences: 0, droppedCitations };
  }

  const numbering = new MarkerRenumbering(passages.length);
  const pieces: string[] = [];
  kept.forEach((span, index) => {
    if (index > 0) pieces.push(gapAfter(text, kept[index - 1]!, sentences));
    pieces.push(numbering.render(text.slice(span.start, span.end)));
  });
  const citations = numbering.used().map(({ given, shown }) => citationFor(passages[given - 1]!, shown));
  return {
    status: anyValid ? 'grounded' : 'ungrounded',
    text: pieces.join('').trim(),
    citations,
    removedSentences,
    droppedCitations,
  };
}

/**
 * The text to show while an answer streams in: markers renumbered as `groundAnswer` will renumber them,
 * invalid ones hidden, an unfinished marker and trailing spaces held back. Each preview of a growing text
 * extends the previous one; the final answer may still differ (a sentence removed, or a fallback).
 */
export function previewAnswer(rawSoFar: string, passageCount: number): string {
  const visible = stripReasoning(rawSoFar).replace(UNFINISHED_MARKER, '');
  return new MarkerRenumbering(passageCount).render(visible).trimStart().trimEnd();
}

/** Rewrites marker runs: valid numbers renumbered by first use, invalid ones (and a run of nothing but them) gone. */
class MarkerRenumbering extends FirstUseNumbering {
  constructor(private readonly passageCount: number) {
    super();
  }

  render(sentence: string): string {
    return sentence.replace(MARKER_RUN, (run) => {
      const shown = markerNumbers(run)
        .filter((n) => n >= 1 && n <= this.passageCount)
        .map((n) => this.shown(n));
      if (shown.length === 0) return '';
      const space = /^\s*/.exec(run)![0];
      return `${space}${shown.map((n) => `[${n}]`).join('')}`;
    });
  }
}

/**
 * Sentence spans of the answer, with markers that open a sentence moved to the one before: the splitter
 * ends a sentence at "Okafor." in "Okafor.[1] Next", but `[1]` cites the sentence it follows.
 */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const sentence of splitSentences(text)) {
    const previous = spans.at(-1);
    const leading = previous ? LEADING_MARKER_RUN.exec(sentence.text)?.[0] : undefined;
    if (previous && leading) {
      previous.end = sentence.start + leading.length;
      const rest = sentence.text.slice(leading.length);
      const start = sentence.start + leading.length + (rest.length - rest.trimStart().length);
      if (start < sentence.end) spans.push({ start, end: sentence.end });
    } else {
      spans.push({ start: sentence.start, end: sentence.end });
    }
  }
  return spans;
}

/**
 * "ferry.[1] The" becomes "ferry. [1] The": the sentence splitter treats an opening bracket straight after a
 * full stop as closing punctuation and ends the sentence inside the marker.
 */
function spaceMarkersAfterStops(text: string): string {
  return text.replace(/([.!?\u2026]["'\u201D\u2019)]*)(?=\[\s*\d)/g, '$1 ');
}

/** The whitespace (a space, a line break, a blank line) that followed a sentence in the model's text. */
function gapAfter(text: string, span: Span, sentences: readonly Span[]): string {
  const next = sentences.find((candidate) => candidate.start >= span.end);
  const gap = text.slice(span.end, next?.start ?? text.length);
  return gap === '' ? ' ' : gap;
}

function collapseSpaces(text: string): string {
  return text.replace(/[ \t]+/g, ' ').replace(/ +([.,;:!?])/g, '$1').trim();
}
