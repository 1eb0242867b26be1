/**
 * What English knows about a capitalised word before the article says anything: whether it is a first name
 * (and whose), a place, a nationality, a day or month, an organisation, or a common word that is capitalised
 * only because it opens a sentence. The word lists come from compromise's lexicon (24,000 words, 3,000 of them
 * first names tagged male or female), which is far larger and better kept than a list we could write.
 *
 * Loading compromise costs a few hundred milliseconds, so only the analyses import this module (on first use,
 * see `src/story.ts`); the answerer keeps to the light lists of `src/language/`.
 */
import nlp from 'compromise/two';
import { lookupPlace } from './places.js';

export type Gender = 'male' | 'female';

type LexiconTags = string | string[];

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Address']);
const DATE_TAGS = new Set(['WeekDay', 'Month', 'Date', 'Holiday']);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

function loadLexicon(): Map<string, readonly string[]> {
  const model: unknown = nlp.model();
  const lexicon = (model as { one?: { lexicon?: Record<string, LexiconTags> } }).one?.lexicon ?? {};
  const byWord = new Map<string, readonly string[]>();
  for (const [word, tags] of Object.entries(lexicon)) byWord.set(word, typeof tags === 'string' ? [tags] : tags);
  return byWord;
}

const lexicon = loadLexicon();
// Names recur through a corpus, so each distinct spelling is looked up once.
const tagsBySpelling = new Map<string, readonly string[]>();
const NO_TAGS: readonly string[] = [];

function tagsOf(word: string): readonly string[] {
  let tags = tagsBySpelling.get(word);
  if (tags === undefined) {
    const bare = word.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
    // The lexicon spells names without accents: "Tomás" is "tomas".
    tags = lexicon.get(bare) ?? lexicon.get(bare.normalize('NFD').replace(/\p{M}/gu, '')) ?? NO_TAGS;
    if (tagsBySpelling.size < 100_000) tagsBySpelling.set(word, tags);
  }
  return tags;
}

/**
 * Common first names that the lexicon knows only as common words ("bill", "rose"): without them "Bill Hart"
 * reads as a thing. Words that often open a sentence before a name ("Will", "Hope", "Art") stay out.
 */
const FIRST_NAMES_THAT_ARE_WORDS: Readonly<Record<string, Gender>> = {
  bill: 'male', frank: 'male', ray: 'male', dean: 'male', gene: 'male', earl: 'male', max: 'male',
  rose: 'female', dawn: 'female', joy: 'female',
};

/** `male` or `female` for a gendered first name, `null` for a first name used by both, undefined for none. */
export function firstNameGender(word: string): Gender | null | undefined {
  const extra = FIRST_NAMES_THAT_ARE_WORDS[word.toLowerCase()];
  if (extra !== undefined && /^\p{Lu}/u.test(word)) return extra;
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return null;
  return undefined;
}

export function isFirstName(word: string): boolean {
  return firstNameGender(word) !== undefined;
}

/**
 * Countries, cities and regions ("Portugal", "Lagos", "Tel Aviv"), which are spoken for in news too ("Tokyo
 * said"). The gazetteer answers, not the lexicon: the lexicon's places hold surnames ("Bolton", "Caldwell").
 */
export function isPlaceName(words: string): boolean {
  return lookupPlace(words.replace(/['’]s$/, '')) !== undefined;
}

/** Nationalities and peoples: "Brazilian", "Canadians". */
export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym');
}

export function isDateWord(word: string): boolean {
  return tagsOf(word).some((tag) => DATE_TAGS.has(tag));
}

export function isOrganisationName(words: string): boolean {
  return tagsOf(words).includes('Organization');
}

/** Nouns for a person by what they do ("president", "analyst", "minister"). */
export function isActorNoun(word: string): boolean {
  return tagsOf(word).includes('Actor');
}

const FUNCTION_TAGS = new Set([
  'Preposition', 'Conjunction', 'Adverb', 'Determiner', 'Pronoun', 'QuestionWord', 'Gerund', 'PastTense',
  'Comparative', 'Superlative', 'Modal', 'Copula', 'Negative',
]);

/**
 * Whether a word can stand before a title as part of it ("Transport Minister", "Former President"), unlike
 * the words that merely open a sentence ("During", "Following", "Asked").
 */
export function canQualifyTitle(word: string): boolean {
  return !tagsOf(word).some((tag) => FUNCTION_TAGS.has(tag));
}

/**
 * A word of ordinary English that is not a name ("During", "Pending", "However"): capitalised at the start
 * of a sentence, it does not begin a name.
 */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag) || PLACE_TAGS.has(tag) || tag === 'ProperNoun' || tag === 'Demonym');
}

// Tags of the nouns whose regular plural ("borders", "brooks") the lexicon does not list itself.
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Actor', 'Uncountable']);

/**
 * A plural noun: "Families", "Doctors", "Providers". The lexicon's plurals, the regular plural of a noun it
 * knows, or of a noun for people by what they do ("providers", "operators", "residents"), which it often lacks.
 */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (tagsOf(lower).includes('Plural')) return true;
  if (!/[^sui]s$/u.test(lower)) return false;
  const singulars = [lower.slice(0, -1), lower.replace(/ies$/, 'y'), lower.replace(/es$/, '')];
  return singulars.some((singular) => tagsOf(singular).some((tag) => NOUN_TAGS.has(tag))) || /(?:er|or|ist|ant|ent)s$/.test(lower);
}
