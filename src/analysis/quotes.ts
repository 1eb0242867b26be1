/**
 * Direct quotations and their speakers. Each paragraph's quoted stretches are found, each is attributed by
 * the cue next to it (`"…," X said`, `X said: "…"`, `according to X`), else by the quotation it continues
 * (`"…," he said. "…"`, or a quotation carried on from the paragraph before), else by the sentence around it.
 * Scare quotes, titles and headline words (under four words, or in title case) are not quotations of a speaker.
 * The answers of a question-and-answer exchange are the interviewee's quotations, marks or none.
 */
import type { Article, Corpus } from '../corpus/schema.js';
import { PeopleIndex } from './people.js';
import { cueAfter, cueBefore, cueWithin, type Cue } from './quotes-cues.js';
import { sentenceBreaks, sentenceStart, SpeakerResolver } from './quotes-context.js';
import { findQuoteSpans, opensWithQuotation, type QuoteSpan } from '../language/quotation-marks.js';
import type { Quote, Speaker } from './schema.js';
import { buildSpeakers } from './speakers.js';
import { findNameRuns } from './people-names.js';
import { SPEECH_VERB } from '../language/speech-verbs.js';
import { interviewAnswer, isExchangeLine, labelledAnswer } from './quotes-interviews.js';

const SPEECH_VERB_AFTER = new RegExp(String.raw`^[^"“‘']*\b${SPEECH_VERB}\b`, 'u');

// "On her first pot:", "On technology:": a topic, then a colon, and no one named.
const TOPIC_LABEL = /^\s*On\s[^.!?:;"“‘]{1,60}:\s*$/u;

// ", adding: '…'", ", saying that "…"": a quotation hung on a participle after the clause that names its speaker.
const PARTICIPLE_LEAD = new RegExp(String.raw`,["”’']?\s+(?:${SPEECH_VERB})\s*(?:[:,]|\s+that)?\s*$`, 'u');

/** Quotations shorter than this are scare quotes, names or titles, not something a person said. */
export const MIN_QUOTE_WORDS = 4;

export interface QuoteAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
}

/**
 * Every direct quotation in a corpus with its speaker, and the speakers with their aliases. Pass the
 * corpus's `PeopleIndex` when it is already built, so it is not built twice.
 */
export function analyzeQuotes(corpus: Corpus, people: PeopleIndex = PeopleIndex.fromCorpus(corpus)): QuoteAnalysis {
  const readers = corpus.articles.map((article) => new ArticleQuotes(article, people));
  const quotes = readers.flatMap((reader) => reader.extract());
  // "the company" and "officials" as cues called the bodies and groups that spoke: aliases, not speakers of their own.
  const aliases = new Map<string, Set<string>>();
  for (const [name, called] of readers.flatMap((reader) => [...reader.aliases])) aliases.set(name, new Set([...(aliases.get(name) ?? []), ...called]));
  return { quotes, speakers: buildSpeakers(quotes, people.people, aliases) };
}

/** Every direct quotation in a corpus, in reading order, attributed to its speaker's canonical name. */
export function extractQuotes(corpus: Corpus, people: PeopleIndex = PeopleIndex.fromCorpus(corpus)): Quote[] {
  return corpus.articles.flatMap((article) => new ArticleQuotes(article, people).extract());
}

/** A quoted stretch and what attributes it, before it becomes a `Quote`. */
interface Draft {
  paragraph: number;
  span: QuoteSpan;
  speaker: string | null;
  cue: string;
  /** A fragment inside a sentence ("warned it would "cross a red line""), kept only with a cue of its own. */
  partial: boolean;
  /** Whether its speaker came from its own cue rather than from a neighbour. */
  cued: boolean;
}

class ArticleQuotes {
  private readonly spans = new Map<number, QuoteSpan[]>();
  private readonly resolver: SpeakerResolver;
  /** The one person the title names, once asked for; null when it names none or several. */
  private titlePerson: string | null | undefined;

