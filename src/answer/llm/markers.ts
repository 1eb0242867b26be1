/**
 * Citation markers as models write them: `[2]`, `[1, 3]`, `[1][2]`, `[2-4]`. A run of markers next to each
 * other is one citation group, so `[1][2]` and `[1, 2]` mean the same thing.
 */

const ONE_MARKER = String.raw`\[\s*\d+(?:\s*[-\u2013]\s*\d+)?(?:\s*[,;]\s*\d+(?:\s*[-\u2013]\s*\d+)?)*\s*\]`;

/** A run of markers with the whitespace before it, which goes when the run goes. */
export const MARKER_RUN = new RegExp(String.raw`\s*(?:${ONE_MARKER}\s*?)*${ONE_MARKER}`, 'g');

/** Markers at the very start of a sentence: the model put them after the previous sentence's full stop. */
export const LEADING_MARKER_RUN = new RegExp(String.raw`^(?:\s*${ONE_MARKER})+`);

/** An unfinished marker at the end of streamed text (`[1, ` or `[`), hidden until it is complete. */
export const UNFINISHED_MARKER = /\[[\d\s,;\-\u2013]*$/;

// "[1-200]" is not a citation of two hundred passages; a range wider than this is read as its ends only.
const WIDEST_RANGE = 10;

/** The passage numbers a run of markers names, in order, each once. */
export function markerNumbers(run: string): number[] {
  const numbers: number[] = [];
  const add = (n: number) => {
    if (!numbers.includes(n)) numbers.push(n);
  };
  for (const [, from, to] of run.matchAll(/(\d+)(?:\s*[-\u2013]\s*(\d+))?/g)) {
    const first = Number(from);
    const last = to === undefined ? first : Number(to);
    if (last < first || last - first > WIDEST_RANGE) {
      add(first);
      add(last);
    } else {
      for (let n = first; n <= last; n++) add(n);
    }
  }
  return numbers;
}

/** Text without any citation markers (for conversation history, whose numbers point at older passages). */
export function stripMarkers(text: string): string {
  return text.replace(MARKER_RUN, '');
}

/** Reasoning models served through OpenAI-compatible servers may wrap their thinking in `<think>` tags. */
export function stripReasoning(text: string): string {
  return text.replace(/<think>[\s\S]*?<\/think>/gi, '').replace(/<think>[\s\S]*$/i, '');
}
