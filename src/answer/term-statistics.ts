import type { Corpus } from '../corpus/schema.js';
import { splitSentences } from '../corpus/sentences.js';
import { words, type Word } from './words.js';

/**
 * How rare each word is in the corpus, counted in sentences: the inverse document frequency that weighs a
 * question's words. A rare word ("breakfast", a name mentioned once) must be found for an answer to count as
 * supported; a word in every other sentence (the story's main character) says little on its own.
 */
/** The weight of a word in every sentence: even that counts for something, so a question made only of common words still has a focus. */
export const LEAST_WEIGHT = 0.2;

export class TermStatistics {
  private readonly byTerm = new Map<string, number>();
  private readonly byRoot = new Map<string, number>();
  private sentenceCount = 0;

  /** Statistics over every sentence of every paragraph of a corpus. */
  static fromCorpus(corpus: Corpus): TermStatistics {
    return TermStatistics.fromParagraphs(corpus.articles.flatMap((article) => article.paragraphs.map((p) => p.text)));
  }

  /** Statistics over the sentences of some paragraphs of text. */
  static fromParagraphs(paragraphs: Iterable<string>): TermStatistics {
    const statistics = new TermStatistics();
    for (const paragraph of paragraphs) {
      for (const sentence of splitSentences(paragraph)) statistics.addSentence(words(sentence.text));
    }
    return statistics;
  }

  /** How many sentences were counted. */
  get sentences(): number {
    return this.sentenceCount;
  }

  private addSentence(sentence: Word[]): void {
    this.sentenceCount += 1;
    const terms = new Set<string>();
    const roots = new Set<string>();
    for (const word of sentence) {
      if (word.functionWord) continue;
      terms.add(word.term);
      for (const root of word.roots) roots.add(root);
    }
    for (const term of terms) this.byTerm.set(term, (this.byTerm.get(term) ?? 0) + 1);
    for (const root of roots) this.byRoot.set(root, (this.byRoot.get(root) ?? 0) + 1);
  }

  /** In how many sentences the word, or a spelling of the same name ("Russians" for "Russia"), occurs. */
  documentFrequency(word: Word): number {
    let frequency = this.byTerm.get(word.term) ?? 0;
    for (const root of word.roots) frequency = Math.max(frequency, this.byRoot.get(root) ?? 0);
    return frequency;
  }

  /** Whether the corpus holds the word at all. */
  has(word: Word): boolean {
    return this.documentFrequency(word) > 0;
  }

  /** Whether the corpus holds any of these terms (see `term` in words.ts). */
  hasAnyTerm(terms: Iterable<string>): boolean {
    for (const term of terms) if (this.byTerm.has(term)) return true;
    return false;
  }

  /**
   * The word's weight as evidence: ln((N + 1) / (df + 0.5)). A word the corpus never uses weighs the most,
   * since a question about it is one the corpus cannot answer; one the corpus says only in other words ("death"
   * where it writes "died"), given as `sameMeaning` terms, weighs halfway between that and what those words weigh.
   */
  weight(word: Word, sameMeaning: Iterable<string> = []): number {
    const frequency = this.documentFrequency(word);
    if (frequency > 0) return this.weightOfFrequency(frequency);
    let synonymFrequency = 0;
    for (const other of sameMeaning) synonymFrequency = Math.max(synonymFrequency, this.byTerm.get(other) ?? 0);
    return (this.weightOfFrequency(0) + this.weightOfFrequency(synonymFrequency)) / 2;
  }

  private weightOfFrequency(frequency: number): number {
    return Math.max(LEAST_WEIGHT, Math.log((this.sentenceCount + 1) / (frequency + 0.5)));
  }
}
