import type { Answer, Turn } from '../answer/schema.js';
import type { Story } from '../story.js';
import { type CliIo, readLines } from './io.js';
import { renderAnswer } from './render.js';
import { stylerFor } from './style.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;

/**
 * Asks one question and prints the answer: streamed as it is written when an LLM answers in a terminal,
 * then the numbered sources. Returns the exit code.
 */
export async function askAction(story: Story, question: string, io: CliIo, json: boolean, history: Turn[] = []): Promise<number> {
  if (json) {
    io.stdout.write(`${JSON.stringify(await story.ask(question, { history }), null, 2)}\n`);
    return EXIT_OK;
  }
  await askStreaming(story, question, io, history);
  return EXIT_OK;
}

/** Prints the answer text as it streams, then anything post-processing changed, then the sources. */
export async function askStreaming(story: Story, question: string, io: CliIo, history: Turn[]): Promise<Answer> {
  const style = stylerFor(io.stdout);
  let streamed = '';
  const answer = await story.ask(question, {
    history,
    onText: (textSoFar) => {
      if (!textSoFar.startsWith(streamed)) return;
      io.stdout.write(style('dim', textSoFar.slice(streamed.length)));
      streamed = textSoFar;
    },
  });
  if (streamed === '') io.stdout.write(`${answer.answer}\n`);
  else if (streamed.trim() === answer.answer.trim()) io.stdout.write('\n');
  else io.stdout.write(`\n\n${answer.answer}\n`);
  io.stdout.write(renderAnswer(answer, style, { withText: false }));
  return answer;
}

/**
 * `storybot ask -`: answers one question per line of standard input, in order. With --json, one answer
 * object per line (JSON Lines). A bad question gets its error in place and the rest are still answered.
 */
export async function askEachLineAction(story: Story, io: CliIo, json: boolean): Promise<number> {
  let exitCode = EXIT_OK;
  for await (const line of readLines(io.stdin)) {
    const question = line.trim();
    if (question === '') continue;
    try {
      const answer = await story.ask(question);
      io.stdout.write(json ? `${JSON.stringify(answer)}\n` : `${renderAnswer(answer, stylerFor(io.stdout))}\n`);
    } catch (error) {
      exitCode = EXIT_FAILED;
      const message = (error as Error).message;
      if (json) io.stdout.write(`${JSON.stringify({ question, answered: false, answer: message, citations: [], error: message })}\n`);
      else io.stderr.write(`storybot: ${message}\n`);
    }
  }
  return exitCode;
}
