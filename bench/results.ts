import type { QualityRow } from './retrieval-quality.js';
import type { AskRow, QuotesRow } from './sections/answers.js';
import type { CorpusRow } from './sections/corpora.js';
import type { BurstResult } from './sections/discord-tasks.js';
import type { ScaleRow } from './sections/index-scale.js';
import type { LlmRow } from './sections/llm.js';
import type { StartupRow } from './sections/startup.js';

/** Everything one `npm run bench` measured; a section not run is absent. */
export interface BenchResults {
  corpora?: CorpusRow[];
  scale?: ScaleRow[];
  ask?: AskRow[];
  quotes?: QuotesRow[];
  startup?: StartupRow[];
  quality?: QualityRow[];
  discord?: BurstResult[];
  llm?: LlmRow[];
}

/** The label of the bundled story's rows, and of a synthetic corpus's. */
export const STORY_LABEL = 'bundled story';

export function syntheticLabel(articles: number): string {
  return `${articles.toLocaleString('en-US')} article${articles === 1 ? '' : 's'}`;
}
