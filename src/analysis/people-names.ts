/**
 * The grammar of a person's name in news prose: a run of capitalised words, perhaps led by a title
 * ("Finance Minister Jane Okafor", "Secretary of State Paul Nguyen", "Ms. Okafor"), which this module
 * finds in a paragraph and splits into the title and the name.
 */
import { canQualifyTitle, firstNameGender, isCommonWord, isDateWord, isDemonym, isFirstName, isOrganisationName, isPlaceName, type Gender } from '../language/lexicon.js';
import { isAlwaysJoinedAbbreviation } from '../language/abbreviations.js';
import { NAME_PARTICLES } from '../language/names.js';
import { isBusinessNameHead, isOrganisationWord } from '../language/organisations.js';
import { isHonorific, isTitleWord, titleGender } from '../language/titles.js';

/** A capitalised run that may name a person, with its title split off. */
export interface NameRun {
  /** Offset of the run (title included) in the paragraph. */
  start: number;
  /** Offset just after the name, before any possessive `'s`. */
  end: number;
  /** Offset where the name itself starts, after the title. */
  nameStart: number;
  /** The title before the name as written ("Finance Minister", "Sen."), or null. */
  title: string | null;
  /** The gender an honorific or a gendered title gives ("Mr.", "Congresswoman"), if any. */
  titleGender: Gender | null;
  /** Whether the title is only a courtesy ("Mr.", "Dr."), which tells no role. */
  titleIsHonorific: boolean;
  /** The name's words, possessive stripped: ["Jane", "Okafor"]. */
  name: string[];
  /** Whether the run opens a sentence, where every word is capitalised anyway. */
  atSentenceStart: boolean;
}

/** Words that belong to the names of places and things, never of people; organisation words count too. */
const THING_WORDS = new Set(
  (
    'street avenue road airport station square park river sea ocean island islands mountains valley city county ' +
    'state states republic kingdom east west north south middle strait gulf coast hall palace tower team system ' +
    'missile missiles munition munitions attack range tactical war act bill treaty accord agreement summit ' +
    'conference forum day week year cup games olympics channel program programme project initiative plan strategy ' +
    'fleet embassy consulate review magazine gazette herald tribune telegraph guardian express monitor daily ' +
    'weekly sunday museum gallery theatre theater stadium arena bridge tunnel highway province region district ' +
    'territory peninsula basin desert forest lake bay harbour harbor port democrats republicans garden gardens'
  ).split(' '),
);

function isThingWord(word: string): boolean {
  return THING_WORDS.has(word.toLowerCase()) || isOrganisationWord(word) || isBusinessNameHead(word);
}

/** Whether a name holds a word of the names of places and things ("Army Tactical Missile Systems"), so names no business. */
export function namesAThing(name: readonly string[]): boolean {
  return name.some((word) => THING_WORDS.has(word.toLowerCase()));
}

// Lowercase particles inside names: "Charles de Gaulle", "Ursula von der Leyen".
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
// Lowercase words that continue a title: "Secretary of State", "Minister for Foreign Affairs".
const TITLE_CONNECTORS = new Set(['of', 'for', 'to', 'the', 'and']);

