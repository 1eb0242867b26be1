import type { BenchResults } from './results.js';
import { STORY_LABEL } from './results.js';
import { bytes, count, ms, percent, ratio } from './support/format.js';
import { median } from './support/stats.js';
import type { Table } from './support/table.js';

/** The targets of issue 5, checked against what this run measured. */
interface Check {
  target: string;
  measured: string;
  /** Null when this run did not measure it (a section skipped, or `--quick`). */
  met: boolean | null;
}

/** Targets at scale apply to a corpus of about 200,000 paragraphs (the 10,000-article one). */
const LARGE_CORPUS_PARAGRAPHS = 150_000;

export function targetsTable(results: BenchResults): Table {
  const checks = [...storyChecks(results), ...scaleChecks(results), ...discordChecks(results), ...qualityChecks(results)];
  return {
    title: 'Targets',
    columns: ['target', 'measured', 'met'],
    rows: checks.map((check) => [check.target, check.measured, check.met === null ? 'not measured' : check.met ? 'yes' : '**no**']),
  };
}

const notMeasured = (target: string, why = 'section not run'): Check => ({ target, measured: why, met: null });

function storyChecks({ scale, ask, startup }: BenchResults): Check[] {
  const retrieval = scale?.find((row) => row.label === STORY_LABEL);
  const answers = ask?.find((row) => row.label === STORY_LABEL);
  const warm = startup?.find((row) => row.command.startsWith('npx') && row.state === 'warm');
  return [
    retrieval
      ? { target: 'Bundled story: retrieval p50 < 0.5 ms', measured: ms(retrieval.serve.wall.p50), met: retrieval.serve.wall.p50 < 0.5 }
      : notMeasured('Bundled story: retrieval p50 < 0.5 ms'),
    answers
      ? { target: 'Bundled story: extractive ask p50 < 5 ms', measured: ms(answers.wall.p50), met: answers.wall.p50 < 5 }
      : notMeasured('Bundled story: extractive ask p50 < 5 ms'),
    warm
      ? { target: '`npx storybot ask` warm < 1 s', measured: `median ${ms(median(warm.runs))}`, met: median(warm.runs) < 1000 }
      : notMeasured('`npx storybot ask` warm < 1 s'),
  ];
}

function scaleChecks({ scale }: BenchResults): Check[] {
  const largest = scale?.filter((row) => row.label !== STORY_LABEL).sort((a, b) => b.build.paragraphs - a.build.paragraphs)[0];
  const targets = ['200,000 paragraphs: build < 60 s', 'loading the saved index ≥ 3× faster than rebuilding', 'retrieval p99 < 25 ms', 'RSS < 1.5 GB'];
  if (!largest || largest.build.paragraphs < LARGE_CORPUS_PARAGRAPHS) {
    const why = largest ? `largest corpus run: ${count(largest.build.paragraphs)} paragraphs (\`--quick\`)` : 'section not run';
    return targets.map((target) => notMeasured(target, why));
  }
  const { build, serve } = largest;
  const speedUp = build.buildMs / serve.loadMs;
  const rss = Math.max(build.peakRssBytes, serve.peakRssBytes);
  return [
    { target: targets[0]!, measured: `${ms(build.buildMs)} (${count(build.paragraphs)} paragraphs)`, met: build.buildMs < 60_000 },
    { target: targets[1]!, measured: `${ratio(speedUp)} (${ms(serve.loadMs)} against ${ms(build.buildMs)})`, met: speedUp >= 3 },
    { target: targets[2]!, measured: `${ms(serve.wall.p99)} (CPU ${ms(serve.cpu.p99)})`, met: serve.wall.p99 < 25 },
    { target: targets[3]!, measured: `peak ${bytes(rss)} (build and save ${bytes(build.peakRssBytes)}, serving ${bytes(serve.peakRssBytes)})`, met: rss < 1.5 * 1024 ** 3 },
  ];
}

function discordChecks({ discord }: BenchResults): Check[] {
  const burst = discord?.find((row) => row.concurrent >= 200);
  const targets = ['200 concurrent `/ask`: acknowledgement p99 < 300 ms', '200 concurrent `/ask`: no errors'];
  if (!burst) return targets.map((target) => notMeasured(target, discord ? 'no burst of 200 (`--quick`)' : 'section not run'));
  return [
    { target: targets[0]!, measured: ms(burst.ack.p99), met: burst.ack.p99 < 300 },
    { target: targets[1]!, measured: `${burst.errors} errors`, met: burst.errors === 0 },
  ];
}

function qualityChecks({ quality }: BenchResults): Check[] {
  const target = 'Tuned recall@3 on dev = 100% and ≥ every other library';
  const dev = quality?.filter((row) => row.bench.startsWith('dev'));
  const tuned = dev?.find((row) => row.candidate === 'storybot tuned');
  if (!dev || !tuned) return [notMeasured(target)];
  const best = Math.max(...dev.filter((row) => row !== tuned).map((row) => row.recallAt3));
  return [{ target, measured: `${percent(tuned.recallAt3)} (best other: ${percent(best)})`, met: tuned.recallAt3 === 1 && tuned.recallAt3 >= best }];
}
