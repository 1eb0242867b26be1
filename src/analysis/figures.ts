import type { ArticleAnalysis } from './article-analysis.js';
import type { ArticleSentence } from './article-text.js';
import { capitalise, clauseAround } from './clauses.js';
import { sentenceWeight, type FactDraft } from './fact-draft.js';
import type { ProperNoun } from './proper-nouns.js';
import { describeQuantity, findQuantities, type Quantity } from './quantities.js';

/**
 * Figures: each quantity of the article with what it measures, read from the grammar around it:
 * "the Tomahawk, with a range of about 995 miles" → "Tomahawk range: about 995 miles"; "the ERAM (285 miles)"
 * → "ERAM range: 285 miles" when the sentence has already named the measure; "revenue rose 3.5%" →
 * "Revenue: rose 3.5%"; "1,600 people were evacuated" → "1,600 people evacuated".
 */

// "a range of", "the total cost of", "its death toll of": the measured noun before "of".
const MEASURE_OF = /\b(?:a|an|the|its|their|his|her|our|this|that)\s+((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)\s+of\s+$/u;
// "the ERAM (": the name of what a bracketed figure belongs to.
const NAME_BEFORE_BRACKET = /((?:\p{Lu}[\p{L}\p{N}-]*\s){0,3}\p{Lu}[\p{L}\p{N}-]*)\s\($/u;
// Verbs that state a figure directly: "revenue rose 3.5%", "the bill would cost $50 million".
const MEASURE_VERBS =
  'rose|fell|grew|jumped|climbed|dropped|declined|slipped|increased|decreased|gained|lost|surged|plunged|soared|' +
  'tumbled|slumped|cost|costs|earned|raised|spent|paid|totalled|totaled|totals|reached|hit|topped|exceeded|' +
  'killed|injured|displaced|evacuated|affected|destroyed|damaged|employs|employed|cut|added|shed|posted|reported|' +
  'stood at|stands at|amounted to|valued at|worth|up|down';
const VERB_BEFORE = new RegExp(`(?:^|[\\s,])((?:[\\p{L}'’-]+\\s){1,3}?)(?:(?:has|had|have|will|would|could)\\s)?(${MEASURE_VERBS})\\s(?:(?:by|to|at|some|about|nearly|almost)\\s)?$`, 'iu');
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)\s/i;
const PARTICIPLE_AFTER = /^\s(?:(?:were|was|have been|had been|has been|are|is|being)\s)?((?:\p{Ll}+ed|\p{Ll}+en|killed|hurt|left|lost|held|sold|built))\b/u;
const OF_NOUN_AFTER = /^\s+of\s+((?:(?:the|a|an|its|their)\s)?(?:[\p{L}-]+\s?){1,3})/u;
const MAX_FALLBACK_WORDS = 14;

export function figureFacts(analysis: ArticleAnalysis): FactDraft[] {
  const drafts: FactDraft[] = [];
  for (const sentence of analysis.sentences) {
    const quantities = findQuantities(sentence.text);
    const measures = new Map<string, string>();
    for (const quantity of quantities) {
      const described = describeFigure(sentence, quantity, analysis.nouns[sentence.index] ?? [], measures);
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
}

function describeFigure(sentence: ArticleSentence, quantity: Quantity, nouns: ProperNoun[], measures: Map<string, string>): DescribedFigure {
  const text = sentence.text;
  const before = text.slice(0, quantity.start);
  const figure = describeQuantity(quantity);
  const figureEnd = (quantity.equivalents.at(-1) ?? quantity).end + (text[(quantity.equivalents.at(-1) ?? quantity).end] === ')' ? 1 : 0);

  const measure = MEASURE_OF.exec(before);
  if (measure) {
    const noun = measure[1]!;
    measures.set(quantity.kind, noun);
    const owner = ownerBefore(nouns, quantity.start - measure[0].length, text);
    const label = owner ? `${owner} ${noun}` : noun;
    return { text: `${capitalise(label)}: ${figure}`, label };
  }

  const named = NAME_BEFORE_BRACKET.exec(before);
  if (named) {
    const measured = measures.get(quantity.kind);
    const label = measured ? `${named[1]} ${measured}` : named[1]!;
    return { text: `${capitalise(label)}: ${figure}`, label };
  }

  const verb = VERB_BEFORE.exec(before);
  if (verb) {
    const subject = verb[1]!.trim().replace(DETERMINER, '');
    if (subject && !/^(?:and|or|but|which|that|who)$/i.test(subject)) {
      const statement = text.slice(verb.index + verb[0].indexOf(verb[2]!), figureEnd).replace(/[,;]$/, '');
      return { text: `${capitalise(subject)}: ${statement}`, label: `${subject} ${verb[2]}` };
    }
  }

  if (quantity.kind === 'count' || quantity.kind === 'age') {
    const participle = PARTICIPLE_AFTER.exec(text.slice(quantity.end));
    if (participle) return { text: capitalise(`${figure} ${participle[1]}`), label: `${quantity.unit} ${participle[1]}` };
  }

  const ofNoun = OF_NOUN_AFTER.exec(text.slice(figureEnd));
  if (ofNoun && quantity.kind !== 'count') {
    const noun = ofNoun[1]!.trim();
    return { text: capitalise(`${figure} of ${noun}`), label: noun };
  }

  const clause = clauseAround(text, { start: quantity.start, end: figureEnd }, { maxWords: MAX_FALLBACK_WORDS, quoted: sentence.quoted });
  return { text: `${figure} — ${clause}`, label: '' };
}

// The name a measure belongs to: "The Tomahawk, with a range of" → "Tomahawk"; only close by, in the same clause.
function ownerBefore(nouns: ProperNoun[], at: number, text: string): string | null {
  const candidates = nouns.filter((noun) => noun.end <= at && at - noun.end <= 40 && !/[.;]/.test(text.slice(noun.end, at)));
  return candidates.at(-1)?.text ?? null;
}
