import type { ArticleSentence } from './article-text.js';
import type { FactDraft } from './fact-draft.js';

/**
 * A statement cut from a sentence that opens with "It" ("It has now stayed below 4% for 26 straight months")
 * names nothing on its own. News writing uses that "It" for the subject of the sentence just before in the
 * same paragraph ("The unemployment rate dipped to 3.8%…"), so the statement is given that subject instead.
 */

// Words that end a subject read from the start of a sentence: its verb.
const VERB = /^(?:\p{Ll}+ed|is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|remains|rose|fell|grew|stood|hit|rises|falls|grows)$/u;
const MAX_SUBJECT_WORDS = 5;
const STATEMENT_KINDS = new Set(['date', 'event', 'figure']);

/** The drafts, each statement that opens with "It" given the subject of the sentence before it, where it has one. */
export function withPronounsNamed(drafts: FactDraft[], sentences: readonly ArticleSentence[]): FactDraft[] {
  return drafts.map((draft) => {
    const source = draft.sources[0];
    if (!STATEMENT_KINDS.has(draft.kind) || !source || source.inParagraph === 0) return draft;
    const opening = /(^| — )It (?=\p{Ll})/u.exec(draft.text);
    const subject = opening ? subjectOf(sentences[source.index - 1]?.text ?? '') : null;
    if (!opening || !subject) return draft;
    const at = opening.index + opening[1]!.length;
    return { ...draft, text: `${draft.text.slice(0, at)}${subject} ${draft.text.slice(at + 'It '.length)}` };
  });
}

/** The singular noun phrase a sentence opens with as its subject: "The unemployment rate dipped…" → "The unemployment rate". */
export function subjectOf(sentence: string): string | null {
  const words = sentence.split(/\s+/);
  if (!/^(?:The|Its|Their|His|Her)$/.test(words[0] ?? '')) return null;
  for (let i = 1; i <= MAX_SUBJECT_WORDS && i < words.length; i++) {
    if (!/^[\p{Ll}-]+$/u.test(words[i]!)) return null;
    if (VERB.test(words[i]!)) {
      const head = words[i - 1]!;
      // "It" stands for one thing: "The talks were…" is no antecedent for it.
      return i > 1 && !/[^s]s$/.test(head) ? words.slice(0, i).join(' ') : null;
    }
  }
  return null;
}
