import type { AnalyzedSentence } from './analyzed-paragraph.js';
import type { RetrievedParagraph } from './extractive-selection.js';
import { bestMatch, SAME_NAME } from './focus-match.js';
import { nameRuns, type KnownPeople } from './mention-names.js';
import { isHonorific, isRoleNoun, spelledOutTitle } from '../language/titles.js';
import { words, type Word } from './words.js';

/** What the story says a name is, as one short sentence, and where it says so. */
export interface Description {
  source: RetrievedParagraph;
  sentence: AnalyzedSentence;
  /** "Mark Lee is an analyst at the Institute", "NATO stands for North Atlantic Treaty Organization". */
  text: string;
}

// The ways news prose says who someone is, best first: "Lee, an analyst at X," / "Lee is an analyst" /
// "North Atlantic Treaty Organization (NATO)" / "Defense Secretary Mark Lee" / "his adviser Mark Lee".
const APPOSITIVE = /^\s*(?:\([^)]*\)\s*)?,\s*((?:a|an|the|who|whose|which|one of|his|her|their|its|now|currently|formerly|former|also)\b[^,;]*)/i;
// British style drops the article: "Cllr Dan Morley, cabinet member for transport, said", and so does an
// attribution that ends its sentence: "…," said Dr. Ann Hale, director of the agency's drug division. Without an
// article the phrase must hold a role noun among its first words, or ", 52, of Kent," would count.
const BARE_APPOSITIVE = /^\s*,\s*(\p{Ll}[^,;]*?)\s*(?:,|[.!?]?["'\u201D\u2019]?\s*$)/u;
const BARE_ROLE_WORDS = 4;
const COPULA = /^\s+(?:is|was|has been|had been|serves as|served as|works as|became)\s+((?:a|an|the|one of|his|her|their|its)\b[^,;.]*)/i;

/**
 * Finds how the retrieved paragraphs describe a name: an appositive, "X is …", an acronym's expansion, a
 * title before the name or a role noun before it. The first way that is found wins, then the best-ranked paragraph.
 */
export function describeName(name: string, paragraphs: readonly RetrievedParagraph[], people: KnownPeople): Description | null {
  const nameWords = words(name).filter((word) => !word.functionWord);
  const last = nameWords.at(-1);
  if (!last) return null;
  const found: Array<{ priority: number; rank: number; description: Description }> = [];
  for (const source of paragraphs) {
    for (const sentence of source.paragraph.sentences) {
      for (const [priority, text] of describeIn(sentence, nameWords, people).entries()) {
        if (text) found.push({ priority, rank: source.rank, description: { source, sentence, text } });
      }
    }
  }
  found.sort((a, b) => a.priority - b.priority || a.rank - b.rank);
  return found[0]?.description ?? null;
}

/** Every way this sentence describes the name, indexed by priority (undefined where it does not). */
function describeIn(sentence: AnalyzedSentence, nameWords: Word[], people: KnownPeople): Array<string | undefined> {
  const at = mentionOf(sentence.words, nameWords);
  if (at === null) return [];
  const { first, last } = at;
  // "lipoprotein(a)": a term's bracketed letter belongs to it.
  const attached = /^\([\p{L}\d]{1,4}\)/u.exec(sentence.text.slice(sentence.words[last]!.end))?.[0] ?? '';
  const shown = capitalised(displayName(sentence, first, last, people) + attached);
  const after = sentence.text.slice(sentence.words[last]!.end + attached.length).replace(/^['\u2019]s\b/, '');
  const ways: Array<string | undefined> = [];

  // A noun phrase after the name says what someone is; a "who" clause only says what they do, so a title
  // ("Kenyan President Okafor") describes them better.
  const appositive = APPOSITIVE.exec(after)?.[1]?.trim() ?? bareAppositive(after);
  const relative = appositive ? /^(?:who|whose|which)\s+(.*)$/i.exec(appositive) : null;
  if (appositive && !relative) ways[0] = `${shown} is ${appositive}`;
  const copula = COPULA.exec(after);
  if (copula) ways[1] = `${shown} ${copula[0].trim()}`;
  const expansion = acronymExpansion(sentence, first);
  if (expansion) ways[2] = `${shown} stands for ${expansion}`;
  // "Dr Tom Dolphin, who chairs the BMA council": a courtesy title such as "Dr" or "Prof." says less of who someone
  // is than anything else the story says of them.
  const title = titleBefore(sentence, first, people);
  if (title) ways[isHonorific(title) ? 6 : 3] = `${shown} is ${withArticle(title)}`;
  if (relative) ways[4] = `${shown} ${relative[1]}`;
  const role = roleBefore(sentence, first);
  if (role) ways[5] = `${shown} is ${role}`;
  return ways;
}

function bareAppositive(after: string): string | undefined {
  const phrase = BARE_APPOSITIVE.exec(after)?.[1];
  if (!phrase) return undefined;
  return words(phrase).slice(0, BARE_ROLE_WORDS).some((word) => isRoleNoun(word.lower)) ? phrase : undefined;
}

// Where the name stands in the sentence: its last word, and the words before it that belong to it.
function mentionOf(sentenceWords: Word[], nameWords: Word[]): { first: number; last: number } | null {
  const surname = nameWords.at(-1)!;
  for (let index = 0; index < sentenceWords.length; index++) {
    // A name is written with a capital; a term asked in lower case ("lipoprotein") may be either way.
    const written = sentenceWords[index]!;
    if (bestMatch(surname, [written]) < SAME_NAME || (surname.capitalized && !written.capitalized)) continue;
    let first = index;
    // The words before it that belong to the name: capitalised ones, or the asked phrase's own ("official party").
    const belongs = (at: number) => {
      const asked = nameWords[nameWords.length - 1 - (index - at)];
      return sentenceWords[at]!.capitalized || (asked !== undefined && !asked.capitalized && bestMatch(asked, [sentenceWords[at]!]) >= SAME_NAME);
    };
    while (first > 0 && belongs(first - 1) && nameWords.length > index - first + 1) first -= 1;
    return { first, last: index };
  }
  return null;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// The name as the story writes it there, completed to the full name the corpus knows ("Reyes" → "Dana Reyes").
function displayName(sentence: AnalyzedSentence, first: number, last: number, people: KnownPeople): string {
  const written = sentence.text.slice(sentence.words[first]!.start, sentence.words[last]!.end).replace(/['\u2019]s$/, '');
  const full = people.fullName(written);
  return full && full.toLowerCase().endsWith(written.toLowerCase()) ? full : written;
}

// "Federal Emergency Management Agency (FEMA)": the capitalised words just before the parenthesised acronym.
function acronymExpansion(sentence: AnalyzedSentence, at: number): string | null {
  const word = sentence.words[at]!;
  if (!word.acronym || sentence.text[word.start - 1] !== '(') return null;
  const before: string[] = [];
  for (let index = at - 1; index >= 0; index--) {
    const candidate = sentence.words[index]!;
    if (!candidate.capitalized && !/^(?:of|for|and|the)$/.test(candidate.lower)) break;
    before.unshift(candidate.text);
  }
  while (before.length > 0 && /^(?:of|for|and|the)$/i.test(before[0]!)) before.shift();
  const initials = word.text.replace(/[^A-Z]/g, '');
  return before.length >= 2 && before.length <= initials.length + 2 ? before.join(' ') : null;
}

// "Finance Minister Dana Reyes": the title of the person run that holds the name.
function titleBefore(sentence: AnalyzedSentence, at: number, people: KnownPeople): string | null {
  const target = sentence.words[at]!;
  const run = nameRuns(sentence.text, sentence.words, people).find((candidate) => candidate.words.includes(target));
  // "Mr." or "Ms." says nothing of who someone is.
  if (!run?.title || /^(?:mr|mrs|ms|miss|mx)\.?$/i.test(run.title)) return null;
  return run.title;
}

// One-word titles of an office held by one person at a time take "the"; the rest ("Senator") take "a".
const SINGLE_OFFICES = /^(?:president|chancellor|premier|pope|king|queen|mayor|governor|speaker|sheriff)$/i;

function withArticle(title: string): string {
  if (title.includes(' ') || SINGLE_OFFICES.test(title)) return `the ${title}`;
  const bare = title.toLowerCase().replace(/\.$/, '');
  return `a ${spelledOutTitle(bare)?.toLowerCase() ?? bare}`;
}

// "his special envoy Tom Hale", "City engineer Raj Patel": the words ending in a role noun right before.
function roleBefore(sentence: AnalyzedSentence, at: number): string | null {
  const before: Word[] = [];
  for (let index = at - 1; index >= 0 && before.length < 5; index--) {
    const candidate = sentence.words[index]!;
    const gap = sentence.text.slice(candidate.end, (before[0] ?? sentence.words[at]!).start);
    if (!/^\s+$/.test(gap)) break;
    before.unshift(candidate);
    if (/^(?:a|an|the|his|her|their|its|our)$/.test(candidate.lower)) break;
  }
  const roleAt = before.findLastIndex((word) => isRoleNoun(word.lower));
  if (roleAt < 0 || roleAt !== before.length - 1) return null;
  const phrase = before.map((word, index) => (index === 0 && sentence.words[0] === word ? word.lower : word.text)).join(' ');
  if (/^(?:a|an|the|his|her|their|its|our)\s/i.test(phrase)) return phrase;
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}
