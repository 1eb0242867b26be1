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
