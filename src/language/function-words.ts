/**
 * English function words: articles, pronouns, auxiliaries, prepositions, conjunctions, question words and the
 * commonest adverbs. They say how a question is put, not what it is about, so they never count as its focus.
 * Words that carry meaning in news questions stay out: "last", "next", "first", "before", "after", "new".
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    // articles, determiners, quantifiers
    'a an the this that these those some any each every either neither another other such ' +
    'all both few many much more most less least several own same ' +
    // pronouns
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself ' +
    'she her hers herself it its itself they them their theirs themselves one ones someone something ' +
    'anyone anything everyone everything nobody nothing somebody anybody everybody ' +
    // auxiliaries and modals
    'be is am are was were been being have has had having do does did doing done ' +
    'will would shall should can could may might must ought ' +
    // question words
    'what which who whom whose when where why how whether ' +
    // prepositions
    'of in on at to for from by with without about above below under over into onto upon out off up down ' +
    'through throughout across along around among amongst between within toward towards via per than as ' +
    'like unlike near beside besides despite regarding concerning during according ' +
    // conjunctions
    'and or but nor so yet if then else because though although while whereas unless until since ' +
    // adverbs that qualify rather than inform
    'not no yes very too also just only even still really quite rather again ever never always often ' +
    'here there now then thus hence however therefore indeed perhaps maybe ' +
    // what a request wraps a question in
    'please tell let know think'
  ).split(/\s+/),
);

/** Whether a lowercased word carries no meaning of its own: "the", "would", and contractions such as "didn't". */
export function isFunctionWord(lower: string): boolean {
  return FUNCTION_WORDS.has(lower) || lower.endsWith("n't") || FUNCTION_WORDS.has(lower.replace(/'(?:s|d|ll|re|ve|m)$/, ''));
}
