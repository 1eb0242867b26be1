import { splitSentences } from '../corpus/sentences.js';
import { findQuoteSpans } from '../language/quotation-marks.js';
import type { KnownPeople } from './mention-names.js';
import { datelineLength, datelinePlaceLength } from '../language/datelines.js';
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
      mentions: index === 0 ? withDatelinePlace(span.text, findMentions(span.text, sentenceWords, people)) : findMentions(span.text, sentenceWords, people),
      quoted: spans.some((quote) => span.start <= quote.close && span.end > quote.open),
      reportsSpeech:
        sentenceWords.some((word) => attributesView(word.lower)) || /\baccording to\b/i.test(span.text),
    };
  });
  return { text, sentences };
}

// In "TACOMA, Wash. (AP) —" the capitals are a place, not an acronym naming an organisation, and nothing else in
// the dateline answers a question but its date ("GENEVA, March 4 (Reuters) -").
function withDatelinePlace(sentence: string, mentions: Mention[]): Mention[] {
  const length = datelineLength(sentence);
  if (length === 0) return mentions;
  const placeEnd = datelinePlaceLength(sentence);
  const kept = mentions.filter((mention) => mention.start >= length || mention.kind === 'time');
  if (placeEnd === 0) return kept;
  return [{ kind: 'place', start: 0, end: placeEnd, text: sentence.slice(0, placeEnd) }, ...kept];
}
