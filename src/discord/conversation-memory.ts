import type { Turn } from '../answer/schema.js';

export interface ConversationMemoryOptions {
  /** Turns kept per conversation, the most recent ones. Default 6. */
  turnsPerConversation?: number;
  /** Conversations kept; the least recently used is forgotten first. Default 1,000. */
  conversations?: number;
}

/**
 * The recent turns of each conversation (a thread or a direct-message channel), so a follow-up is answered
 * in context. Bounded on both counts, so a busy server cannot grow it without end.
 */
export class ConversationMemory {
  private readonly turns = new Map<string, Turn[]>();
  private readonly perConversation: number;
  private readonly maxConversations: number;

  constructor(options: ConversationMemoryOptions = {}) {
    this.perConversation = options.turnsPerConversation ?? 6;
    this.maxConversations = options.conversations ?? 1000;
  }

  /** The turns remembered for a conversation, oldest first, or undefined when it is not remembered. */
  recall(conversationId: string): Turn[] | undefined {
    const turns = this.turns.get(conversationId);
    if (turns) this.touch(conversationId, turns);
    return turns ? [...turns] : undefined;
  }

  /** Remembers the turns of a conversation rebuilt from elsewhere (its message history). */
  restore(conversationId: string, turns: readonly Turn[]): void {
    this.touch(conversationId, turns.slice(-this.perConversation));
  }

  remember(conversationId: string, turn: Turn): void {
    const turns = [...(this.turns.get(conversationId) ?? []), turn].slice(-this.perConversation);
    this.touch(conversationId, turns);
  }

  private touch(conversationId: string, turns: Turn[]): void {
    this.turns.delete(conversationId);
    this.turns.set(conversationId, turns);
    while (this.turns.size > this.maxConversations) this.turns.delete(this.turns.keys().next().value!);
  }
}

/** A message of a conversation as far as its history is concerned. */
export interface ConversationMessage {
  /** Sent by this bot. */
  fromMe: boolean;
  /** Sent by another bot (ignored). */
  fromOtherBot: boolean;
  /** The question (for users' messages) or the answer (the bot's answer embed). Empty for anything else. */
  text: string;
}

/**
 * Rebuilds the turns of a conversation from its messages, oldest first: each question a user asked paired
 * with the bot's next answer. Used when the conversation is not remembered (after a restart).
 */
export function turnsFromMessages(messages: readonly ConversationMessage[]): Turn[] {
  const turns: Turn[] = [];
  let question: string | null = null;
  for (const message of messages) {
    if (message.fromOtherBot || message.text.trim() === '') continue;
    if (!message.fromMe) question = message.text;
    else if (question !== null) {
      turns.push({ question, answer: message.text });
      question = null;
    }
  }
  return turns;
}
