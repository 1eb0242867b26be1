/**
 * Splits Markdown into pieces that each fit a Discord limit, cutting at the best boundary there is.
 *
 * - Boundaries, best first: a blank line (between paragraphs), a line break, the end of a sentence, a space.
 *   A better boundary wins unless it would leave the piece less than {@link MIN_FILL} full.
 * - It never cuts inside a word, an escape (`\*`), an inline code span or a masked link `[text](url)`.
 * - Formatting stays valid in every piece: a code fence that is cut is closed at the end of one piece and
 *   reopened with its language at the start of the next; bold, italic, underline, strikethrough and spoiler
 *   markers open across a cut are closed and reopened the same way.
 * - Only a single "word" longer than a whole piece (a huge URL) is cut where it must be.
 *
 * Text from outside (the story, a user, a model) must be escaped first: unescaped markers count as formatting.
 *
 * @example
 * splitMarkdown('First paragraph.\n\nSecond paragraph.', 20) // ['First paragraph.', 'Second paragraph.']
 */
export function splitMarkdown(text: string, maxLength: number): string[] {
  if (maxLength < MIN_PIECE) throw new RangeError(`maxLength must be at least ${MIN_PIECE}`);
  const layout = scan(text);
  const pieces: string[] = [];
  let start = skipSpace(text, 0);
  let opener = '';
  while (start < text.length) {
    const budget = maxLength - opener.length;
    if (text.length - start <= budget) {
      pushPiece(pieces, opener, text.slice(start).trimEnd());
      break;
    }
    const cut = bestCut(layout, start, budget) ?? hardCut(text, layout, start, budget);
    const state = layout.stateAt(cut.at);
    pushPiece(pieces, opener, text.slice(start, cut.at).trimEnd() + closerFor(state));
    start = cut.resumeAt;
    opener = openerFor(state);
  }
  return pieces;
}

/** A piece is at least this full before a worse kind of boundary is preferred to a better one. */
export const MIN_FILL = 0.3;

const MIN_PIECE = 32;
const CLOSING_FENCE = /^```\s*$/;
const PAIRED_MARKERS = ['**', '__', '~~', '||', '*', '_'] as const;
const MASKED_LINK = /\[(?:\\.|[^\]\\\n])*\]\([^()\s]*\)/y;
const SENTENCE_END = /[.!?…]["”’')\]*_]*(?:\[\d+\])*$/;

enum Boundary {
  Paragraph,
  Line,
  Sentence,
  Word,
}

interface Cut {
  /** Where the piece ends (exclusive). */
  at: number;
  /** Where the next piece starts (after the whitespace of the cut). */
  resumeAt: number;
  boundary: Boundary;
}

interface FormatState {
  /** The opening line of the code fence the position is in (e.g. "```ts"), or null. */
  fence: string | null;
  /** Inline markers open at the position, outermost first. */
  markers: readonly string[];
}

interface Layout {
  cuts: Cut[];
  stateAt(index: number): FormatState;
}

const PLAIN: FormatState = { fence: null, markers: [] };

/** One pass over the text: where it may be cut, and what formatting is open where. */
function scan(text: string): Layout {
  const cuts: Cut[] = [];
  const changes: { from: number; state: FormatState }[] = [{ from: 0, state: PLAIN }];
  let fence: string | null = null;
  let markers: string[] = [];
  const change = (from: number) => changes.push({ from, state: { fence, markers: [...markers] } });

  let i = 0;
  let atLineStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atLineStart && text.startsWith('```', i)) {
      const end = lineEnd(text, i);
      const line = text.slice(i, end);
      if (fence === null) fence = line.trimEnd();
      else if (CLOSING_FENCE.test(line)) fence = null;
      change(i + (fence === null ? 3 : 0));
      i = end;
      atLineStart = false;
    } else if (ch === '\n') {
      const resumeAt = fence === null ? skipSpace(text, i) : i + 1;
      const newlines = text.slice(i, resumeAt).split('\n').length - 1;
      cuts.push({ at: i, resumeAt, boundary: newlines >= 2 ? Boundary.Paragraph : Boundary.Line });
      i = resumeAt;
      atLineStart = text[resumeAt - 1] === '\n';
    } else if (fence !== null) {
      i += 1;
      atLineStart = false;
    } else if (ch === ' ' || ch === '\t') {
      const resumeAt = skipBlanks(text, i);
      if (text[resumeAt] !== '\n' && resumeAt < text.length) {
        const sentence = SENTENCE_END.test(text.slice(Math.max(0, i - 24), i));
        cuts.push({ at: i, resumeAt, boundary: sentence ? Boundary.Sentence : Boundary.Word });
      }
      i = resumeAt;
      atLineStart = false;
    } else {
      const next = skipAtom(text, i);
      if (next > i) {
        i = next;
      } else {
        const marker = markerAt(text, i, markers);
        if (marker) {
          markers = toggle(markers, marker);
          i += marker.length;
          change(i);
        } else {
          i += 1;
        }
      }
      atLineStart = false;
    }
  }

  return {
    cuts,
    stateAt(index) {
      let found = PLAIN;
      for (const entry of changes) {
        if (entry.from > index) break;
        found = entry.state;
      }
      return found;
    },
  };
}

