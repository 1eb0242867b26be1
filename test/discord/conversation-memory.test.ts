import { describe, expect, it } from 'vitest';
import { ConversationMemory, turnsFromMessages } from '../../src/discord/conversation-memory.js';
import { threadName } from '../../src/discord/thread-name.js';

describe('ConversationMemory', () => {
  it('remembers the most recent turns of each conversation, oldest first', () => {
    const memory = new ConversationMemory({ turnsPerConversation: 2 });
    for (const n of [1, 2, 3]) memory.remember('thread', { question: `q${n}`, answer: `a${n}` });
    expect(memory.recall('thread')).toEqual([
      { question: 'q2', answer: 'a2' },
      { question: 'q3', answer: 'a3' },
    ]);
    expect(memory.recall('other')).toBeUndefined();
  });

  it('forgets the least recently used conversation when full', () => {
    const memory = new ConversationMemory({ conversations: 2 });
    memory.remember('a', { question: 'q', answer: 'a' });
    memory.remember('b', { question: 'q', answer: 'a' });
    memory.recall('a');
    memory.remember('c', { question: 'q', answer: 'a' });
    expect(memory.recall('a')).toBeDefined();
    expect(memory.recall('b')).toBeUndefined();
  });
});

describe('turnsFromMessages', () => {
  it("pairs each user's question with the bot's next answer and skips other bots and notices", () => {
    const user = (text: string) => ({ fromMe: false, fromOtherBot: false, text });
    const bot = (text: string) => ({ fromMe: true, fromOtherBot: false, text });
    expect(
      turnsFromMessages([
        user('Who approved the bridge?'),
        { fromMe: false, fromOtherBot: true, text: 'beep' },
        bot('The council [1].'),
        bot(''),
        user('When does work start?'),
        bot('In spring [1].'),
        user('And the cost?'),
      ]),
    ).toEqual([
      { question: 'Who approved the bridge?', answer: 'The council [1].' },
      { question: 'When does work start?', answer: 'In spring [1].' },
    ]);
  });
});

describe('threadName', () => {
  it('uses the question as it is when it fits', () => {
    expect(threadName('Who approved the bridge?')).toBe('Who approved the bridge?');
  });

  it("cuts a long question to Discord's 100 characters at a word boundary", () => {
    const name = threadName(`Why ${'did the council vote for the bridge '.repeat(5)}?`);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.endsWith('…')).toBe(true);
    expect(name).toMatch(/^Why did the council vote for the bridge did the council/);
  });

  it('is never empty', () => {
    expect(threadName('   ')).toBe('Question');
  });
});
