import type { ArticleAnalysis } from './article-analysis.js';
import type { ArticleSentence } from './article-text.js';
import { capitalise, clauseAround } from './clauses.js';
import { sentenceWeight, type FactDraft } from './fact-draft.js';
import type { ProperNoun } from './proper-nouns.js';
import { describeQuantity, findQuantities, type Quantity } from './quantities.js';

/**
 * Figures: each quantity of the article with what it measures, read from the grammar around it:
 * "the Falcon, with a range of about 600 miles" → "Falcon range: about 600 miles"; "the XR-2 (120 miles)"
 * → "XR-2 range: 120 miles" when the sentence has already named the measure; "revenue rose 3.5%" →
 * "Revenue: rose 3.5%"; "2,500 people were evacuated" → "2,500 people evacuated".
 */

// "a range of", "the total cost of", "its death toll of": the measured noun before "of".
const MEASURE_OF = /\b(?:a|an|the|its|their|his|her|our|this|that)\s+((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)\s+of\s+$/u;
// "the XR-2 (": the name of what a bracketed figure belongs to.
const NAME_BEFORE_BRACKET = /((?:\p{Lu}[\p{L}\p{N}-]*\s){0,3}\p{Lu}[\p{L}\p{N}-]*)\s\($/u;
// Verbs that state a figure directly: "revenue rose 3.5%", "the bill would cost $50 million".
const MEASURE_VERBS =
  'rose|fell|grew|jumped|climbed|dropped|declined|slipped|increased|decreased|gained|lost|surged|plunged|soared|' +
  'tumbled|slumped|cost|costs|earned|raised|spent|paid|totalled|totaled|totals|reached|hit|topped|exceeded|' +
  'killed|injured|displaced|evacuated|affected|destroyed|damaged|employs|employed|cut|added|shed|posted|reported|' +
  'stood at|stands at|amounted to|valued at|worth|up|down';
const VERB_BEFORE = new RegExp(`\\s(?:(?:has|had|have|will|would|could|is|was|were|are)\\s)?(${MEASURE_VERBS})\\s(?:(?:by|to|at|some|about|nearly|almost)\\s)?$`, 'iu');
// Words that end the subject when reading back from its verb: "…, while Brightwater slipped".
const SUBJECT_STOP = new Set(
  'while and but or which that who as when after before because since although though if than where whereas so yet'.split(' '),
);
const MAX_SUBJECT_WORDS = 7;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)\s/i;
// Quantities joined to the one before into one statement: "fell to $84.1 million, or 61 cents a share, from $112.7 million".
const CHAINED_GAP = /^(?:\s(?:a share|a year|per share|each))?,?\s(?:(?:or|from|to|up from|down from|compared with|against|versus|vs\.?)\s)?$/;
const CHAINING_WORD = /^(?:or|from|to|up from|down from|compared with|against|versus|vs\.?)\s/;
const CHAINING_QUALIFIER = new Set(['from', 'another']);
// "killing at least 12 people", "leaving more than 300,000 homes without power": the verb before a count.
const GERUND_BEFORE = /\b(\p{Ll}+ing)\s$/u;
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  leaving: 'left', making: 'made', bringing: 'brought', sending: 'sent', taking: 'taken', keeping: 'kept', hitting: 'hit',
  cutting: 'cut', putting: 'put', losing: 'lost', holding: 'held', selling: 'sold', buying: 'bought', finding: 'found',
  seeing: 'seen', driving: 'driven', forcing: 'forced',
};
const PLACE_AFTER = /^\s((?:without|in|from|across|on|at)\s[\p{L}'’-]+(?:\s(?!(?:across|in|on|at|from|and|or|the|a|an)\b)[\p{L}'’-]+)?)/u;
const PARTICIPLE_AFTER = /^\s(?:(?:were|was|have been|had been|has been|are|is|being)\s)?((?:\p{Ll}+ed|\p{Ll}+en|killed|hurt|left|lost|held|sold|built))\b/u;
const OF_NOUN_AFTER = /^\s+of\s+((?:(?:the|a|an|its|their)\s)?[\p{L}-]+(?:\s(?!(?:that|which|who|the|a|an|and|or|to|in|on|at|by|for|with|from|as|is|was|were|had|has)\b)[\p{L}-]+){0,2})/u;
const MAX_FALLBACK_WORDS = 14;

export function figureFacts(analysis: ArticleAnalysis): FactDraft[] {
  const drafts: FactDraft[] = [];
  for (const sentence of analysis.sentences) {
    const quantities = findQuantities(sentence.text);
    const measures = new Map<string, string>();
    let toldUpTo = -1;
    for (const [i, quantity] of quantities.entries()) {
      if (quantity.start < toldUpTo) continue; // already part of the statement before
      const described = describeFigure(sentence, quantities, i, analysis.nouns[sentence.index] ?? [], measures);
      toldUpTo = described.end;
      drafts.push({
        kind: 'figure',
        text: described.text,
        key: `figure:${quantity.kind}:${quantity.value}:${quantity.unit}:${described.label.toLowerCase()}`,
        score: 0.9 * sentenceWeight(analysis.centrality[sentence.index] ?? 0, analysis.prominence[sentence.index] ?? 0) + (described.label ? 0.1 : 0),
        sources: [sentence],
      });
    }
  }
  return drafts;
}

