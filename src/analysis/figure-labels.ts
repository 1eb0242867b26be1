import type { ArticleSentence } from './article-text.js';
import { capitalise } from './clauses.js';
import { countedObject, countsBelongings } from './counted-objects.js';
import { isFunctionWord } from '../language/function-words.js';
import type { ProperNoun } from './proper-nouns.js';
import { describeQuantity, type Quantity } from './quantities.js';
import { statementAround } from './statement.js';

/**
 * What a figure measures, read from the grammar around it:
 * - "the Falcon, with a range of about 600 miles" → "Falcon range: about 600 miles";
 * - "the XR-2 (120 miles)" → "XR-2 range: 120 miles" when the sentence has already named the measure;
 * - "a $3.2 billion battery plant", "a nine-hour meeting" → "Battery plant: $3.2 billion", "Meeting: nine hours";
 * - "revenue rose 3.5%" → "Revenue: rose 3.5%";
 * - "killing 12 people", "2,500 people were evacuated", "expects to employ 2,500 people" → "12 people killed",
 *   "2,500 people evacuated", "2,500 people to be employed";
 * - else the short statement of its clause, which holds the figure ("The state offered $450 million in tax credits").
 */
export interface DescribedFigure {
  text: string;
  /** What the figure measures, or '' when only its statement could be given. */
  label: string;
  /** Where in the sentence the statement of the figure ends. */
  end: number;
  /** The start of the clause the text was cut from, when the text is that clause's statement. */
  clause?: number;
}

export interface FigureContext {
  sentence: ArticleSentence;
  quantities: Quantity[];
  index: number;
  nouns: ProperNoun[];
  /** What each kind of quantity measured when the sentence last said ("range" for lengths). */
  measures: Map<string, string>;
  rewrite: (text: string) => string;
}

