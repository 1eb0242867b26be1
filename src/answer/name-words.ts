/** Words of English news writing that tell what kind of thing a capitalised name is. All lowercase. */

/** Titles written before a name: "Secretary of State Marco Rubio", "Sen. Graham", "Dr. Lee". */
export const TITLES: ReadonlySet<string> = new Set(
  (
    'president vice prime minister secretary senator sen rep representative congressman congresswoman governor gov ' +
    'mayor chancellor premier ambassador envoy general gen admiral adm colonel col major maj captain capt lieutenant ' +
    'lt sergeant sgt commander cmdr chief judge justice attorney pope king queen prince princess duke sheikh emir ' +
    'dr mr mrs ms miss prof professor rev reverend father sister bishop cardinal rabbi imam ceo chairman chairwoman ' +
    'chair director spokesman spokeswoman spokesperson coach officer inspector detective superintendent speaker ' +
    'leader minority majority deputy acting former commissioner treasurer councilman councilwoman councillor ' +
    'councilor alderman sheriff marshal prosecutor executive officer financial operating managing editor'
  ).split(' '),
);

/** Nouns for a person's role, written in lower case: "an analyst", "the president", "a White House official". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'president minister secretary senator lawmaker legislator congressman congresswoman governor mayor chancellor ' +
    'ambassador envoy diplomat official officials spokesperson spokesman spokeswoman analyst analysts expert experts ' +
    'adviser advisor aide chief ceo executive director chairman chairwoman founder owner manager leader leaders ' +
    'commander general officer officers police investigator investigators prosecutor judge lawyer attorney doctor ' +
    'researcher researchers scientist professor teacher student resident residents witness witnesses reporter ' +
    'journalist editor economist coach player candidate member representative negotiator intermediary sponsor ' +
    'head king queen prince monarch premier administrator commissioner councillor councilor sheriff ' +
    'firefighter firefighters paramedic nurse engineer engineers architect planner developer chef farmer activist ' +
    'volunteer organizer organiser worker workers employee employees shareholder shareholders investor investors ' +
    'founder cofounder co-founder partner owner landlord tenant victim suspect'
  ).split(' '),
);

/** Words that make a capitalised name an organisation or institution: "Foundation for Defense of Democracies". */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  (
    'house senate congress parliament assembly council committee commission ministry department agency ' +
    'administration office bureau service services foundation institute institution university college school ' +
    'academy center centre party union association federation league company corporation corp inc ltd llc plc ' +
    'group bank fund trust authority court army navy force forces guard police times post news journal network ' +
    'club church hospital airlines airways motors systems technologies partners holdings board reserve exchange ' +
    'organization organisation alliance coalition movement front society media press studios industries ' +
    'laboratories labs energy pharmaceuticals insurance brands stores railways railway council'
  ).split(' '),
);

/** Prepositions after which a capitalised name is most often a place: "in Budapest", "at the White House". */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at near outside inside from into across throughout around toward towards via to'.split(' '),
);

/** Small words that may stand inside a name: "Bank of England", "Foundation for Defense of Democracies". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set('of for the and de del la le van von al bin da di du'.split(' '));

/** Verbs of saying that mark the word before them as a speaker: "Bessent said", "Lee told reporters". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says say told tells tell stated states state remarked remarks explained explains noted notes added adds ' +
    'argued argues claimed claims insisted insists indicated indicates suggested suggests announced announces ' +
    'declared declares commented comments wrote writes posted posts tweeted tweets warned warns urged urges asked ' +
    'asks replied replies responded responds recalled recalls acknowledged acknowledges admitted admits ' +
    'emphasized emphasised emphasizes emphasises stressed stresses mentioned mentions confirmed confirms denied ' +
    'denies predicted predicts believes believed thinks thought arguing saying telling warning urging insisting ' +
    'claiming noting adding stating explaining suggesting announcing urge warn argue insist claim explain ' +
    'suggest announce declare write tweet reply respond recall acknowledge admit emphasize stress ' +
    'mention confirm deny predict believe think'
  ).split(' '),
);
