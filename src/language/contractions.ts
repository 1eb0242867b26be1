/**
 * Contractions spelt out, so that a question reads the same however it is typed: "Where's the meeting?" as
 * "Where is the meeting?", "Why won't they sign?" as "Why will not they sign?".
 *
 * English contractions are a closed class of a few dozen words, so a table does the job. compromise expands them
 * too, but costs the answerer a third of a second to load, and it reads the "'s" of "It's fine" and "What's
 * happened" the wrong way round; the one rule that matters here (a past participle after "'s" makes it "has") is
 * easy to state.
 *
 * A possessive "'s" is never a contraction: only the "'s" of a question word or a pronoun ("where's", "it's") is
 * spelt out, never that of a noun or a name ("Lee's").
 */

const APOSTROPHE = "['\u2019]";

// Negative contractions whose first part is not the verb spelt whole: "won't" is "will not", "can't" "can not".
const IRREGULAR_NEGATIVES: Readonly<Record<string, string>> = {
  wo: 'will',
  ca: 'can',
  sha: 'shall',
  ai: 'is',
};

// Words whose "'s" stands for "is" or "has", and whose "'d" stands for "did" after a question word.
const QUESTION_WORDS = new Set(['what', 'where', 'when', 'who', 'why', 'how', 'which']);
const S_HOSTS = new Set([...QUESTION_WORDS, 'it', 'he', 'she', 'that', 'there', 'here', 'this']);

// After "'s", these make it "has": "Who's been named?", "What's happened?", "She's got…".
const HAS_FOLLOWERS = /^(?:been|got|gotten|had|done|gone|happened|become|made|said|taken|given|seen|left|won|lost)$/i;

const ENDINGS: Readonly<Record<string, string>> = { re: 'are', ve: 'have', ll: 'will', m: 'am' };

// Typed fast, a question drops the apostrophe: "whats the speed limit", "whos the secretary", "didnt they sign".
// Only forms that are no English word without it are mended ("cant" and "wont" are words of their own), and a
// question word only where it opens the question ("the hows and whys" are nouns).
const DROPPED_APOSTROPHE_S = /^(\s*)(what|where|when|who|why|how)s\b/iu;
const DROPPED_APOSTROPHE_NT = /\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/giu;

const NEGATIVE = new RegExp(`\\b(\\p{L}+)n${APOSTROPHE}t\\b`, 'giu');
const S_OR_D = new RegExp(`\\b(\\p{L}+)${APOSTROPHE}([sd])\\b(\\s+(\\p{L}+))?`, 'giu');
const OTHER = new RegExp(`\\b(\\p{L}+)${APOSTROPHE}(re|ve|ll|m)\\b`, 'giu');

/** The text with its contractions spelt out, keeping the case of each word's first letter. */
export function expandContractions(typed: string): string {
  const text = typed.replace(DROPPED_APOSTROPHE_S, "$1$2's").replace(DROPPED_APOSTROPHE_NT, "$1n't");
  if (!/['\u2019]/.test(text)) return text;
  return text
    .replace(NEGATIVE, (_match, stem: string) => `${negativeStem(stem)} not`)
    .replace(S_OR_D, (match, host: string, ending: string, following: string | undefined, next: string | undefined) => {
      const lower = host.toLowerCase();
      if (ending.toLowerCase() === 's') {
        if (!S_HOSTS.has(lower)) return match;
        return `${host} ${next !== undefined && HAS_FOLLOWERS.test(next) ? 'has' : 'is'}${following ?? ''}`;
      }
      // "Where'd they meet?" asks what they did; "I'd like to know", "they'd agreed" are left as they are.
      return QUESTION_WORDS.has(lower) ? `${host} did${following ?? ''}` : match;
    })
    .replace(OTHER, (_match, host: string, ending: string) => `${host} ${ENDINGS[ending.toLowerCase()]}`);
}

// "Won't" → "Will", "isn't" → "is", "can't" → "can": the first letter keeps its case.
function negativeStem(stem: string): string {
  const irregular = IRREGULAR_NEGATIVES[stem.toLowerCase()];
  if (irregular === undefined) return stem;
  return /^\p{Lu}/u.test(stem) ? irregular.charAt(0).toUpperCase() + irregular.slice(1) : irregular;
}
