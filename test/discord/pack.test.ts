import { describe, expect, it } from 'vitest';
import { DiscordLimits, fitsDiscordLimits } from '../../src/discord/limits.js';
import { packEmbeds } from '../../src/discord/pack.js';

describe('packEmbeds', () => {
  it('puts a short draft in one embed: title, text, fields and footer', () => {
    expect(packEmbeds({ title: 'T', body: 'Body.', fields: [{ name: 'Sources', lines: ['a', 'b'] }], footer: 'f', color: 1 })).toEqual([
      { embeds: [{ title: 'T', description: 'Body.', fields: [{ name: 'Sources', value: 'a\nb' }], footer: { text: 'f' }, color: 1 }] },
    ]);
  });

  it('spreads hundreds of source lines over fields, embeds and messages that all fit', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `**[${i + 1}]** [¶${i} — “${'snippet words '.repeat(5)}…”](https://news.example/a)`);
    const messages = packEmbeds({ title: 'Title', body: 'Short answer.', fields: [{ name: 'Sources', lines }], footer: 'extractive answer' });
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(fitsDiscordLimits(message)).toBe(true);
      expect(message.embeds!.length).toBeLessThanOrEqual(DiscordLimits.embedsPerMessage);
    }
    const values = messages.flatMap((message) => message.embeds!.flatMap((embed) => embed.fields ?? []));
    expect(values.flatMap((field) => field.value.split('\n'))).toEqual(lines);
    expect(values.slice(1).every((field) => field.name === 'Sources (continued)')).toBe(true);
    expect(messages[0]!.embeds![0]!.title).toBe('Title');
    expect(messages.at(-1)!.embeds!.at(-1)!.footer).toEqual({ text: 'extractive answer' });
    expect(messages.flatMap((message) => message.embeds!).filter((embed) => embed.footer)).toHaveLength(1);
  });

  it('gives an empty body a single embed so the title still shows', () => {
    expect(packEmbeds({ title: 'Only a title', body: '' })).toEqual([{ embeds: [{ title: 'Only a title' }] }]);
  });
});
