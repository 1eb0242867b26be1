import { ADJECTIVES, COUNTRIES, NOUNS, PLACES, SURNAMES, VERBS } from './lexicon.js';
import { SeededRandom, ZipfSampler } from './random.js';

/**
 * Every word pool of the synthetic corpus: the real head words of `lexicon.ts` followed by a long tail of
 * pronounceable made-up words, sampled with a Zipf distribution, so a few words are everywhere and most are
 * rare. Built once per seed; the made-up words depend only on the seed.
 */
export interface Verb {
  base: string;
  past: string;
}

/** How many words each pool holds, head and tail together. */
const POOL_SIZES = { nouns: 40_000, verbs: 6_000, adjectives: 8_000, surnames: 6_000, places: 4_000 } as const;
/**
 * Zipf exponent and Mandelbrot offset of each pool. The offsets put each pool's head where content words
 * stand among all words (the commonest noun is about 1% of nouns, not 10%); an exponent below 1 flattens
 * the spread of proper names, which recur less than common words.
 */
const ZIPF = {
  nouns: [1.07, 20],
  verbs: [1.07, 10],
  adjectives: [1.07, 10],
  surnames: [0.8, 0],
  places: [0.8, 0],
} as const satisfies Record<keyof typeof POOL_SIZES, readonly [number, number]>;

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'cr', 'dr', 'fr', 'gr', 'pl', 'pr', 'st', 'tr', 'ch', 'sh', 'th', 'w', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 't', 'nd', 'st', 'rk', 'x'];
const NOUN_ENDINGS = ['', '', '', 'tion', 'ment', 'ity', 'ence', 'ism', 'ure', 'age', 'ship', 'er'];
const ADJECTIVE_ENDINGS = ['al', 'ic', 'ous', 'ive', 'ary', 'ian', 'ent', 'ish'];
const PLACE_ENDINGS = ['a', 'ia', 'ov', 'burg', 'ton', 'ford', 'grad', 'vik', 'mouth', 'polis', ''];

export class Vocabulary {
  readonly nouns: string[];
  readonly verbs: Verb[];
  readonly adjectives: string[];
  readonly surnames: string[];
  readonly places: string[];
  private readonly samplers: Record<keyof typeof POOL_SIZES, ZipfSampler>;

  constructor(seed: number) {
    const random = new SeededRandom(seed);
    const taken = new Set<string>();
    const extend = <T>(head: readonly T[], key: (item: T) => string, size: number, make: () => T): T[] => {
      const pool: T[] = [];
      const add = (item: T) => {
        if (taken.has(key(item))) return;
        taken.add(key(item));
        pool.push(item);
      };
      head.forEach(add);
      while (pool.length < size) add(make());
      return pool;
    };
    const stem = () => pseudoStem(random);
    this.nouns = extend(NOUNS, (w) => w, POOL_SIZES.nouns, () => stem() + random.pick(NOUN_ENDINGS));
    this.verbs = extend(
      VERBS.map(([base, past]) => ({ base, past })),
      (verb) => verb.base,
      POOL_SIZES.verbs,
      () => {
        const base = `${stem()}${random.pick(['ate', 'ize', 'en', 'ify'])}`;
        return { base, past: base.endsWith('e') ? `${base}d` : base.endsWith('y') ? `${base.slice(0, -1)}ied` : `${base}ed` };
      },
    );
    this.adjectives = extend(ADJECTIVES, (w) => w, POOL_SIZES.adjectives, () => stem() + random.pick(ADJECTIVE_ENDINGS));
    this.surnames = extend(SURNAMES, (w) => w, POOL_SIZES.surnames, () => capitalize(stem() + random.pick(['', 'son', 'ski', 'ova', 'ez', 'i', 'er'])));
    this.places = extend([...PLACES, ...COUNTRIES], (w) => w, POOL_SIZES.places, () => capitalize(stem() + random.pick(PLACE_ENDINGS)));
    const sampler = (pool: keyof typeof POOL_SIZES, size: number) => new ZipfSampler(size, ...ZIPF[pool]);
    this.samplers = {
      nouns: sampler('nouns', this.nouns.length),
      verbs: sampler('verbs', this.verbs.length),
      adjectives: sampler('adjectives', this.adjectives.length),
      surnames: sampler('surnames', this.surnames.length),
      places: sampler('places', this.places.length),
    };
  }

  noun(random: SeededRandom): string {
    return this.nouns[this.samplers.nouns.rank(random)]!;
  }

  verb(random: SeededRandom): Verb {
    return this.verbs[this.samplers.verbs.rank(random)]!;
  }

  adjective(random: SeededRandom): string {
    return this.adjectives[this.samplers.adjectives.rank(random)]!;
  }

  surname(random: SeededRandom): string {
    return this.surnames[this.samplers.surnames.rank(random)]!;
  }

  place(random: SeededRandom): string {
    return this.places[this.samplers.places.rank(random)]!;
  }
}

function pseudoStem(random: SeededRandom): string {
  const syllables = random.int(2, 3);
  let word = '';
  for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 ? random.pick(CODAS) : '');
  return word;
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "announce" → "announces", "discuss" → "discusses": the present tense a headline uses. */
export function thirdPerson(verb: Verb): string {
  const { base } = verb;
  if (/(s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
