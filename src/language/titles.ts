/**
 * The words of English news writing for who a person is: titles written before a name ("Finance Minister",
 * "Sen.", "Ms."), the words that qualify a title ("Former", "Vice", "Chief Financial"), and role nouns written
 * in lower case ("an analyst", "the spokeswoman"). Every lookup ignores case and an abbreviation's full stop.
 */
import type { Gender } from './lexicon.js';

/** Courtesy titles: they tell gender, never a role. */
const HONORIFICS: Readonly<Record<string, Gender | null>> = {
  mr: 'male', mrs: 'female', ms: 'female', miss: 'female', mx: null, dr: null, prof: null, sir: 'male',
  dame: 'female', lord: 'male', lady: 'female', messrs: 'male', rev: null, hon: null,
};

const GENDERED_TITLES: Readonly<Record<string, Gender>> = {
  king: 'male', queen: 'female', prince: 'male', princess: 'female', duke: 'male', duchess: 'female',
  congressman: 'male', congresswoman: 'female', chairman: 'male', chairwoman: 'female', spokesman: 'male',
  spokeswoman: 'female', councilman: 'male', councilwoman: 'female', assemblyman: 'male', assemblywoman: 'female',
  businessman: 'male', businesswoman: 'female', emperor: 'male', empress: 'female', father: 'male', sister: 'female',
};

/** Words that make the capitalised words before a name a title ("French President", "Defence Minister"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'president vice-president president-elect secretary secretary-general senator sen sens representative rep ' +
    'congressman congresswoman governor gov lieutenant lt mayor minister premier chancellor king queen prince ' +
    'princess duke duchess pope judge justice general gen colonel col major maj admiral adm sergeant sgt ' +
    'captain capt commander cmdr ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair ' +
    'ceo director commissioner sheriff chief officer detective det inspector superintendent professor prof ' +
    'reverend rev father sister coach speaker leader attorney prosecutor dean provost emir sheikh ayatollah rabbi ' +
    'cllr cpl pvt atty ' +
    'bishop archbishop cardinal imam councillor councilor councilman councilwoman alderman magistrate treasurer ' +
    'marshal trooper agent pastor founder chairperson assemblyman assemblywoman emperor empress sultan ' +
    'crown-prince deputy delegate economist analyst strategist adviser advisor aide official diplomat negotiator ' +
    'executive manager editor lawyer scientist researcher historian expert consultant campaigner activist ' +
    'organiser organizer head owner candidate nominee lawmaker legislator governor-general premier-elect mp mep ' +
    'member frontman frontwoman singer musician artist author writer novelist actor actress player critic ' +
    'striker goalkeeper midfielder defender winger forward full-back referee chef farmer teacher doctor nurse'
  ).split(' '),
);

/** Words that stand inside a title without heading it: "Vice President", "Chief Financial Officer", "Former Mayor". */
const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(
  'vice prime minority majority acting former financial operating managing'.split(' '),
);

/** Lowercase nouns for a person by what they do, beyond the titles: "an investigator", "residents", "the victim". */
const OTHER_ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'officials analysts experts leaders officers police investigator investigators researchers student resident ' +
    'residents witness witnesses reporter journalist intermediary sponsor monarch administrator firefighter ' +
    'firefighters paramedic engineer engineers architect planner developer volunteer worker workers employee ' +
    'employees shareholder shareholders investor investors cofounder co-founder partner landlord tenant victim suspect ' +
    'source sources ' +
    // players by position, as sports writing names them: "senior linebacker Jay Brooks"
    'linebacker cornerback receiver pitcher shortstop outfielder infielder goaltender goalie defenseman lineman ' +
    'tailback fullback halfback'
  ).split(' '),
);

/** Nouns for a person by who they are rather than what they do: "a man", "a teenager", "a pensioner". */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'man woman boy girl child teenager teen toddler baby mother father son daughter husband wife couple ' +
    'grandmother grandfather pensioner driver motorist cyclist pedestrian passenger pilot patient pupil ' +
    'climber hiker walker swimmer tourist mum dad'
  ).split(' '),
);

/**
 * Plural nouns for the people a story's news falls on, who answer "Who has to pay?" or "Who is affected?":
 * "passengers", "customers", "parents". The singular person nouns count in the plural too.
 */
