import type { Corpus } from '../corpus/schema.js';
import { splitSentences } from '../corpus/sentences.js';
import { isCalendarName } from '../language/calendar.js';
import { lookupPlace } from '../language/places.js';
import { NO_PEOPLE, type KnownPeople } from './mention-names.js';
import { words } from './words.js';

// A word right after one of these opens a sentence or a quotation of its own: "said: “Schools will…”".
const OPENS_AFTER = /[\s]*[“"‘'(\[:—–-]\s*$/;

/**
 * How the corpus writes a word where no sentence starts: with a capital ("Budapest", "Rubio") or without
 * ("schools"). A sentence's first word is capitalised whatever it is, so when an answer moves it after "Yes, " it
 * must be told whether the capital is its own; the story's other sentences tell, and for a word they never write
 * elsewhere, the word after it, the people the story names and the calendar and places English knows.
 */
export class WordCasing {
  private readonly capitalizedInside = new Set<string>();
  private readonly lowercaseInside = new Set<string>();

  private constructor(private readonly people: KnownPeople) {}

  static fromCorpus(corpus: Corpus, people: KnownPeople = NO_PEOPLE): WordCasing {
    const casing = new WordCasing(people);
    for (const article of corpus.articles) {
      for (const paragraph of article.paragraphs) {
        for (const sentence of splitSentences(paragraph.text)) casing.addSentence(sentence.text);
      }
    }
    return casing;
  }

  private addSentence(text: string): void {
    for (const [index, word] of words(text).entries()) {
      if (index === 0 || OPENS_AFTER.test(text.slice(0, word.start))) continue;
      (word.capitalized ? this.capitalizedInside : this.lowercaseInside).add(word.lower);
    }
  }

  /**
   * Whether the first word of a sentence keeps its capital inside one: an acronym and "I" do, and so does a word
   * the story capitalises where no sentence starts; a function word, or a word it writes only in lower case
   * there, does not. A word the story never writes elsewhere keeps its capital when it starts a run of
   * capitalised words ("Kevin Doyle"), names a person the story knows, a place or a day or month.
   */
  keepsCapital(sentence: string): boolean {
    const [first, next] = words(sentence);
    if (!first) return false;
    if (first.acronym || first.text === 'I' || /^I['\u2019]/.test(first.text)) return true;
    // "The" is capitalised inside a name ("The Washington Post"), but opens a sentence far more often.
    if (first.functionWord) return false;
    if (this.capitalizedInside.has(first.lower)) return true;
    if (this.lowercaseInside.has(first.lower)) return false;
    return (
      next?.capitalized === true ||
      this.people.has(first.lower) ||
      isCalendarName(first.text) ||
      lookupPlace(first.text) !== undefined
    );
  }
}