const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', '“', '‘', "'", '(', '—', '–', ':', '…']);
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
// Only the words a name can hold: capitalised words, and the lowercase particles and title connectors
// between them. Every other word is a gap that ends a run, so it need not become a token.
const NAME_TOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}'’.\-])(?:\p{Lu}${WORD_CHAR}*(?:['’.\-]${WORD_CHAR}+)*\.?|(?:${[...NAME_PARTICLES, ...TITLE_CONNECTORS].join('|')})(?!${WORD_CHAR}))`,
  'gu',
);

interface Token {
  text: string;
  start: number;
  end: number;
  /** Whether a sentence ended just before this token. */
  opensSentence: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(NAME_TOKEN)) {
    let word = match[0];
    if (word.length > 1 && word.endsWith('.') && !keepsFullStop(word.slice(0, -1))) word = word.slice(0, -1);
    tokens.push({ text: word, start: match.index, end: match.index + word.length, opensSentence: opensSentence(text, match.index) });
  }
  return tokens;
}

/** Whether a full stop belongs to the word before it: "Mr.", "Sen.", an initial, "U.S.". */
function keepsFullStop(bare: string): boolean {
  return isAlwaysJoinedAbbreviation(bare) || /^\p{Lu}$/u.test(bare) || /\p{L}\.\p{L}/u.test(bare);
}

function opensSentence(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && text[k] === ' ') k--;
  if (k < 0) return true;
  const mark = text[k]!;
  if (!SENTENCE_OPENERS.has(mark)) return false;
  if (mark !== '.' || k === start - 1) return true;
  const word = /([^\s("'“‘]+)\.$/u.exec(text.slice(Math.max(0, k - 24), k + 1))?.[1] ?? '';
  return !keepsFullStop(word);
}

function isCapitalisedWord(word: string): boolean {
  if (!UPPERCASE_START.test(word)) return false;
  if (word.length <= 3 || word !== word.toUpperCase()) return true;
  // Acronyms ("NASA", "OPEC") are organisations and weapons; two or three capitals may be initials ("JD").
  return word.replace(/[^\p{L}]/gu, '').length <= 3;
}
const UPPERCASE_START = /^\p{Lu}/u;

function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

/** Finds every capitalised run in a paragraph that could name a person, with its title split off. */
export function findNameRuns(text: string): NameRun[] {
  const tokens = tokenize(text);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!isCapitalisedWord(first.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasTitle = isTitleWord(first.text);
    let complementFrom = -Infinity;
    while (j < tokens.length) {
      const previous = tokens[j - 1]!;
      const token = tokens[j]!;
      if (text.slice(previous.end, token.start) !== ' ' || /['’]s$/u.test(previous.text)) break;
      if (isCapitalisedWord(token.text)) {
        hasTitle ||= isTitleWord(token.text);
        j++;
        continue;
      }
      const lower = token.text.toLowerCase();
      const next = tokens[j + 1];
      const joinsNext = next !== undefined && text.slice(token.end, next.start) === ' ';
      const particles = particlesBeforeName(text, tokens, j);
      if (particles > 0) {
        j += particles + 1;
        continue;
      }
      // A complement follows a title ("Secretary of State") or goes on inside one, never a name: "Dr. Ann Roe of Leeds".
      const afterTitle = isTitleWord(previous.text) || complementFrom > -Infinity;
      if (joinsNext && hasTitle && afterTitle && continuesTitle(lower, j - complementFrom) && (isCapitalisedWord(next.text) || TITLE_CONNECTORS.has(next.text))) {
        if (lower === 'of' || lower === 'for' || lower === 'to') complementFrom = j;
        j++;
        continue;
      }
      break;
    }
    const run = splitTitle(text, tokens.slice(i, j));
    if (run) runs.push(run);
    i = j;
  }
  return runs;
}

/** How many name particles start at token `j` and lead, space by space, to a capitalised word ("von der Leyen"). */
function particlesBeforeName(text: string, tokens: Token[], j: number): number {
  let k = j;
  while (k < tokens.length && PARTICLES.has(tokens[k]!.text) && k - j < 3) {
    const next = tokens[k + 1];
    if (next === undefined || text.slice(tokens[k]!.end, next.start) !== ' ') return 0;
    k++;
  }
  return k > j && k < tokens.length && isCapitalisedWord(tokens[k]!.text) ? k - j : 0;
}

/**
 * Whether a lowercase word goes on with a title: "of" and "for" start its complement ("Secretary of State"),
 * "the" and "and" only continue a short one ("Minister for the Environment", "Secretary of Health and Human
 * Services"); an "and" anywhere else joins two people ("Governor Ada Whitfield and Senator Tom Baxter").
 */
function continuesTitle(word: string, distanceFromComplement: number): boolean {
  if (word === 'of' || word === 'for' || word === 'to') return true;
  return (word === 'the' || word === 'and') && distanceFromComplement <= 2;
}

function splitTitle(text: string, run: Token[]): NameRun | null {
  const first = run[0]!;
  let tokens = run;
  // A run may end with a connector that found no capital after it ("Secretary of the").
  while (tokens.length > 0 && !isCapitalisedWord(tokens.at(-1)!.text)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return null;

  // "The", "During", "Friday's" open a sentence without opening a name.
  if (first.opensSentence && tokens.length > 1 && opensWithoutNaming(tokens[0]!.text, tokens[1]!.text)) {
    tokens = tokens.slice(1);
  } else if (/^(?:the|a|an)$/i.test(tokens[0]!.text)) {
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return null;

  const nameFrom = nameStartIndex(tokens);
  const nameTokens = tokens.slice(nameFrom);
  if (nameTokens.length === 0) return null;
  const titleTokens = tokens.slice(0, nameFrom);
  const titleWords = titleTokens.map((token) => token.text.toLowerCase());
  const lastTitleWord = titleWords.filter((word) => isTitleWord(word)).at(-1);
  const honorific = lastTitleWord !== undefined && isHonorific(lastTitleWord) && titleTokens.length === 1;
  const gender = lastTitleWord === undefined ? null : titleGender(lastTitleWord);

  const last = nameTokens.at(-1)!;
  const bareLast = stripPossessive(last.text);
  const name = [...nameTokens.slice(0, -1).map((token) => token.text), bareLast];
  return {
    start: tokens[0]!.start,
    end: last.start + bareLast.length,
    nameStart: nameTokens[0]!.start,
    title: titleTokens.length > 0 ? text.slice(titleTokens[0]!.start, titleTokens.at(-1)!.end) : null,
    titleGender: gender,
    titleIsHonorific: honorific,
    name,
    atSentenceStart: tokens[0]!.opensSentence,
  };
}

function opensWithoutNaming(word: string, next: string): boolean {
  if (/^(?:the|a|an)$/i.test(word)) return true;
  if (isTitleWord(word) || isFirstName(word)) return false;
  if (isTitleWord(next) && canQualifyTitle(word)) return false;
  const bare = stripPossessive(word);
  return isDateWord(bare) || isCommonWord(bare);
}

/**
 * Where the name starts after a title. The name is what follows the last title word; after "Secretary of
 * State" or "Minister for Foreign Affairs" the complement runs on until a first name, or until two words remain.
 * Without a title, a first name after other capitalised words starts the name: "United Nations Linda Smith".
 */
function nameStartIndex(tokens: Token[]): number {
  let lastTitle = -1;
  for (let k = 0; k < tokens.length - 1; k++) if (isTitleWord(tokens[k]!.text)) lastTitle = k;
  if (lastTitle < 0) {
    // "French President" alone names nobody; neither does a lone title ("President").
    if (isTitleWord(tokens.at(-1)!.text)) return tokens.length;
    if (tokens.length < 3 || isFirstName(tokens[0]!.text)) return 0;
    const firstName = tokens.findIndex((token, k) => k > 0 && k < tokens.length - 1 && isFirstName(token.text));
    return Math.max(0, firstName);
  }
  let start = lastTitle + 1;
  if (!TITLE_CONNECTORS.has(tokens[start]?.text ?? '')) return start;
  while (TITLE_CONNECTORS.has(tokens[start]?.text ?? '')) start++;
  const firstName = tokens.findIndex((token, k) => k > start && isFirstName(token.text));
  if (firstName > 0) return firstName;
  return Math.max(start + 1, tokens.length - 2);
}

/**
 * Whether a run's name words could be a person's name, rather than a place, a day, a nation or an institution.
 * A word of institutions ("Park", "Hall", "Church") ends some people's names too: "Linda Park, who …" is
 * one, when a first name opens it and the context (`shownByContext`: a title, "said", an appositive) agrees.
 */
export function couldBePersonName(name: readonly string[], shownByContext = false): boolean {
  // The same names recur through a corpus: judge each once.
  const key = `${shownByContext ? 1 : 0}${name.join(' ')}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = judgeName(name, shownByContext);
    if (verdicts.size < 100_000) verdicts.set(key, verdict);
  }
  return verdict;
}