const GROUPS_OF_PEOPLE: ReadonlySet<string> = new Set(
  (
    'people passengers visitors tourists travellers travelers commuters customers consumers shoppers buyers users ' +
    'subscribers viewers readers listeners fans voters taxpayers patients parents families pupils students ' +
    'homeowners renters households growers farmers owners motorists drivers riders cyclists pedestrians members ' +
    'staff employees workers teachers nurses doctors'
  ).split(' '),
);

/** Abbreviated titles spelled out, for a role read aloud: "Sen." is "Senator". */
const ABBREVIATED_TITLES: Readonly<Record<string, string>> = {
  sen: 'Senator', sens: 'Senators', rep: 'Representative', gov: 'Governor', gen: 'General', lt: 'Lieutenant',
  col: 'Colonel', maj: 'Major', adm: 'Admiral', sgt: 'Sergeant', capt: 'Captain', cmdr: 'Commander',
  det: 'Detective', insp: 'Inspector', supt: 'Superintendent', prof: 'Professor', rev: 'Reverend', amb: 'Ambassador',
  dr: 'Doctor', cllr: 'Councillor', atty: 'Attorney', pres: 'President', sec: 'Secretary', asst: 'Assistant',
  cpl: 'Corporal', pvt: 'Private',
};

/**
 * Abbreviations that British style writes without a full stop ("Cllr Dan Morley", "Det Supt Ann Hale") and that
 * are no English word, so they can be read as titles without one; "Gen" or "Rep" alone could be anything.
 */
const WRITTEN_WITHOUT_FULL_STOP: ReadonlySet<string> = new Set('cllr supt insp sgt cmdr capt det lt col'.split(' '));

/** A word as the lists hold it: lower case, without an abbreviation's full stop ("Sen." → "sen"). */
function key(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** Whether a word is a title or a courtesy title: "President", "Sen.", "spokeswoman", "Ms.". */
export function isTitleWord(word: string): boolean {
  const lower = key(word);
  return TITLE_WORDS.has(lower) || lower in HONORIFICS || lower in GENDERED_TITLES;
}

/** Whether a word qualifies a title inside it: "Vice", "Prime", "Former", "Financial". */
export function isTitleQualifier(word: string): boolean {
  return TITLE_QUALIFIERS.has(key(word));
}

/** Whether a word is a courtesy title ("Mr.", "Dr.", "Lady"), which tells no role. */
export function isHonorific(word: string): boolean {
  return key(word) in HONORIFICS;
}

/** The gender a courtesy or gendered title gives ("Mrs." → female, "Congressman" → male), or null. */
export function titleGender(word: string): Gender | null {
  const lower = key(word);
  return HONORIFICS[lower] ?? GENDERED_TITLES[lower] ?? null;
}

/** Whether a lowercase word names what a person does: a title, or a role noun ("analyst", "residents"). */
export function isRoleNoun(word: string): boolean {
  const lower = key(word);
  return TITLE_WORDS.has(lower) || OTHER_ROLE_NOUNS.has(lower);
}

/** Whether a lowercase word names a person: a role noun ("director"), or a noun such as "man" or "pensioner". */
export function isPersonNoun(word: string): boolean {
  return isRoleNoun(word) || PERSON_NOUNS.has(key(word));
}

/** Whether a lowercase word names people as a group ("passengers", "parents") or a person ("a man", "the driver"). */
export function isPeopleNoun(word: string): boolean {
  const lower = key(word);
  return GROUPS_OF_PEOPLE.has(lower) || isPersonNoun(lower) || (lower.endsWith('s') && isPersonNoun(lower.slice(0, -1)));
}

/** An abbreviated title spelled out ("Sen." → "Senator", "gen" → "General"), or undefined for any other word. */
export function spelledOutTitle(word: string): string | undefined {
  return ABBREVIATED_TITLES[key(word)];
}

/** Every abbreviated title with its spelled-out form, as lowercase abbreviation and title: ["gov", "Governor"], … */
export function abbreviatedTitles(): ReadonlyArray<readonly [string, string]> {
  return Object.entries(ABBREVIATED_TITLES);
}

/**
 * The title a capitalised word of running text abbreviates, or undefined: "Gov" before its full stop is
 * "Governor", "Cllr" is "Councillor" with or without one, and "Gen" without one is not read as "General".
 */
export function abbreviatedTitleIn(word: string, beforeFullStop: boolean): string | undefined {
  const lower = key(word);
  return beforeFullStop || WRITTEN_WITHOUT_FULL_STOP.has(lower) ? ABBREVIATED_TITLES[lower] : undefined;
}
