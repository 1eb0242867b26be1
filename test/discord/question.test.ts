import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../src/discord/question.js';

describe('checkQuestion', () => {
  it('trims the question and turns line breaks and tabs into spaces', () => {
    expect(checkQuestion('  Who\nvoted\tagainst?  ')).toEqual({ ok: true, question: 'Who voted against?' });
  });

  it('removes control characters', () => {
    expect(checkQuestion('Who\u0000 paid\u0007?')).toEqual({ ok: true, question: 'Who paid?' });
  });

  it('refuses an empty or blank question politely', () => {
    expect(checkQuestion('  \u0000 \n')).toEqual({ ok: false, problem: 'Please ask a question: the message was empty.' });
  });

  it('accepts 500 characters and refuses 501', () => {
    expect(checkQuestion('a'.repeat(500)).ok).toBe(true);
    expect(checkQuestion('a'.repeat(501))).toEqual({ ok: false, problem: 'Please keep your question under 500 characters.' });
  });

  it('keeps mentions and Markdown as text: rendering escapes them and allowedMentions stops pings', () => {
    expect(checkQuestion('@everyone <@123> **why**?')).toEqual({ ok: true, question: '@everyone <@123> **why**?' });
  });
});