interface DescribedFigure {
  text: string;
  /** What the figure measures, or '' when only its clause could be given. */
  label: string;
  /** Where in the sentence the statement of the figure ends. */
  end: number;
}

function describeFigure(
  sentence: ArticleSentence,
  quantities: Quantity[],
  index: number,
  nouns: ProperNoun[],
  measures: Map<string, string>,
): DescribedFigure {
  const text = sentence.text;
  const quantity = quantities[index]!;
  const before = text.slice(0, quantity.start);
  const figure = describeQuantity(quantity);
  const last = quantity.equivalents.at(-1) ?? quantity;
  const figureEnd = last.end + (text[last.end] === ')' ? 1 : 0);
  const end = figureEnd;

  const measure = MEASURE_OF.exec(before);
  if (measure) {
    const noun = measure[1]!;
    measures.set(quantity.kind, noun);
    const owner = ownerBefore(nouns, quantity.start - measure[0].length, text);
    const label = owner ? `${owner} ${noun}` : noun;
    return { text: `${capitalise(label)}: ${figure}`, label, end };
  }

  const named = NAME_BEFORE_BRACKET.exec(before);
  if (named) {
    const measured = measures.get(quantity.kind);
    const label = measured ? `${named[1]} ${measured}` : named[1]!;
    return { text: `${capitalise(label)}: ${figure}`, label, end };
  }

  const verb = VERB_BEFORE.exec(before);
  const subject = verb ? subjectBefore(before.slice(0, verb.index)) : '';
  if (verb && subject) {
    const statementEnd = chainEnd(text, quantities, index, figureEnd);
    const statement = text.slice(verb.index + verb[0].indexOf(verb[1]!), statementEnd).replace(/[,;]$/, '');
    return { text: `${capitalise(subject)}: ${statement}`, label: `${subject} ${verb[1]}`, end: statementEnd };
  }

  if (quantity.kind === 'count') {
    const participle = PARTICIPLE_AFTER.exec(text.slice(quantity.end));
    if (participle) return { text: capitalise(`${figure} ${participle[1]}`), label: `${quantity.unit} ${participle[1]}`, end };
    const gerund = GERUND_BEFORE.exec(before);
    if (gerund) {
      const done = pastParticiple(gerund[1]!);
      const where = PLACE_AFTER.exec(text.slice(quantity.end))?.[1]?.trim();
      return { text: capitalise([figure, done, where].filter(Boolean).join(' ')), label: `${quantity.unit} ${done}`, end };
    }
  }

  const ofNoun = OF_NOUN_AFTER.exec(text.slice(figureEnd));
  if (ofNoun && quantity.kind !== 'count') {
    const noun = ofNoun[1]!.trim();
    return { text: capitalise(`${figure} of ${noun}`), label: noun, end };
  }

  const clause = clauseAround(text, { start: quantity.start, end: figureEnd }, { maxWords: MAX_FALLBACK_WORDS, quoted: sentence.quoted });
  return { text: `${figure} — ${clause}`, label: '', end };
}

// Reads back from a verb to the start of its subject: "Shares of Lumen Devices Inc. fell" → "Shares of Lumen Devices Inc.".
function subjectBefore(text: string): string {
  const words = text.trimEnd().split(/\s+/);
  const subject: string[] = [];
  for (let i = words.length - 1; i >= 0 && subject.length < MAX_SUBJECT_WORDS; i--) {
    const word = words[i]!;
    if (word === '' || SUBJECT_STOP.has(word.toLowerCase()) || /[,;:"“”—–]$/.test(word)) break;
    subject.unshift(word);
  }
  const phrase = subject.join(' ').replace(DETERMINER, '');
  return /^(?:\p{L}|\d)/u.test(phrase) && !/^(?:it|they|he|she|this|that|which|who)$/i.test(phrase) ? phrase : '';
}

// The end of a statement that runs on through the quantities joined to its own.
function chainEnd(text: string, quantities: Quantity[], index: number, figureEnd: number): number {
  let end = figureEnd;
  for (const next of quantities.slice(index + 1)) {
    const gap = text.slice(end, next.start);
    const joined = CHAINING_WORD.test(gap.replace(/^(?:\s(?:a share|a year|per share|each))?,?\s/, '')) || CHAINING_QUALIFIER.has(next.qualifier?.toLowerCase() ?? '');
    if (!CHAINED_GAP.test(gap) || !joined) break;
    const last = next.equivalents.at(-1) ?? next;
    end = last.end + (text[last.end] === ')' ? 1 : 0);
  }
  return end;
}

// A gerund's stem takes "-ed" as it is: "killing" → "killed", "injuring" → "injured", "stopping" → "stopped".
function pastParticiple(gerund: string): string {
  return IRREGULAR_PARTICIPLES[gerund] ?? `${gerund.slice(0, -3)}ed`;
}

// The name a measure belongs to: "The Falcon, with a range of" → "Falcon"; only close by, in the same clause.
function ownerBefore(nouns: ProperNoun[], at: number, text: string): string | null {
  const candidates = nouns.filter((noun) => noun.end <= at && at - noun.end <= 40 && !/[.;]/.test(text.slice(noun.end, at)));
  return candidates.at(-1)?.text ?? null;
}
