import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThrottledEdits } from '../../src/discord/stream.js';

describe('ThrottledEdits', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function recorder() {
    const edits: { text: string; at: number }[] = [];
    const edit = async (text: string) => {
      edits.push({ text, at: Date.now() });
    };
    return { edits, editor: new ThrottledEdits(edit, 1000, undefined, () => Date.now()) };
  }

  it('shows the first text at once', async () => {
    const { edits, editor } = recorder();
    editor.push('The');
    await vi.advanceTimersByTimeAsync(0);
    expect(edits.map((edit) => edit.text)).toEqual(['The']);
  });

  it('edits at most once a second, always with the newest text', async () => {
    const { edits, editor } = recorder();
    for (let i = 1; i <= 30; i += 1) {
      editor.push(`word `.repeat(i));
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(edits.length).toBeGreaterThanOrEqual(3);
    expect(edits.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < edits.length; i += 1) expect(edits[i]!.at - edits[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    expect(edits.at(-1)!.text).toBe('word '.repeat(30));
  });

  it('never overlaps two edits, even when one is slower than the interval', async () => {
    let running = 0;
    let overlapped = false;
    const editor = new ThrottledEdits(
      async () => {
        running += 1;
        overlapped ||= running > 1;
        await new Promise((resolve) => setTimeout(resolve, 2500));
        running -= 1;
      },
      1000,
      undefined,
      () => Date.now(),
    );
    for (let i = 0; i < 10; i += 1) {
      editor.push(String(i));
      await vi.advanceTimersByTimeAsync(500);
    }
    await vi.advanceTimersByTimeAsync(10_000);
    expect(overlapped).toBe(false);
  });

  it('on close, drops the text not yet shown and waits for the edit under way', async () => {
    const { edits, editor } = recorder();
    editor.push('first');
    await vi.advanceTimersByTimeAsync(0);
    editor.push('second');
    await editor.close();
    editor.push('third');
    await vi.advanceTimersByTimeAsync(5000);
    expect(edits.map((edit) => edit.text)).toEqual(['first']);
  });

  it('reports a failed edit and keeps going', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const editor = new ThrottledEdits(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('429');
      },
      1000,
      (error) => errors.push(error),
      () => Date.now(),
    );
    editor.push('a');
    await vi.advanceTimersByTimeAsync(0);
    editor.push('b');
    await vi.advanceTimersByTimeAsync(1000);
    expect(errors).toHaveLength(1);
    expect(calls).toBe(2);
  });
});
