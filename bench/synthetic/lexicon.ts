/**
 * The words synthetic articles are made of. The lists hold the frequent head of each part of speech, in
 * rough order of frequency; `vocabulary.ts` extends each with a long tail of made-up words so that the
 * number of distinct terms grows with the corpus as it does in real news.
 */

const words = (text: string): string[] => text.trim().split(/\s+/);

export const NOUNS = words(`
  government plan deal talks budget agreement war election report policy company market city council
  minister official project program law bill tax contract meeting proposal investigation court crisis
  economy price rate sanction ceasefire border strike union pipeline port bridge railway airport hospital
  school university network system service industry sector fund loan debt deficit surplus trade export
  import tariff treaty summit negotiation vote campaign party coalition parliament committee agency
  department ministry board authority commission regulator inquiry audit review study survey forecast
  growth inflation revenue profit loss share stock bond currency energy oil gas power grid reactor
  climate flood drought storm fire harvest water supply shortage demand delivery shipment cargo fleet
  vessel aircraft missile weapon defence army navy troop security police prison sentence trial verdict
  appeal ruling judge lawyer witness evidence document statement announcement interview letter message
  warning threat risk concern pressure support opposition protest reform strategy approach decision
  deadline schedule timeline phase stage step target goal result outcome impact effect cost benefit
  funding investment spending subsidy grant pension wage salary job employment worker employer factory
  plant mine farm land housing rent property development construction infrastructure road highway
  tunnel station terminal route line platform data software technology device chip battery vehicle car
  truck bus train ticket fare passenger customer user consumer patient doctor nurse vaccine treatment
  disease outbreak case death injury accident incident attack offensive operation mission exercise
  drill region province district village neighbourhood community resident population family child
  student teacher athlete team club season match game player coach stadium festival exhibition museum
  library archive record history tradition culture language media newspaper broadcaster channel website
  platform account post video image photo footage recording broadcast release version update upgrade
`);

export const VERBS: ReadonlyArray<readonly [base: string, past: string]> = words(`
  announce:announced approve:approved reject:rejected propose:proposed discuss:discussed agree:agreed
  sign:signed delay:delayed cancel:cancelled launch:launched expand:expanded cut:cut raise:raised
  lower:lowered review:reviewed criticise:criticised defend:defended support:supported oppose:opposed
  block:blocked release:released confirm:confirmed deny:denied suspend:suspended resume:resumed
  extend:extended end:ended begin:began open:opened close:closed build:built sell:sold buy:bought
  fund:funded finance:financed invest:invested spend:spent borrow:borrowed lend:lent pay:paid
  charge:charged fine:fined arrest:arrested accuse:accused investigate:investigated examine:examined
  inspect:inspected test:tested measure:measured estimate:estimated forecast:forecast report:reported
  publish:published reveal:revealed disclose:disclosed warn:warned urge:urged demand:demanded
  request:requested offer:offered accept:accepted refuse:refused promise:promised pledge:pledged
  threaten:threatened negotiate:negotiated mediate:mediated broker:brokered secure:secured win:won
  lose:lost gain:gained double:doubled halve:halved reduce:reduced increase:increased boost:boosted
  restore:restored repair:repaired replace:replaced upgrade:upgraded deploy:deployed withdraw:withdrew
  evacuate:evacuated protect:protected attack:attacked strike:struck shell:shelled defend:defended
  visit:visited host:hosted meet:met call:called invite:invited appoint:appointed dismiss:dismissed
  elect:elected nominate:nominated challenge:challenged question:questioned praise:praised
  welcome:welcomed condemn:condemned mark:marked celebrate:celebrated honour:honoured track:tracked
`).map((pair) => pair.split(':') as [string, string]);

export const ADJECTIVES = words(`
  new major public national local regional international federal economic political military financial
  senior former final early late key main current previous major serious significant strong weak large
  small high low long short rapid slow major critical crucial urgent direct indirect formal informal
  official independent private joint temporary permanent annual monthly weekly daily digital nuclear
  commercial industrial agricultural environmental social legal criminal civil medical technical
  strategic diplomatic historic controversial unprecedented modest sharp steady gradual sudden broad
  narrow fresh detailed secret open closed limited full partial initial additional further advanced
  long-range short-term long-term cross-border high-level low-cost state-owned
`);

/** Nouns for groups of people, counted in figures ("about 4,200 residents"). */
export const PEOPLE_NOUNS = words(`
  residents workers voters passengers students patients families employees members farmers drivers
  teachers nurses soldiers refugees tourists customers households volunteers protesters shareholders
`);

export const FEMALE_FIRST_NAMES = words(`
  Anna Maria Elena Sofia Laura Clara Hannah Julia Sarah Emma Olivia Grace Alice Rachel Helen Natalia
  Irina Olga Marta Eva Katarina Lucia Ingrid Astrid Freya Amara Leila Yasmin Priya Aisha Mei Yuki Noor
  Fatima Carmen Isabel Rosa Teresa Margaret Catherine Victoria Diana Joanna Nadia Zofia Agnieszka Petra
  Chloe Amelie Lena Mira Sana Ayesha Deborah Susan Patricia Linda Karen Nancy Angela Monica Beatriz
`);

