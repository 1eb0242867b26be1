/**
 * Common English irregular verbs as "base past participle". Stemming cannot see that "met" is "meet" or
 * "told" is "tell"; this table can, and also gives the past tense when a question is restated.
 * Forms that are more often another word ("left") are left out; "found" is far more often "find" than "found a
 * company" (which news writes "founded").
 */
const VERBS = `
be was been|begin began begun|bring brought brought|build built built|buy bought bought|catch caught caught
choose chose chosen|come came come|find found found|cost cost cost|deal dealt dealt|do did done|draw drew drawn|drink drank drunk
drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|flee fled fled
fly flew flown|forget forgot forgotten|freeze froze frozen|get got gotten|give gave given|go went gone
grow grew grown|have had had|hear heard heard|hold held held|keep kept kept|know knew known|lead led led
lay laid laid|lend lent lent|lose lost lost|make made made|mean meant meant|meet met met|pay paid paid|ride rode ridden
rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent
shake shook shaken|shoot shot shot|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|speak spoke spoken
spend spent spent|stand stood stood|steal stole stolen|strike struck struck|swear swore sworn|swim swam swum
take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown
understand understood understood|undertake undertook undertaken|wake woke woken|wear wore worn|win won won
withdraw withdrew withdrawn|write wrote written|break broke broken|become became become|bear bore borne
bite bit bitten|blow blew blown|forbid forbade forbidden|forgive forgave forgiven|hide hid hidden|overcome overcame overcome
cut cut cut|put put put|set set set|hit hit hit|let let let|shut shut shut|hurt hurt hurt|spread spread spread
bear bore born|bet bet bet|bid bid bid|quit quit quit|split split split|cast cast cast|burst burst burst|upset upset upset
`;

const baseByForm = new Map<string, string>();
const pastByBase = new Map<string, string>();
for (const entry of VERBS.split(/[|\n]/)) {
  const [base, past, participle] = entry.trim().split(' ');
  if (!base || !past || !participle) continue;
  pastByBase.set(base, past);
  for (const form of [past, participle]) if (!baseByForm.has(form)) baseByForm.set(form, base);
}

/** The base form of an irregular past or participle ("met" → "meet"), or the word itself. */
export function verbBase(lower: string): string {
  return baseByForm.get(lower) ?? lower;
}

/** Whether a lowercased word is the past tense or participle of an irregular verb ("born", "held", "met"). */
export function isIrregularForm(lower: string): boolean {
  return baseByForm.has(lower) && baseByForm.get(lower) !== lower;
}

/** Whether a lowercased word is the base form of an irregular verb ("take", "hold", "meet"). */
export function isIrregularBase(lower: string): boolean {
  return pastByBase.has(lower);
}

/** The past tense of a verb's base form: "eat" → "ate", "announce" → "announced", "try" → "tried". */
export function pastTense(base: string): string {
  const irregular = pastByBase.get(base);
  if (irregular) return irregular;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

/** The third-person present of a base form: "say" → "says", "watch" → "watches", "try" → "tries". */
export function thirdPerson(base: string): string {
  if (base === 'have') return 'has';
  if (base === 'be') return 'is';
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
