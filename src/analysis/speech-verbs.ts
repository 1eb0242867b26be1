/**
 * The verbs news writing attributes speech with ("said", "told", "remarked", "wrote"), in every form a
 * report uses them: past, present third person and bare ("would add").
 */

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'tell', 'telling'],
  write: ['wrote', 'writes', 'write', 'writing', 'written'],
  speak: ['spoke', 'speaks'],
};

const REGULAR = (
  'add explain remark state note warn insist declare announce argue ask reply respond answer claim admit ' +
  'acknowledge concede tweet post recall joke quip caution emphasize emphasise stress comment suggest urge ' +
  'continue conclude predict vow pledge promise boast complain lament counter retort shout whisper muse ' +
  'exclaim agree confirm deny maintain contend assert observe mention reiterate reveal disclose testify ' +
  'scoff sigh laugh inform assure reassure elaborate clarify wonder demand plead proclaim advise recount ' +
  'summarize summarise allege protest interject interrupt repeat affirm opine'
).split(' ');

function regularForms(lemma: string): string[] {
  const past = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  return [past, third, lemma];
}

const FORMS = new Set<string>([
  ...Object.values(IRREGULAR).flat(),
  ...REGULAR.flatMap(regularForms),
  'pointed out',
  'points out',
  'chimed in',
  'went on',
  'goes on',
]);

// Longest first, so "pointed out" wins over a bare "pointed" and "said" over "sai".
const ALTERNATION = [...FORMS].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');

/** A regular-expression source matching one speech verb as a whole word (no flags, no groups). */
export const SPEECH_VERB = `(?:${ALTERNATION})`;

/** Whether a word (or two-word phrase like "pointed out") is a speech verb, in any case. */
export function isSpeechVerb(words: string): boolean {
  return FORMS.has(words.toLowerCase().replace(/\s+/g, ' '));
}
