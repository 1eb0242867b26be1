import { stem } from './stems.js';

// The groups hold plain lowercase words, whose term is their stem (see `term` in src/answer/words.ts).
const term = (word: string): string => stem(word);

/**
 * Words news writing uses in place of one another, so a question in plain words ("asking for", "last met")
 * finds the article's own ("advocating for", "previous encounter"). General English, nothing of one story.
 */
const GROUPS: readonly string[] = [
  'last previous latest recent',
  // "Where did they meet before?" is answered by "their previous encounter in Geneva" or "they last met in May".
  'before previously earlier previous formerly last',
  'ask seek request urge want call demand plead appeal advocate push press lobby',
  'meet meeting summit encounter visit talks',
  'talks negotiate negotiation negotiator discuss discussion dialogue',
  'say tell state remark explain note add claim argue insist indicate suggest announce declare comment mention speak',
  // "How much will X pay for Y?" is answered by "X will buy Y for $1.9 billion".
  'buy purchase acquire acquisition buyer purchaser pay',
  'sell sale seller',
  'stop halt end cease suspend freeze pause terminate',
  'start begin launch commence initiate',
  'help aid assist assistance support',
  // Not "arms": its stem is the body's "arm" ("stab wounds to his chest and arm").
  'weapon weaponry missile munition rocket armament',
  'country nation',
  'company firm business corporation enterprise',
  'lead head chair helm',
  'cost price pay spend spending expense fee',
  'die death dead kill fatality',
  'injure injury wound hurt',
  'people person resident citizen adult participant individual',
  'car vehicle automobile',
  'child kid',
  'job work employment employ',
  'rise hike increase grow growth climb gain surge soar jump',
  // "Are fees going up?": "will raise fees by 12%". Not with "grow", which "raised its forecast" does not answer.
  'rise raise',
  'fall decrease decline drop slide slump plunge cut reduce reduction',
  'big large huge major',
  'small little minor',
  'plan intend propose proposal',
  'war conflict fighting invasion hostilities',
  'peace ceasefire truce armistice',
  'agreement deal accord pact treaty',
  'law legislation bill statute',
  'sanction penalty',
  'government administration authorities',
  'money fund funding cash budget',
  'resign resignation quit',
  'arrest detain custody',
  'charge accuse indict count',
  'win victory won beat defeat',
  'lose loss lost',
  'reason cause motive',
  'range reach distance',
  'strike attack hit',
  'threaten threat warn warning',
  'allow permit approve approval authorize',
  'reject refuse deny oppose',
  'oil crude petroleum',
  'home house residence',
  'doctor physician',
  'hospital clinic',
  'lawmaker legislator',
  'rule govern',
  'open opening',
  'fire blaze',
  'discover find uncover reveal detect notice spot',
  'attend attendance crowd audience spectator',
  'pay fund finance bankroll',
  'save saving cut',
  'stay remain keep',
  'game match fixture',
  // "walked out" is read as "walkout", "touched down" as "land" (see `phrasal-verbs.ts`).
  'strike walkout stoppage',
  'land landing touchdown splashdown',
  'bring carry deliver transport',
  'travel trip journey voyage',
  'original initial first',
  'lawyer attorney counsel defense solicitor barrister',
  // A court's members and what it hands down: "five justices found", "in a unanimous judgment".
  'judge justice',
  'judgment judgement ruling decision',
  'postpone delay defer',
  'withdraw withdrawal retreat',
  // "Where is the storm headed?" is answered by "expected to move into Michigan".
  'move head',
  'earthquake quake tremor temblor',
  'worker employee staff staffer',
  // "in a row over pay": the British word for a dispute.
  'dispute row',
  // "How often is the pill taken?" is answered by "The drug … is taken once a day".
  'drug medicine medication pill tablet treatment therapy',
  'make maker manufacture manufacturer produce producer develop developer',
  'complain complaint grievance',
  'exception exempt exemption',
  // "Where was the tour supposed to start?": "due to begin in Dublin".
  'due scheduled slated supposed',
  // "When's the report due?": "A preliminary report is expected within 30 days".
  'due expected',
  'live reside resident inhabitant',
  'fight brawl quarrel scuffle altercation argue argument',
  'plane aircraft airplane aeroplane airliner jet',
  // "Where is the company based?": "headquartered in Cork", "a Cork-based company".
  'base headquarters headquartered',
  // "How many jobs did economists expect?": "economists had forecast a gain of 200,000 jobs".
  'expect forecast predict anticipate',
  'hacker attacker intruder',
];

