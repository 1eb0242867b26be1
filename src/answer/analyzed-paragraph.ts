import { splitSentences } from '../corpus/sentences.js';
import { findQuoteSpans } from '../language/quotation-marks.js';
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
  const spans = findQuoteSpans(text);
  const sentences = splitSentences(text).map((span, index): AnalyzedSentence => {
    const sentenceWords = words(span.text);
    return {
      text: span.text,
      index,
      words: sentenceWords,
      mentions: findMentions(span.text, sentenceWords, people),
      quoted: spans.some((quote) => span.start <= quote.close && span.end > quote.open),
      reportsSpeech:
        sentenceWords.some((word) => attributesView(word.lower)) || /\baccording to\b/i.test(span.text),
    };
  });
  return { text, sentences };
}