  constructor(
    private readonly article: Article,
    private readonly people: PeopleIndex,
  ) {
    for (const paragraph of article.paragraphs) {
      if (!looksLikeHeadline(paragraph.text)) this.spans.set(paragraph.n, findQuoteSpans(paragraph.text));
    }
    this.resolver = new SpeakerResolver(people, article, this.spans);
  }

  /** The cues' other names for the bodies and groups that spoke, once `extract` has run. */
  get aliases(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.resolver.aliases;
  }

  extract(): Quote[] {
    const quotes: Quote[] = [];
    let previous: Draft[] = [];
    // The person a question-and-answer exchange interviews, once one has begun; undefined outside one.
    let interviewee: { speaker: string; cue: string } | null | undefined;
    for (const paragraph of this.article.paragraphs) {
      const spans = this.spans.get(paragraph.n) ?? [];
      const labelled = this.labelledAnswer(paragraph.n, paragraph.text, interviewee !== undefined);
      if (labelled) {
        // A transcript's answer, its speaker named by its label; quotation marks, if any, are read below.
        if (spans.length === 0 && isQuotation(labelled.text)) quotes.push({ ...labelled, article: this.article.slug, paragraph: paragraph.n });
        interviewee ??= null;
      } else if (isExchangeLine(paragraph.text)) {
        const answer = interviewAnswer(paragraph.text, interviewee !== undefined);
        if (interviewee === undefined) interviewee = this.intervieweeBefore(paragraph.n);
        if (answer && interviewee && spans.length === 0 && isQuotation(answer.text)) {
          quotes.push({ speaker: interviewee.speaker, text: answer.text, article: this.article.slug, paragraph: paragraph.n, cue: interviewee.cue });
        }
      } else interviewee = undefined;
      const carried = previous.at(-1)?.span.closed === false && opensWithQuotation(paragraph.text) ? previous.at(-1)! : null;
      const drafts = this.draftsOf(paragraph.n, paragraph.text, spans);
      this.attributeUncued(paragraph.n, paragraph.text, drafts, carried, previous);
      // A quotation carried over from the paragraph before takes this one's cue if it had none.
      const first = drafts[0];
      if (carried && carried.speaker === null && first?.speaker) {
        carried.speaker = first.speaker;
        carried.cue = first.cue;
        quotes.push(...toQuotes(this.article.slug, [carried]));
      }
      const pendingCarry = drafts.at(-1)?.span.closed === false && drafts.at(-1)!.speaker === null;
      quotes.push(...toQuotes(this.article.slug, pendingCarry ? drafts.slice(0, -1) : drafts));
      previous = drafts;
    }
    return quotes;
  }

  private draftsOf(paragraph: number, text: string, spans: QuoteSpan[]): Draft[] {
    // Earlier quotations blanked out, so a fragment's cue can be read across them: X called it 'a' and said 'b'.
    let masked = text;
    return spans.map((span, k) => {
      const floor = k > 0 ? spans[k - 1]!.close + 1 : 0;
      const start = sentenceStart(text, span.open, floor);
      const partial = isPartial(text, span, start);
      const cue =
        (span.closed ? cueAfter(text, span.text, span.close + 1) : null) ??
        cueBefore(text, start, span.open, partial) ??
        (partial && k > 0 ? cueBefore(masked, sentenceStart(masked, span.open), span.open, true) : null);
      const maskedBefore = masked;
      masked = masked.slice(0, span.open) + ' '.repeat(span.close + 1 - span.open) + masked.slice(span.close + 1);
      const speaker = cue ? this.resolver.resolve(cue, paragraph)?.name ?? null : null;
      const participle = speaker === null && !partial ? PARTICIPLE_LEAD.exec(text.slice(0, span.open)) : null;
      if (participle) {
        // "X said the pledge was '…', adding: '…'": the words of the clause's subject, read with earlier quotations blanked.
        const clause = sentenceStart(maskedBefore, participle.index);
        const subject = this.speakerOfStretch(paragraph, maskedBefore, clause, participle.index);
        if (subject) return { paragraph, span, speaker: subject.speaker, cue: subject.cue, partial, cued: true };
      }
      if (speaker === null && /:\s*$/.test(text.slice(start, span.open))) {
        // A sentence that ends in a colon introduces what its subject says: "Albright did not hesitate: …".
        const lead = this.speakerOfStretch(paragraph, text, start, span.open) ?? this.topicLabelSpeaker(text.slice(start, span.open));
        if (lead) return { paragraph, span, speaker: lead.speaker, cue: lead.cue, partial, cued: true };
      }
      return { paragraph, span, speaker, cue: cue?.text ?? '', partial, cued: speaker !== null };
    });
  }