/**
 * Words for the two sides of one event: a sentence on who beat whom also tells who lost, one on who bought
 * something tells who sold it. They answer each other's questions, though less surely than synonyms.
 */
const CONVERSES: ReadonlyArray<readonly [string, string]> = [
  ['win victory won beat defeat', 'lose loss lost'],
  ['buy purchase acquire acquisition buyer', 'sell sale seller'],
  ['lend lender', 'borrow borrower'],
];

const groupsByTerm = new Map<string, Set<number>>();
GROUPS.forEach((group, index) => {
  for (const word of group.split(' ')) {
    const key = term(word);
    const groups = groupsByTerm.get(key) ?? new Set<number>();
    groups.add(index);
    groupsByTerm.set(key, groups);
  }
});

/** The words of each group, as written: for matching that analyses words its own way (the search index). */
export function synonymGroups(): readonly string[][] {
  return GROUPS.map((group) => group.split(' '));
}

/** Whether two terms (see `term` in src/answer/words.ts) are different words for the same thing. */
export function areSynonyms(a: string, b: string): boolean {
  const groupsOfA = groupsByTerm.get(a);
  if (!groupsOfA) return false;
  const groupsOfB = groupsByTerm.get(b);
  if (!groupsOfB) return false;
  for (const group of groupsOfA) if (groupsOfB.has(group)) return true;
  return false;
}

/** Every term that means the same as this one, itself included. */
export function synonymsOf(termValue: string): Set<string> {
  const result = new Set([termValue]);
  for (const group of groupsByTerm.get(termValue) ?? []) {
    for (const word of GROUPS[group]!.split(' ')) result.add(term(word));
  }
  return result;
}

/**
 * Words for opposite acts: a sentence saying one answers a yes-no question about the other with a no ("Did
 * retailers add jobs?", "Retailers cut about 2,000 positions").
 */
const OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['add increase raise rise grow expand hire gain', 'cut reduce decrease fall drop decline shrink shed slash'],
  ['open reopen', 'close shut'],
  ['accept approve', 'reject refuse'],
  ['allow permit', 'ban forbid prohibit'],
  ['support', 'oppose'],
  ['confirm', 'deny'],
];

const conversesByTerm = pairedTerms(CONVERSES);

// Each term of one side, with the terms of the other side it is paired with.
function pairedTerms(pairs: ReadonlyArray<readonly [string, string]>): Map<string, Set<string>> {
  const byTerm = new Map<string, Set<string>>();
  for (const [one, other] of pairs) {
    const [left, right] = [one, other].map((side) => side.split(' ').map(term));
    for (const [from, to] of [[left!, right!], [right!, left!]] as const) {
      for (const key of from) byTerm.set(key, new Set([...(byTerm.get(key) ?? []), ...to]));
    }
  }
  return byTerm;
}

/** Whether two terms name the two sides of one event ("lost" and "beat", "sold" and "bought"). */
export function areConverses(a: string, b: string): boolean {
  return conversesByTerm.get(a)?.has(b) ?? false;
}

const oppositesByTerm = pairedTerms(OPPOSITES);

/** Whether two terms name opposite acts ("add" and "cut", "approve" and "reject"). */
export function areOpposites(a: string, b: string): boolean {
  return oppositesByTerm.get(a)?.has(b) ?? false;
}
