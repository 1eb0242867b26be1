import type { Quote } from '../analysis/schema.js';
import type { AnalyzedParagraph, AnalyzedSentence } from './analyzed-paragraph.js';
import { bestMatch, SAME_NAME } from './focus-match.js';
import { attributesView, SPEECH_VERB } from '../language/speech-verbs.js';
import { isTitleQualifier, isTitleWord } from '../language/titles.js';
import { words, type Word } from './words.js';

const VERB_AFTER_NAME = 4;
// Verbs that give someone's name for a thing, which a "What did X call Y?" question asks for: "Castro called the
// purchase 'the missing piece'".
const NAMING_VERBS: ReadonlySet<string> = new Set('call calls called calling described describes dubbed termed labelled labeled'.split(' '));

function attributes(word: string): boolean {
  return attributesView(word) || NAMING_VERBS.has(word);
}
// Nouns for what someone said, after their name in the possessive: "Okafor's warning", "Lee's remarks".
const SPEECH_NOUNS = new Set(
  'warning warnings comments comment remarks remark statement statements message words claim claims call demand view views position threat threats promise pledge'.split(' '),
);
const PRONOUN_SPEECH = new RegExp(String.raw`\b(?:he|she|they)\s+(?:\w+\s+)?${SPEECH_VERB}\b(?!-)|\b(?:said|says|added|adds)\s+(?:he|she)\b`, 'i');

/**
 * Whether a sentence gives someone's words as theirs: "Lee said", "said Lee", "said Mayor Ann Lee", "Lee, an
 * analyst at X, noted", "according to Lee", "Lee's warning". A name merely mentioned ("Duarte discussed it with
 * Okafor") is not an attribution to that name.
 */
export function attributesTo(sentence: AnalyzedSentence, name: Word): boolean {
  const sentenceWords = sentence.words;
  return sentenceWords.some((word, at) => {
    if (bestMatch(name, [word]) < SAME_NAME) return false;
    for (let next = at + 1; next <= at + VERB_AFTER_NAME && next < sentenceWords.length; next++) {
      if (attributes(sentenceWords[next]!.lower)) return true;
    }
    if (/['\u2019]s$/.test(word.text) && SPEECH_NOUNS.has(sentenceWords[at + 1]?.lower ?? '')) return true;
    // "Lee, whose house flooded twice, welcomed the news but said …": the verb may follow an appositive.
    const appositive = /^\s*,[^,]{1,100},/.exec(sentence.text.slice(word.end));
    if (appositive && attributesAfter(sentenceWords, word.end + appositive[0].length)) return true;
    // "The Game Workers Alliance, a union that represents developers, said …": the appositive's noun names the
    // speaker as well as the name before it does.
    const rest = /^[^,]{0,100},/.exec(sentence.text.slice(word.end));
    if (rest && APPOSITIVE_OPENING.test(sentence.text.slice(0, word.start)) && attributesAfter(sentenceWords, word.end + rest[0].length)) {
      return true;
    }
    // "said Mayor Linda Okafor", "said Aslef general secretary Mick Whelan": titles, in capitals or not, and first
    // names may stand between the verb and the name.
    let before = at - 1;
    while (before >= 0 && at - before <= TITLE_WORDS_BEFORE_NAME && partOfTitledName(sentenceWords[before]!)) before -= 1;
    const verb = sentenceWords[before];
    if (verb && attributes(verb.lower)) return true;
    return verb?.lower === 'to' && sentenceWords[before - 1]?.lower === 'according';
  });
}

const TITLE_WORDS_BEFORE_NAME = 6;
// The start of an appositive up to its noun: ", a union", ", the country's largest union".
const APPOSITIVE_OPENING = /,\s+(?:a|an|the)\s+(?:[^,]{0,40}\s)?$/i;

// Whether a verb of saying stands within a few words from this offset in the sentence.
function attributesAfter(sentenceWords: readonly Word[], offset: number): boolean {
  const resume = sentenceWords.findIndex((candidate) => candidate.start >= offset);
  if (resume < 0) return false;
  return sentenceWords.slice(resume, resume + VERB_AFTER_NAME + 1).some((next) => attributes(next.lower));
}

function partOfTitledName(word: Word): boolean {
  if (word.functionWord) return false;
  return word.capitalized || isTitleWord(word.lower) || isTitleQualifier(word.lower) || /^(?:general|chief|deputy|senior|executive|assistant|associate)$/.test(word.lower);
}

const OVERLAP_CHARS = 24;
const bare = (text: string) => text.toLowerCase().replace(/["'\u201C\u201D\u2018\u2019]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Whether the corpus's quotation analysis attributes words of this sentence to the speaker: it resolves what a
 * sentence alone cannot, such as "the former governor said" after a paragraph that names the governor.
 */
function quotedFrom(speaker: Word, sentence: AnalyzedSentence, quotes: readonly Quote[]): boolean {
  const text = bare(sentence.text);
  return quotes.some((quote) => {
    if (!words(quote.speaker).some((word) => bestMatch(speaker, [word]) >= SAME_NAME)) return false;
    const quoted = bare(quote.text);
    return text.includes(quoted.slice(0, OVERLAP_CHARS)) || quoted.includes(text.slice(0, OVERLAP_CHARS));
  });
}

/**
 * Whether some of the sentences give the named speaker's words: attributed to them in the sentence, or quoted
 * or said by "he"/"she" in a paragraph that attributes words to them elsewhere or names them earlier.
 */
export function spokenBy(
  speaker: Word | null,
  sentences: readonly AnalyzedSentence[],
  paragraph: AnalyzedParagraph,
  quotes: readonly Quote[] = [],
): boolean {
  if (!sentences.some((sentence) => sentence.quoted || sentence.reportsSpeech)) return false;
  if (speaker === null) return true;
  if (sentences.some((sentence) => attributesTo(sentence, speaker))) return true;
  if (sentences.some((sentence) => quotedFrom(speaker, sentence, quotes))) return true;
  const attributedInParagraph = paragraph.sentences.some((sentence) => attributesTo(sentence, speaker));
  if (attributedInParagraph && sentences.some((sentence) => sentence.quoted || PRONOUN_SPEECH.test(sentence.text))) return true;
  const first = sentences[0]!.index;
  const namedBefore = paragraph.sentences.slice(0, first).some((sentence) => bestMatch(speaker, sentence.words) >= SAME_NAME);
  return namedBefore && sentences.some((sentence) => PRONOUN_SPEECH.test(sentence.text));
}