  /**
   * A quotation with no cue of its own continues the one before it in the paragraph ("…," he said. "…"), or the
   * one carried over from the paragraph before, or shares the next one's cue ("…." "…," she said); failing
   * those, the sentences around it name the speaker.
   */
  private attributeUncued(paragraph: number, text: string, drafts: Draft[], carried: Draft | null, previous: Draft[]): void {
    drafts.forEach((draft, k) => {
      if (draft.speaker !== null || draft.partial) return;
      const before = k > 0 ? drafts[k - 1] : carried;
      const source = [before?.partial ? undefined : before, nextCued(drafts, k)].find((neighbour) => neighbour?.speaker);
      if (source?.speaker) {
        draft.speaker = source.speaker;
        draft.cue = source.cue;
        return;
      }
      const found = this.contextCue(paragraph, text, draft, k === 0 ? previous : []);
      if (found) {
        draft.speaker = found.speaker;
        draft.cue = found.cue;
      }
    });
  }

  /**
   * The speaker named around a bare quotation: the sentence before it in its paragraph ("Smith was blunt."),
   * else, when the quotation opens its paragraph, the paragraph before (its last quotation's speaker, or its
   * closing sentence: "Smith said Tuesday:"), else the sentence after it.
   */
  private contextCue(paragraph: number, text: string, draft: Draft, previous: Draft[]): { speaker: string; cue: string } | null {
    // An attribution we could not read ("Smith and Jones said") is no reason to guess from the context.
    if (draft.span.closed && SPEECH_VERB_AFTER.test(text.slice(draft.span.close + 1, draft.span.close + 120).split(/[.!?]\s/)[0]!)) return null;
    const start = sentenceStart(text, draft.span.open);
    if (start > 0) {
      const before = sentenceStart(text, start - 1);
      const found = this.speakerOfStretch(paragraph, text, before, start);
      if (found) return found;
    }
    if (draft.span.open === 0 && paragraph > 1) {
      const lastQuote = previous.filter((earlier) => earlier.speaker !== null).at(-1);
      if (lastQuote?.speaker) return { speaker: lastQuote.speaker, cue: lastQuote.cue };
      const prior = this.article.paragraphs[paragraph - 2]?.text ?? '';
      const found = this.speakerOfStretch(paragraph - 1, prior, sentenceStart(prior, prior.length), prior.length);
      if (found) return found;
    }
    const after = draft.span.close + 1;
    const next = sentenceBreaks(text, after).at(0) ?? text.length;
    const following = text.slice(after, next).trim() === '' ? sentenceBreaks(text, next).at(0) ?? text.length : next;
    const speaker = this.resolver.firstPersonIn(paragraph, after, following);
    return speaker ? { speaker, cue: speaker } : null;
  }

  /** Whom an exchange of questions and answers interviews: the person the paragraph leading into it is about. */
  private intervieweeBefore(paragraph: number): { speaker: string; cue: string } | null {
    const lead = this.article.paragraphs[paragraph - 2]?.text;
    return lead === undefined ? null : this.speakerOfStretch(paragraph - 1, lead, 0, lead.length);
  }

  /**
   * A transcript's answer labelled with the name of someone the story names ("STUBBS: We kept going." after
   * "Coach Ann Stubbs …"): that person's words. A label naming no one of the story ("NOTE:", "UPDATE:") is none.
   */
  private labelledAnswer(paragraph: number, text: string, inExchange: boolean): { speaker: string; text: string; cue: string } | null {
    const answer = labelledAnswer(text, inExchange);
    if (!answer) return null;
    const person = this.people.resolve(answer.label, { article: this.article.slug, paragraph, offset: 0 });
    const surname = answer.label.split(/\s+/).at(-1)!.toLowerCase();
    return person?.name.toLowerCase().split(/\s+/).includes(surname) ? { speaker: person.name, text: answer.text, cue: `${answer.label}:` } : null;
  }

