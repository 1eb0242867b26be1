/**
 * The nouns that head the names of organisations and institutions in English: "the X Foundation", "Ministry of
 * X", "X Party", "Federal Reserve Board", "Acme Holdings". Lookups ignore case and an abbreviation's full stop.
 */
const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'foundation foundations institute institutes institution council organization organisation agency ' +
    'association associates bank ministry department committee commission university college school academy ' +
    'party company corporation corp inc ltd llc plc group fund union alliance federation court center centre ' +
    'society network authority board bureau office force forces army navy police administration coalition ' +
    'movement front reserve exchange club league trust holdings airlines airways motors industries laboratories ' +
    'labs times post journal news press media studios guard corps service services assembly parliament congress ' +
    'senate house cabinet government tribunal secretariat hospital church brigade battalion regiment division ' +
    'command cartel partners capital ventures technologies energy pharmaceuticals insurance brands ' +
    'stores railways railway'
  ).split(' '),
  // Not "systems": "Army Tactical Missile Systems" names a weapon more often than "Cisco Systems" a company.
);

/** Whether a word heads or belongs to the names of organisations: "Foundation", "Ministry", "Corp.", "Airlines". */
export function isOrganisationWord(word: string): boolean {
  return ORGANISATION_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Common nouns news writing uses for a business once it has named it ("Acme Robotics … the company said"),
 * whose names mostly hold no such noun. The maker of something is written "the chipmaker", "the automaker".
 */
const BUSINESS_NOUNS: ReadonlySet<string> = new Set(
  (
    'company firm business retailer carrier airline manufacturer automaker carmaker chipmaker drugmaker ' +
    'insurer lender bank supplier startup brand group conglomerate utility chain publisher broadcaster network'
  ).split(' '),
);

// Organisation words that are themselves the name of a business's form, so a name headed by one is a business.
const BUSINESS_NAME_HEADS: ReadonlySet<string> = new Set(
  (
    'company corporation corp inc ltd llc plc group holdings airlines airways motors industries laboratories labs partners ' +
    'capital ventures technologies energy pharmaceuticals insurance brands stores bank ' +
    // Plural trade nouns that end a business's name though they head no other body: "Novatek Systems", "Harbor Foods".
    'systems storage foods media logistics solutions software electronics enterprises devices networks'
  ).split(' '),
);

/** Whether a lowercase noun stands for a business named before: "the company", "the firm", "the retailer". */
export function isBusinessNoun(word: string): boolean {
  return BUSINESS_NOUNS.has(word.toLowerCase());
}

/** Whether a name's last word makes it a business rather than another body: "Acme Corp.", "Harbor Foods Group". */
export function isBusinessNameHead(word: string): boolean {
  return BUSINESS_NAME_HEADS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Name heads of other words that a body noun also stands for: a union is often an "Association" (the British
 * Medical Association, "the union said"), a regulator a "Commission" or an "Authority".
 */
const KINDRED_HEADS: Readonly<Record<string, readonly string[]>> = {
  union: ['association', 'federation', 'guild', 'confederation'],
  agency: ['administration', 'authority', 'bureau', 'service'],
  regulator: ['commission', 'authority', 'agency', 'administration', 'office', 'board'],
  watchdog: ['commission', 'authority', 'agency', 'office', 'board'],
  department: ['ministry'],
  ministry: ['department'],
  government: ['administration', 'cabinet'],
  court: ['tribunal'],
  council: ['authority'],
  school: ['academy', 'college'],
  hospital: ['infirmary', 'clinic'],
};

/** The heads of names a body noun stands for, itself first: "union" → union, association, federation, … */
export function headsNamedBy(noun: string): readonly string[] {
  const lower = noun.toLowerCase();
  return [lower, ...(KINDRED_HEADS[lower] ?? [])];
}

/** Whether a noun stands for a body by its kind though no name is built on it: "the regulator", "the watchdog". */
export function isKindOfBody(noun: string): boolean {
  return Object.hasOwn(KINDRED_HEADS, noun.toLowerCase());
}