const verdicts = new Map<string, boolean>();

function judgeName(name: readonly string[], shownByContext: boolean): boolean {
  if (name.length === 0 || name.length > 4) return false;
  const startsWithFirstName = isFirstName(name[0]!);
  // A first name that is also a word of things ("Bill Hart", "Chase Young") opens a person's name.
  const thingAt = name.findIndex((word, k) => isThingWord(word) && !(k === 0 && startsWithFirstName && name.length > 1));
  if (thingAt >= 0 && !(shownByContext && startsWithFirstName && thingAt === name.length - 1 && name.length > 1)) return false;
  const joined = name.join(' ');
  if (isPlaceName(joined) || isOrganisationName(joined)) return false;
  if (name.length === 1) {
    const word = name[0]!;
    if (word.length < 2 || /\d/.test(word)) return false;
    if (startsWithFirstName) return true;
    return !(isDateWord(word) || isDemonym(word) || isCommonWord(word) || /^\p{Lu}+$/u.test(word.replace(/[.-]/g, '')));
  }
  if (startsWithFirstName) return true;
  return !name.every((word) => isDemonym(word) || isDateWord(word) || isPlaceName(word));
}

/** The gender a first name suggests, when the lexicon knows it. */
export function genderOfFirstName(name: readonly string[]): Gender | null {
  return name.length > 1 ? (firstNameGender(name[0]!) ?? null) : null;
}
