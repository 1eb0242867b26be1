import { splitSentences } from '../corpus/sentences.js';
import type { KnownPeople } from './mention-names.js';
import { findMentions, type Mention } from './mentions.js';
import { attributesView } from '../language/speech-verbs.js';
import { words, type Word } from './words.js';

/** One sentence of a paragraph, read once for everything the answerer asks of it. */
export interface AnalyzedSentence {
  text: string;
  /** Its position among the paragraph's sentences. */
  index: number;
  words: Word[];
  mentions: Mention[];
  /** It holds quoted words, or lies inside a quotation that runs over several sentences. */
  quoted: boolean;
  /** It reports speech: a verb of saying ("said", "told", "noted") or "according to". */
  reportsSpeech: boolean;
}

export interface AnalyzedParagraph {
  text: string;
  sentences: AnalyzedSentence[];
}

/** Reads a paragraph into sentences with their words, mentions and quotations. */
export function analyzeParagraph(text: string, people: KnownPeople): AnalyzedParagraph {
  const spans = quotationSpans(text);
  const sentences = splitSentences(text).map((span, index): AnalyzedSentence => {
    const sentenceWords = words(span.text);
    return {
      text: span.text,
      index,
      words: sentenceWords,
      mentions: findMentions(span.text, sentenceWords, people),
      quoted: spans.some(([start, end]) => span.start < end && span.end > start),
      reportsSpeech:
        sentenceWords.some((word) => attributesView(word.lower)) || /\baccording to\b/i.test(span.text),
    };
  });
  return { text, sentences };
}

/**
 * Where a paragraph's quotations are, as [start, end) offsets: double quotation marks, curly or straight,
 * and single curly ones that open at the start of a word and close before a space or punctuation.
 */
export function quotationSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\u201C' || (char === '"' && open < 0)) {
      if (open < 0) open = index;
    } else if ((char === '\u201D' || char === '"') && open >= 0) {
      spans.push([open, index + 1]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  for (const match of text.matchAll(/(?:^|[\s(\u2014])\u2018([^\u2018\u2019]*(?:\u2019\p{L}[^\u2018\u2019]*)*)\u2019(?=[\s.,;:!?)\u2014]|$)/gu)) {
    const quoted = match[1] ?? '';
    if (quoted.trim().split(/\s+/).length >= 3) {
      const start = match.index + match[0].indexOf('\u2018');
      spans.push([start, start + quoted.length + 2]);
    }
  }
  return spans;
}
