import { createInterface } from 'node:readline/promises';
import type { Turn } from '../answer/schema.js';
import type { Story } from '../story.js';
import { askStreaming } from './ask.js';
import { type CliIo, readLines } from './io.js';
import { stylerFor } from './style.js';

/** How many earlier turns a follow-up sees: enough for "and what did he say?", not a whole session. */
const HISTORY_TURNS = 6;

/**
 * The local chat. In a terminal it prompts until /quit or Ctrl-D; with piped input it answers each line,
 * in one conversation, and exits. Follow-ups use the earlier turns.
 */
export async function chatAction(story: Story, io: CliIo, json: boolean): Promise<number> {
  const history: Turn[] = [];
  const answerOne = async (question: string): Promise<void> => {
    try {
      const answer = json
        ? await story.ask(question, { history })
        : await askStreaming(story, question, io, history);
      if (json) io.stdout.write(`${JSON.stringify(answer)}\n`);
      history.push({ question, answer: answer.answer });
      if (history.length > HISTORY_TURNS) history.shift();
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\n`);
    }
  };

  if (!io.stdin.isTTY) {
    for await (const line of readLines(io.stdin)) if (line.trim()) await answerOne(line.trim());
    return 0;
  }

  const style = stylerFor(io.stdout);
  const titles = story.sources().map((source) => source.title);
  io.stdout.write(
    `${style('bold', 'storybot')} — ask about ${titles.length === 1 ? `“${titles[0]}”` : `${titles.length} articles`}.\n` +
      style('dim', 'Follow-up questions use the conversation so far. /new starts over, /quit leaves.\n\n'),
  );
  const prompt = createInterface({ input: io.stdin, output: io.stdout as NodeJS.WritableStream, terminal: true });
  try {
    for (;;) {
      let line: string;
      try {
        line = (await prompt.question(style('cyan', 'you › '))).trim();
      } catch {
        break; // Ctrl-D or Ctrl-C closes the prompt
      }
      if (line === '/quit' || line === '/exit') break;
      if (line === '/new') {
        history.length = 0;
        io.stdout.write(style('dim', 'Started a new conversation.\n\n'));
        continue;
      }
      if (line === '') continue;
      await answerOne(line);
      io.stdout.write('\n');
    }
  } finally {
    prompt.close();
  }
  return 0;
}