// "a range of", "the total cost of", "its death toll of": the measured noun before "of".
const MEASURE_OF = /\b(?:a|an|the|its|their|his|her|our|this|that)\s+((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)\s+of\s+$/u;
// "the XR-2 (": the name of what a bracketed figure belongs to.
const NAME_BEFORE_BRACKET = /((?:\p{Lu}[\p{L}\p{N}-]*\s){0,3}\p{Lu}[\p{L}\p{N}-]*)\s\($/u;
// "a $3.2 billion electric-vehicle battery plant", "a 3% rise": a figure that qualifies the noun after it.
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|that)\s$/iu;
const NOUN_AFTER = /^[\s-]((?:[\p{Ll}][\p{Ll}-]*\s){0,3}[\p{Ll}][\p{Ll}-]*)/u;
const MAX_NOUN_WORDS = 3;
// Adverbs and prepositions of time that are no nouns: "a $412 million budget early Wednesday".
const NOT_NOUNS = new Set(['early', 'late', 'ago', 'near', 'past', 'later', 'earlier', 'now', 'then', 'still']);
// Verbs that state a figure directly: "revenue rose 3.5%", "the bill would cost $50 million".
const MEASURE_VERBS =
  'rose|fell|grew|jumped|climbed|dropped|declined|slipped|increased|decreased|gained|lost|surged|plunged|soared|' +
  'tumbled|slumped|cost|costs|earned|raised|spent|paid|totalled|totaled|totals|reached|hit|topped|exceeded|' +
  'killed|injured|displaced|evacuated|affected|destroyed|damaged|employs|employed|cut|added|shed|posted|reported|' +
  'stood at|stands at|amounted to|valued at|worth|up|down';
// "fine companies", "fined", "charges users": a verb of penalty or charge, and whom it falls on ("tax" is
// too often the noun: "raised taxes by 2%").
const PENALTY_NOUNS: Record<string, string> = Object.fromEntries(
  ['fine', 'charge'].flatMap((noun) => [noun, `${noun.replace(/e$/, '')}es`, `${noun.replace(/e$/, '')}ed`].map((form) => [form, noun])),
);
const PENALTY_BEFORE = new RegExp(`\\b(${Object.keys(PENALTY_NOUNS).join('|')})\\s(?:(\\p{Ll}+)\\s)?$`, 'iu');
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
// Participles after a count: "2,500 people were evacuated", "12 people killed" (not "when", "then", "seven").
const PARTICIPLE_AFTER =
  /^\s(?:(?:were|was|have been|had been|has been|are|is|being)\s)?(\p{Ll}{2,}ed|taken|given|driven|hurt|left|lost|held|sold|built|sent|kept|brought|found|seen|shown|known|grown|thrown|stolen|beaten)\b/u;
// "of debate", "of the front line": what a figure is an amount of, up to the next function word.
const OF_NOUN_AFTER =
  /^\s+of\s+((?:(?:the|a|an|its|their)\s)?[\p{L}-]+(?:\s(?!(?:that|which|who|the|a|an|and|or|to|in|on|at|by|for|from|as|is|was|were|had|has|over|into|about|across|with|after|before|since|during|under)\b)[\p{L}-]+){0,2})/u;
const MAX_STATEMENT_WORDS = 16;

export function describeFigure(context: FigureContext): DescribedFigure {
  const { sentence, quantities, index, nouns, measures } = context;
  const text = sentence.text;
  const quantity = quantities[index]!;
  const before = text.slice(0, quantity.start);
  const figure = describeQuantity(quantity);
  const last = quantity.equivalents.at(-1) ?? quantity;
  const end = last.end + (text[last.end] === ')' ? 1 : 0);

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

  const noun = quantity.kind !== 'count' && DETERMINER_BEFORE.test(before) ? qualifiedNoun(text.slice(end)) : null;
  if (noun) return { text: `${capitalise(noun)}: ${spoken(quantity)}`, label: noun, end };

  // "can fine companies up to 4% of their revenue": a sum a verb of penalty or charge names is a fine or a charge.
  const penalty = quantity.kind === 'money' || quantity.kind === 'percent' ? PENALTY_BEFORE.exec(before) : null;
  // "fines of", "charges by": the noun of a phrase the grammar below reads, not the verb.
  if (penalty && !(penalty[2] && isFunctionWord(penalty[2]))) {
    const ofNoun = OF_NOUN_AFTER.exec(text.slice(end));
    const payer = penalty[2] ? ` on ${penalty[2]}` : '';
    const label = `${PENALTY_NOUNS[penalty[1]!.toLowerCase()]}${payer}`;
    return { text: `${capitalise(label)}: ${figure}${ofNoun ? ` of ${ofNoun[1]!.trim()}` : ''}`, label, end: ofNoun ? end + ofNoun[0].length : end };
  }

  const found = VERB_BEFORE.exec(before);
  // "up 12%" and "down 3%" state a change only after a comma, not in "set up 400 cots".
  const verb = found && (!/^(?:up|down)$/i.test(found[1]!) || before.charAt(found.index - 1) === ',') ? found : null;
  const subject = verb ? subjectBefore(before.slice(0, verb.index)) : '';
  if (verb && subject) {
    const statementEnd = chainEnd(text, quantities, index, end);
    const statement = text.slice(verb.index + verb[0].indexOf(verb[1]!), statementEnd).replace(/[,;]$/, '');
    return { text: `${capitalise(context.rewrite(subject))}: ${statement}`, label: `${subject} ${verb[1]}`, end: statementEnd };
  }

  if (quantity.kind === 'count') {
    const participle = PARTICIPLE_AFTER.exec(text.slice(quantity.end));
    if (participle) return { text: capitalise(`${figure} ${participle[1]}`), label: `${quantity.unit} ${participle[1]}`, end };
    const object = countedObject(text, quantity);
    if (object) return { text: capitalise(`${figure} ${object.done}`), label: `${quantity.unit} ${object.verb}`, end };
    const belongings = countsBelongings(text, quantity);
    if (belongings) return { text: `${capitalise(figure)} — ${belongings}`, label: `${quantity.unit} ${belongings}`, end };
  }

  const ofNoun = OF_NOUN_AFTER.exec(text.slice(end));
  if (ofNoun && quantity.kind !== 'count') {
    const noun = ofNoun[1]!.trim();
    return { text: capitalise(`${figure} of ${noun}`), label: noun, end };
  }

  const statement = statementAround(text, { start: quantity.start, end }, { maxWords: MAX_STATEMENT_WORDS, quoted: sentence.quoted, rewrite: context.rewrite });
  // A statement that gives the figure as written says it all; else the figure leads.
  const said = statement.text.includes(quantity.text) ? statement.text : `${figure} — ${statement.text}`;
  return { text: said, label: '', end, clause: statement.clause.start };
}

// The noun a figure qualifies, up to the first word that is not part of it: "battery plant near" → "battery plant".
// A plural or a verb after the figure starts a new phrase ("$1.34 billion analysts polled"), not a noun it qualifies.
function qualifiedNoun(after: string): string | null {
  const words = NOUN_AFTER.exec(after)?.[1]?.split(' ') ?? [];
  const noun: string[] = [];
  for (const word of words.slice(0, MAX_NOUN_WORDS)) {
    if (isFunctionWord(word) || /(?:ly|ed|ing)$/.test(word) || NOT_NOUNS.has(word)) break;
    noun.push(word);
  }
  const head = noun.at(-1);
  return head && !/[^s]s$/.test(head) ? noun.join(' ') : null;
}

// "nine-hour" → "nine hours", "90-year" → "90 years": a figure that qualifies a noun, said as an amount.
function spoken(quantity: Quantity): string {
  const hyphenated = /^(.+)-(\p{L}+)$/u.exec(quantity.text);
  if (!hyphenated || quantity.kind !== 'duration') return describeQuantity(quantity);
  const [, amount, unit] = hyphenated;
  return quantity.value === 1 ? `${amount} ${unit}` : `${amount} ${unit}s`;
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
  // A subject that is a modal or a pronoun ("Would", "it") is no subject to name.
  return /^(?:\p{L}|\d)/u.test(phrase) && !/^(?:it|they|he|she|this|that|which|who|would|could|will|should|might|may|must)$/i.test(phrase) ? phrase : '';
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

// The name a measure belongs to: "The Falcon, with a range of" → "Falcon"; only close by, in the same clause.
function ownerBefore(nouns: ProperNoun[], at: number, text: string): string | null {
  const candidates = nouns.filter((noun) => noun.end <= at && at - noun.end <= 40 && !/[.;]/.test(text.slice(noun.end, at)));
  return candidates.at(-1)?.text ?? null;
}