  /**
   * A profile's "On <topic>: "…"" gives its subject's words on one topic after another, naming no one: they are
   * the words of the person the story's title names.
   */
  private topicLabelSpeaker(leadIn: string): { speaker: string; cue: string } | null {
    if (!TOPIC_LABEL.test(leadIn)) return null;
    this.titlePerson ??= personOfTitle(this.article.title, this.people);
    return this.titlePerson ? { speaker: this.titlePerson, cue: leadIn.trim() } : null;
  }

  /** Who a stretch of prose is about: the subject of a speech verb in it, else the first person it names. */
  private speakerOfStretch(paragraph: number, text: string, start: number, end: number): { speaker: string; cue: string } | null {
    const cue: Cue | null = cueWithin(text, start, end);
    const resolved = cue ? this.resolver.resolve(cue, paragraph) : null;
    if (cue && resolved) return { speaker: resolved.name, cue: cue.text };
    const person = this.resolver.firstPersonIn(paragraph, start, end);
    if (person) return { speaker: person, cue: person };
    const pronoun = /\b(he|she)\b/i.exec(text.slice(start, end));
    const referent = pronoun && this.resolver.nearestPerson(paragraph, start, pronoun[1]!.toLowerCase() === 'she' ? 'female' : 'male');
    return referent ? { speaker: referent, cue: pronoun[0] } : null;
  }
}

/** The one person a title names ("At 81, potter Ines Carvalho is still at the wheel"), or null. */
function personOfTitle(title: string, people: PeopleIndex): string | null {
  const named = new Set(findNameRuns(title).flatMap((run) => people.resolve(run.name.join(' '))?.name ?? []));
  return named.size === 1 ? [...named][0]! : null;
}

function nextCued(drafts: Draft[], k: number): Draft | undefined {
  const next = drafts[k + 1];
  return next?.cued && !next.partial ? next : undefined;
}

function toQuotes(article: string, drafts: Draft[]): Quote[] {
  const quotes: Quote[] = [];
  for (const draft of drafts) {
    if (draft.speaker === null || !isQuotation(draft.span.text)) continue;
    quotes.push({ speaker: draft.speaker, text: draft.span.text, article, paragraph: draft.paragraph, cue: draft.cue });
  }
  return quotes;
}

/** Enough words to be something a person said, and not a title in title case ("Make Peace Great Again"). */
export function isQuotation(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < MIN_QUOTE_WORDS) return false;
  const significant = words.slice(1).filter((word) => word.replace(/[^\p{L}]/gu, '').length > 3);
  const titleCase = significant.length > 0 && significant.every((word) => /^["“‘']?\p{Lu}/u.test(word));
  return !(titleCase && !/[.!?,;]/.test(text));
}

/**
 * A fragment quoted inside a sentence: its opening mark follows a word with no punctuation between
 * ("warned it would "cross a red line""), rather than opening the sentence or following a comma or colon.
 */
function isPartial(text: string, span: QuoteSpan, sentenceOpensAt: number): boolean {
  return span.open > sentenceOpensAt && /[\p{L}\p{N}]\s+$/u.test(text.slice(sentenceOpensAt, span.open));
}

/**
 * A paragraph that is really a headline the parser kept as prose: short, no sentence end, most words
 * capitalised ("Mayor Says 'We Will Not Back Down'").
 */
function looksLikeHeadline(text: string): boolean {
  if (/[.!?:;…]$/.test(text.replace(/["”’']+$/, ''))) return false;
  const words = text.split(/\s+/);
  if (words.length > 16) return false;
  const long = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length > 3);
  return long.length >= 2 && long.filter((word) => /^["“‘']?\p{Lu}/u.test(word)).length / long.length >= 0.8;
}
