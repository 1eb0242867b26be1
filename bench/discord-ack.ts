/**
 * How fast the bot acknowledges a slash command and finishes its reply, measured in the Discord protocol
 * double: from the INTERACTION_CREATE dispatch to the interaction callback (the acknowledgement Discord
 * wants within 3 s), and to the last request of the reply. Run: `npx tsx bench/discord-ack.ts` (`--fake` for a trivial story instead of the bundled one).
 */
import os from 'node:os';
import type { Story } from '../src/story.js';
import { bundledStory } from '../test/discord/bundled-story.js';
import { fakeStory } from '../test/discord/fake-story.js';
import { startHarness, type Harness } from '../test/discord/harness.js';
import type { InteractionRecord } from '../test/doubles/discord.js';

const QUESTIONS = ['Where will Trump meet Putin?', 'Who will lead the talks next week?', 'What is the range of a Tomahawk?', 'What did Bessent say?'];

async function loadStory(): Promise<{ story: Story; name: string }> {
  if (process.argv.includes('--fake')) return { story: fakeStory(), name: 'fake story' };
  return { story: await bundledStory(), name: 'createStory on corpus/' };
}

async function round(harness: Harness, count: number, concurrent: boolean): Promise<{ ack: number[]; reply: number[] }> {
  const finish = async (interaction: InteractionRecord) => {
    await harness.finished(interaction);
    const last = harness.double.requests.filter((request) => request.path.includes(interaction.token)).at(-1)!;
    return { ack: interaction.callback!.at - interaction.dispatchedAt, reply: last.at - interaction.dispatchedAt };
  };
  const results = [];
  if (concurrent) {
    const sent = Array.from({ length: count }, (_, i) => harness.double.sendSlashCommand('ask', { question: QUESTIONS[i % QUESTIONS.length]! }, { user: { ...harness.double.alice, id: String(10_000_000 + i) } }));
    results.push(...(await Promise.all(sent.map(finish))));
  } else {
    for (let i = 0; i < count; i += 1) results.push(await finish(harness.double.sendSlashCommand('ask', { question: QUESTIONS[i % QUESTIONS.length]! })));
  }
  return { ack: results.map((result) => result.ack), reply: results.map((result) => result.reply) };
}

function quantile(values: number[], q: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
}

const { story, name } = await loadStory();
const harness = await startHarness({ story, env: { RATE_LIMIT_PER_MINUTE: '100000' } });
await round(harness, 10, false); // warm-up
console.log(`storybot /ask against the Discord double · ${name} · ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length} · Node ${process.version}`);
console.log('run              n     ack p50   ack p95   ack max   reply p50   reply p95   (ms)');
for (const [label, count, concurrent] of [['sequential', 100, false], ['concurrent', 50, true], ['concurrent', 200, true]] as const) {
  const { ack, reply } = await round(harness, count, concurrent);
  const row = [label.padEnd(12), String(count).padStart(5), ...[quantile(ack, 0.5), quantile(ack, 0.95), Math.max(...ack).toFixed(1)].map((v) => v.padStart(9)), ...[quantile(reply, 0.5), quantile(reply, 0.95)].map((v) => v.padStart(11))];
  console.log(row.join(' '));
}
await harness.close();
