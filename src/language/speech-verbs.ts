/**
 * The verbs news writing attributes words and views with, in every form a report uses them: past, present
 * third person, bare ("would add") and the -ing form ("saying", "adding that").
 *
 * Speech verbs give someone's words ("said", "told", "remarked", "wrote"); view verbs give what someone holds
 * without quoting it ("believes", "wants", "hopes", "called for"). The quotation finder wants only the first; the answerer counts both
 * as attributing a sentence to someone.
 */

const IRREGULAR_SPEECH: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'tell', 'telling'],
  write: ['wrote', 'writes', 'write', 'writing', 'written'],
  speak: ['spoke', 'speaks'],
};

const REGULAR_SPEECH = (
  'add explain remark state note warn insist declare announce argue ask reply respond answer claim admit ' +
  'acknowledge concede tweet post recall joke quip caution emphasize emphasise stress comment suggest urge ' +
  'continue conclude predict vow pledge promise boast complain lament counter retort shout whisper muse ' +
  'exclaim agree confirm deny maintain contend assert observe mention reiterate reveal disclose testify ' +
  'scoff sigh laugh inform assure reassure elaborate clarify wonder demand plead proclaim advise recount ' +
  'summarize summarise allege protest interject interrupt repeat affirm opine indicate'
).split(' ');

const VIEW_FORMS: ReadonlySet<string> = new Set(
  (
    'believe believes believed believing think thinks thought thinking want wants wanted wanting seek seeks sought ' +
    'seeking hope hopes hoped hoping accuse accuses accused accusing advocate advocates advocated advocating'
  ).split(' '),
);

// Verbs stressed on a last short syllable double its consonant: "admitted", "quipping".
const DOUBLES_LAST_CONSONANT: ReadonlySet<string> = new Set(['admit', 'quip']);

function regularForms(lemma: string): string[] {
  if (DOUBLES_LAST_CONSONANT.has(lemma)) {
    const doubled = lemma + lemma.at(-1)!;
    return [`${doubled}ed`, `${lemma}s`, lemma, `${doubled}ing`];
  }
  const consonantY = /[^aeiou]y$/.test(lemma);
  const past = lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const gerund = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [past, third, lemma, gerund];
}

const SPEECH_FORMS: ReadonlySet<string> = new Set<string>([
  ...Object.values(IRREGULAR_SPEECH).flat(),
  ...REGULAR_SPEECH.flatMap(regularForms),
  'pointed out',
  'points out',
  'chimed in',
  'went on',
  'goes on',
]);

// Longest first, so "pointed out" wins over a bare "pointed" and "said" over "sai".
const ALTERNATION = [...SPEECH_FORMS].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');

/** A regular-expression source matching one speech verb as a whole word (no flags, no groups). */
export const SPEECH_VERB = `(?:${ALTERNATION})`;

/** A regular-expression source matching one view verb as a whole word: "believes", "wants", "called for". */
export const VIEW_VERB = `(?:${[...VIEW_FORMS, 'called\\s+for', 'calls\\s+for', 'calling\\s+for'].join('|')})`;

/** Whether a word (or two-word phrase like "pointed out") is a speech verb, in any case: "said", "adds", "noting". */
export function isSpeechVerb(words: string): boolean {
  return SPEECH_FORMS.has(words.toLowerCase().replace(/\s+/g, ' '));
}

/** Whether a word gives someone's words or views: a speech verb, or "believes", "thinks". */
export function attributesView(word: string): boolean {
  return isSpeechVerb(word) || VIEW_FORMS.has(word.toLowerCase());
}