/** Escapes, inline code and masked links are atoms: nothing inside them is a marker or a place to cut. */
function skipAtom(text: string, i: number): number {
  const ch = text[i];
  if (ch === '\\') return Math.min(text.length, i + 2);
  if (ch === '`') {
    const run = /`+/y;
    run.lastIndex = i;
    const ticks = run.exec(text)![0];
    const close = text.indexOf(ticks, i + ticks.length);
    return close === -1 ? i + ticks.length : close + ticks.length;
  }
  if (ch === '[') {
    MASKED_LINK.lastIndex = i;
    const link = MASKED_LINK.exec(text);
    if (link) return i + link[0].length;
  }
  return i;
}

function markerAt(text: string, i: number, open: readonly string[]): string | undefined {
  const marker = PAIRED_MARKERS.find((candidate) => text.startsWith(candidate, i));
  if (marker !== '_') return marker;
  // A lone underscore is italic only at a word's edge: snake_case stays plain text, as in Discord.
  const opening = !open.includes('_') && !/\w/.test(text[i - 1] ?? '');
  const closing = open.includes('_') && !/\w/.test(text[i + 1] ?? '');
  return opening || closing ? marker : undefined;
}

function toggle(markers: readonly string[], marker: string): string[] {
  const index = markers.lastIndexOf(marker);
  return index === -1 ? [...markers, marker] : [...markers.slice(0, index), ...markers.slice(index + 1)];
}

function closerFor(state: FormatState): string {
  return state.fence !== null ? '\n```' : [...state.markers].reverse().join('');
}

function openerFor(state: FormatState): string {
  return state.fence !== null ? `${state.fence}\n` : state.markers.join('');
}

function bestCut(layout: Layout, start: number, budget: number): Cut | undefined {
  const fitting = layout.cuts.filter(
    (cut) => cut.at > start && cut.at - start + closerFor(layout.stateAt(cut.at)).length <= budget,
  );
  for (const boundary of [Boundary.Paragraph, Boundary.Line, Boundary.Sentence]) {
    const last = fitting.findLast((cut) => cut.boundary === boundary);
    if (last && last.at - start >= budget * MIN_FILL) return last;
  }
  return fitting.at(-1);
}

/** The last resort for a word longer than a piece: cut it, but never inside an escape or a surrogate pair. */
function hardCut(text: string, layout: Layout, start: number, budget: number): Cut {
  let at = start + budget - closerFor(layout.stateAt(start + budget)).length;
  while (at > start + 1 && (splitsEscape(text, at) || isHighSurrogate(text.charCodeAt(at - 1)))) at -= 1;
  return { at, resumeAt: at, boundary: Boundary.Word };
}

function splitsEscape(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function pushPiece(pieces: string[], opener: string, body: string): void {
  if (body.trim() !== '') pieces.push(opener + body);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i += 1;
  return i;
}

function skipBlanks(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t') i += 1;
  return i;
}

function lineEnd(text: string, i: number): number {
  const end = text.indexOf('\n', i);
  return end === -1 ? text.length : end;
}
