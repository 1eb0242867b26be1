import { describe, expect, it } from 'vitest';
import { deliver, NO_PINGS, payload, type ReplyTarget } from '../../src/discord/reply.js';

describe('payload', () => {
  it('never lets a message leave without allowedMentions that ping nobody', () => {
    expect(payload({ content: '@everyone look <@123> <@&456>' })).toEqual({
      content: '@everyone look <@123> <@&456>',
      embeds: [],
      allowedMentions: { parse: [], repliedUser: false },
    });
    expect(payload({ embeds: [{ description: '@here' }] }).allowedMentions).toBe(NO_PINGS);
  });

  it('sends empty content and embeds explicitly so that an edit replaces both', () => {
    expect(payload({ embeds: [{ description: 'x' }] }).content).toBe('');
    expect(payload({ content: 'x' }).embeds).toEqual([]);
  });

  it('refuses a message over Discord\'s limits instead of sending it', () => {
    expect(() => payload({ content: 'x'.repeat(2001) })).toThrow(RangeError);
    expect(() => payload({ embeds: [{ description: 'x'.repeat(4097) }] })).toThrow(RangeError);
  });

  it('cannot be changed to ping someone later', () => {
    expect(Object.isFrozen(NO_PINGS)).toBe(true);
  });
});

describe('deliver', () => {
  it('shows the first message and adds the rest in order', async () => {
    const calls: string[] = [];
    const target: ReplyTarget = {
      show: async (message) => void calls.push(`show ${message.content}`),
      add: async (message) => void calls.push(`add ${message.content}`),
    };
    await deliver(target, [{ content: '1' }, { content: '2' }, { content: '3' }]);
    expect(calls).toEqual(['show 1', 'add 2', 'add 3']);
  });
});