export const MALE_FIRST_NAMES = words(`
  James John Robert Michael David William Thomas Daniel Mark Paul Peter Andrew George Edward Henry
  Charles Richard Stephen Martin Lukas Jonas Mateo Pablo Carlos Miguel Javier Luis Marco Luca Giovanni
  Pierre Louis Antoine Hans Klaus Stefan Piotr Tomasz Pavel Dmitri Sergei Viktor Oleksandr Andriy Ivan
  Ahmed Omar Karim Ravi Arjun Vikram Hiroshi Kenji Wei Jun Samuel Isaac Noah Elijah Oscar Felix Hugo
`);

export const SURNAMES = words(`
  Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson
  Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams
  Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart
  Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson
  Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry
  Russell Sullivan Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace
  Kowalski Nowak Wisniewski Novak Horvath Kovacs Nagy Szabo Popescu Ionescu Petrov Ivanov Smirnov
  Kuznetsov Shevchenko Kovalenko Bondarenko Muller Schmidt Schneider Fischer Weber Becker Hoffmann
  Dubois Laurent Moreau Lefebvre Rossi Russo Ferrari Esposito Bianchi Garcia Rodriguez Martinez Lopez
  Gonzalez Fernandez Silva Santos Pereira Costa Oliveira Jensen Nielsen Hansen Larsen Andersson
  Johansson Karlsson Virtanen Korhonen Tanaka Suzuki Takahashi Watanabe Wang Li Zhang Liu Chen Kim
  Park Lee Choi Patel Sharma Singh Kumar Gupta Khan Ali Hassan Ibrahim Mensah Okafor Adeyemi Mwangi
`);

/** Places named in stories; pseudo-places extend them. */
export const PLACES = words(`
  London Paris Berlin Madrid Rome Vienna Prague Warsaw Budapest Bucharest Sofia Athens Lisbon Dublin
  Brussels Amsterdam Copenhagen Stockholm Oslo Helsinki Tallinn Riga Vilnius Kyiv Lviv Odesa Kharkiv
  Minsk Moscow Ankara Istanbul Cairo Nairobi Lagos Accra Johannesburg Delhi Mumbai Karachi Dhaka
  Bangkok Jakarta Manila Tokyo Osaka Seoul Beijing Shanghai Sydney Melbourne Auckland Toronto Montreal
  Vancouver Chicago Boston Denver Phoenix Seattle Houston Atlanta Miami Mexico Lima Bogota Santiago
  Geneva Zurich Munich Hamburg Milan Naples Porto Seville Valencia Lyon Marseille Krakow Gdansk Brno
`);

export const COUNTRIES = words(`
  Poland Hungary Romania Bulgaria Greece Portugal Ireland Belgium Netherlands Denmark Sweden Norway
  Finland Estonia Latvia Lithuania Ukraine Turkey Egypt Kenya Nigeria Ghana India Pakistan Bangladesh
  Thailand Indonesia Japan Korea China Australia Canada Mexico Peru Colombia Chile Brazil Argentina
  Germany France Spain Italy Austria Switzerland Czechia Slovakia Croatia Serbia Georgia Armenia
`);

/** Titles written before a name ("Finance Minister Anna Kowalski"), with the role they give. */
export const TITLES = [
  'Finance Minister',
  'Foreign Minister',
  'Defence Minister',
  'Prime Minister',
  'President',
  'Senator',
  'Mayor',
  'Governor',
  'Secretary of State',
  'Treasury Secretary',
  'Chief Executive',
  'General',
  'Judge',
  'Ambassador',
  'Commissioner',
  'Councillor',
  'Representative',
  'Deputy Mayor',
] as const;

/** Roles written after a name ("Anna Kowalski, an economist at the …"); `{org}` is filled in. */
export const APPOSITIVE_ROLES = [
  'an economist at {org}',
  'an analyst at {org}',
  'a spokesperson for {org}',
  'the head of {org}',
  'a senior fellow at {org}',
  'a lawyer for {org}',
  'the chair of {org}',
  'a researcher at {org}',
  'a director at {org}',
  'a former adviser to {org}',
] as const;

export const ORGANISATION_KINDS = words(`
  Institute Council Authority Commission Foundation Association Union Bank Group Agency Board Trust
  Centre Bureau Federation Partnership Alliance Corporation Company Holdings Network
`);

export const WEEKDAYS = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');
export const MONTHS = words('January February March April May June July August September October November December');

/** Units a figure may carry, with how large such figures usually are. */
export const MEASURES: ReadonlyArray<{ noun: string; unit: string; min: number; max: number }> = [
  { noun: 'range', unit: 'km', min: 80, max: 2500 },
  { noun: 'length', unit: 'kilometres', min: 2, max: 900 },
  { noun: 'capacity', unit: 'megawatts', min: 20, max: 4000 },
  { noun: 'output', unit: 'tonnes', min: 1000, max: 900000 },
  { noun: 'area', unit: 'hectares', min: 10, max: 60000 },
  { noun: 'height', unit: 'metres', min: 5, max: 600 },
  { noun: 'volume', unit: 'barrels a day', min: 5000, max: 2000000 },
  { noun: 'speed', unit: 'km/h', min: 40, max: 900 },
];
