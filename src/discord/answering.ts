import type { Answer, Turn } from '../answer/schema.js';
import type { Story } from '../story.js';
import { renderAnswer, renderPartialAnswer, type RenderOptions } from './render.js';
import { deliver, type ReplyTarget } from './reply.js';
import { ThrottledEdits } from './stream.js';

export interface AnswerOptions {
  history?: Turn[];
  render: RenderOptions;
  /** The shortest time between two edits of the reply while an LLM streams (Discord asks for restraint). */
  editIntervalMs: number;
  onDraftError?: (error: unknown) => void;
}

/**
 * Asks the story and shows the answer in `target`: while an LLM streams, the reply is edited with the text
 * so far (at most once per `editIntervalMs`); then the final reply, with its sources, replaces it.
 */
export async function answerInto(target: ReplyTarget, story: Story, question: string, options: AnswerOptions): Promise<Answer> {
  const drafts = new ThrottledEdits((text) => target.show(renderPartialAnswer(question, text)), options.editIntervalMs, options.onDraftError);
  let answer: Answer;
  try {
    answer = await story.ask(question, { history: options.history ?? [], onText: (text) => drafts.push(text) });
  } finally {
    await drafts.close();
  }
  await deliver(target, renderAnswer(answer, story.corpus, options.render));
  return answer;
}
