import { parseArgs } from 'node:util';

/** What `npm run bench -- …` was asked to do. */
export const SECTIONS = ['corpus', 'index', 'answers', 'startup', 'quality', 'discord', 'llm'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  quick: boolean;
  /** Synthetic corpus sizes, in articles. */
  sizes: number[];
  sections: ReadonlySet<Section>;
  /** Sizes (in articles) of the synthetic corpora asked through `createStory`... */
  answerSizes: number[];
  /** ...and mined for quotations. */
  quoteSizes: number[];
  startup: { coldRuns: number; warmRuns: number };
  bursts: number[];
  /** Where the report is written. */
  out: string;
}

export const USAGE = `Usage: npm run bench [-- options]

  --quick            a smaller run, under a minute: corpora of 1, 100 and 1,000 articles, fewer start-up runs,
                     one burst of 50 interactions; the report goes to bench/.data/BENCHMARKS-quick.md
  --sizes <list>     synthetic corpus sizes in articles (default 1,100,1000,10000)
  --only <list>      sections to run: ${SECTIONS.join(', ')} (default all)
  --out <file>       where to write the report (default BENCHMARKS.md)
  --help             this text
`;

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const sections = values.only ? values.only.split(',').map((name) => name.trim()) : [...SECTIONS];
  for (const section of sections) {
    if (!(SECTIONS as readonly string[]).includes(section)) throw new Error(`unknown section "${section}" (sections: ${SECTIONS.join(', ')})`);
  }
  const sizes = values.sizes ? values.sizes.split(',').map(parseSize) : quick ? [1, 100, 1000] : [1, 100, 1000, 10_000];
  return {
    quick,
    sizes,
    sections: new Set(sections as Section[]),
    answerSizes: sizes.filter((size) => size === (quick ? 100 : 1000)),
    quoteSizes: sizes.filter((size) => (quick ? [100] : [1000, 10_000]).includes(size)),
    startup: quick ? { coldRuns: 1, warmRuns: 3 } : { coldRuns: 3, warmRuns: 7 },
    bursts: quick ? [50] : [50, 200],
    out: values.out ?? (quick ? 'bench/.data/BENCHMARKS-quick.md' : 'BENCHMARKS.md'),
  };
}

function parseSize(text: string): number {
  const size = Number(text.replaceAll('_', '').trim());
  if (!Number.isInteger(size) || size < 1) throw new Error(`--sizes takes whole numbers of articles, not "${text}"`);
  return size;
}
