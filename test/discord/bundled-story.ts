import { fileURLToPath } from 'node:url';
import type { Turn } from '../../src/answer/schema.js';
import { createStory, type AskOptions, type Story } from '../../src/story.js';

/** The real story engine on the bundled `corpus/`, as `npm start` builds it (extractive, nothing cached). */
export function bundledStory(): Promise<Story> {
  return createStory({ corpusDir: fileURLToPath(new URL('../../corpus/', import.meta.url)), cacheDir: null, llm: null });
}

export interface Asked {
  question: string;
  history: Turn[];
}

/** The same story with another `ask` (a script for a test); everything else is the story's own. */
export function withAsk(story: Story, ask: Story['ask']): Story {
  return Object.assign(Object.create(story) as Story, { ask });
}

/** The same story, keeping each question it was asked with its history, so tests can check the context. */
export function observed(story: Story): Story & { asked: Asked[] } {
  const asked: Asked[] = [];
  const ask = (question: string, options?: AskOptions) => {
    asked.push({ question, history: options?.history ?? [] });
    return story.ask(question, options);
  };
  return Object.assign(withAsk(story, ask), { asked });
}
