import type { ArticleAnalysis } from './article-analysis.js';
import type { ArticleSentence } from './article-text.js';
import { clauseKey, sentenceWeight, type FactDraft } from './fact-draft.js';
import { readsAlone, statementAround } from './statement.js';

/**
 * Events: who does what (and where and when), from the sentences of the article that report an action by a
 * named actor: announcements, meetings, agreements, votes, attacks, decisions; planned and expected ones
 * count for more, because readers want to know what happens next.
 */

const EVENT_VERBS = new RegExp(
  '\\b(?:' +
    [
      'announc(?:e|es|ed|ing)', 'agre(?:e|es|ed)', 'sign(?:s|ed)?', 'meet(?:s|ing)?', 'met', 'approv(?:e|es|ed)',
      'reject(?:s|ed)?', 'impos(?:e|es|ed)', 'lift(?:s|ed)?', 'halt(?:s|ed)?', 'launch(?:es|ed)?', 'attacked',
      'str(?:ike|ikes|uck)', 'kill(?:s|ed)?', 'arrest(?:s|ed)?', 'elect(?:s|ed)?', 'resign(?:s|ed)?',
      'appoint(?:s|ed)?', 'nominat(?:e|es|ed)', 'sponsor(?:s|ed)?', 'introduc(?:e|es|ed)', 'pass(?:es|ed)?',
      'vot(?:e|es|ed)', 'visit(?:s|ed)?', 'travel(?:s|led|ed)?', 'host(?:s|ed)?', 'h(?:old|olds|eld)', 'l(?:ead|eads|ed)',
      'plan(?:s|ned)?', 'schedul(?:e|es|ed)', 'warn(?:s|ed)?', 'threaten(?:s|ed)?', 'urg(?:e|es|ed)',
      'propos(?:e|es|ed)', 'accept(?:s|ed)?', 'declin(?:e|es|ed)', 'deploy(?:s|ed)?', 's(?:end|ends|ent)',
      's(?:ell|ells|old)', 'purchas(?:e|es|ed)', 'b(?:uy|uys|ought)', 'w(?:in|ins|on)', 'releas(?:e|es|ed)',
      'bann?ed', 'suspend(?:s|ed)?', 'cancel(?:s|led|ed)?', 'postpon(?:e|es|ed)', 'negotiat(?:e|es|ed)',
      'broker(?:s|ed)?', 'pledg(?:e|es|ed)', 'promis(?:e|es|ed)', 'ordered', 'declar(?:e|es|ed)',
      'confirm(?:s|ed)?', 'invad(?:e|es|ed)', 'withdr(?:aw|aws|ew)', 'evacuat(?:e|es|ed)', 'fired',
      'acquir(?:e|es|ed)', 'merg(?:e|es|ed)', 'hir(?:e|es|ed)', 'laid off', 'lay off', 'cut', 'rais(?:e|es|ed)',
      'open(?:s|ed)', 'clos(?:es|ed)', 'precedes?', 'follows?', 'await(?:s|ed)?', 'review(?:s|ed|ing)?',
    ].join('|') +
    ')\\b',
  'i',
);
const FORWARD_LOOKING =
  /\b(?:will|shall|is set to|are set to|is expected to|are expected to|is due to|are due to|plans? to|planned|scheduled|upcoming|forthcoming|next (?:week|month|year)|in the coming|awaits?|pending)\b/i;
const MAX_WORDS = 20;

export function eventFacts(analysis: ArticleAnalysis): FactDraft[] {
  const drafts: FactDraft[] = [];
  for (const sentence of analysis.sentences) {
    if (mostlyQuoted(sentence)) continue;
    const verb = firstUnquotedMatch(sentence);
    if (!verb || !hasActor(analysis, sentence)) continue;
    const verbSpan = { start: verb.index, end: verb.index + verb[0].length };
    const statement = statementAround(sentence.text, verbSpan, {
      maxWords: MAX_WORDS,
      quoted: sentence.quoted,
      anchor: 'clause',
      rewrite: analysis.shortNames,
    });
    const text = statement.text;
    // A clause that opens with a participle or a lowercase word ("arguing that…") has lost its actor.
    if (text.split(/\s+/).length < 5 || !readsAlone(text)) continue;
    const forward = FORWARD_LOOKING.test(text);
    drafts.push({
      kind: 'event',
      text,
      key: `event:${text.toLowerCase()}`,
      score: sentenceWeight(analysis.centrality[sentence.index] ?? 0, analysis.prominence[sentence.index] ?? 0) + (forward ? 0.15 : 0),
      sources: [sentence],
      clause: clauseKey(sentence, statement.clause.start),
    });
  }
  return drafts;
}

/** Whether a sentence looks ahead: a plan, a schedule, an expectation. */
export function isForwardLooking(text: string): boolean {
  return FORWARD_LOOKING.test(text);
}

function mostlyQuoted(sentence: ArticleSentence): boolean {
  const quotedLength = sentence.quoted.reduce((sum, q) => sum + (q.end - q.start), 0);
  return quotedLength > sentence.text.length / 2;
}

const EVENT_VERBS_ALL = new RegExp(EVENT_VERBS.source, 'gi');

function firstUnquotedMatch(sentence: ArticleSentence): RegExpExecArray | null {
  const pattern = EVENT_VERBS_ALL;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
    const at = match.index;
    if (!sentence.quoted.some((q) => at >= q.start && at < q.end)) return match;
  }
  return null;
}

// An event needs someone to act: a named person or any other proper noun that is not the sentence's opener.
function hasActor(analysis: ArticleAnalysis, sentence: ArticleSentence): boolean {
  const nouns = analysis.nouns[sentence.index] ?? [];
  return nouns.some((noun) => analysis.personNames.has(noun.text) || !noun.sentenceInitial || nouns.length > 1);
}
