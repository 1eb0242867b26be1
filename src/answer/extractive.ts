import type { Quote, Speaker } from '../analysis/schema.js';
import type { Article, Corpus } from '../corpus/schema.js';
import type { Passage } from '../search/schema.js';
import { analyzeParagraph, type AnalyzedParagraph } from './analyzed-paragraph.js';
import { citationFor } from './citations.js';
import {
  DEFAULT_SELECTION,
  selectEvidence,
  type CorpusKnowledge,
  type RetrievedParagraph,
  type SelectionOptions,
} from './extractive-selection.js';
import { evidenceText } from './evidence-text.js';
import { notAnsweredText, withCitation } from './extractive-wording.js';
import { standaloneQuestion } from './followup.js';
import { aboutHeadline, asksAboutMainEvent, openingPassages } from './headline-event.js';
import { describeName } from './identity.js';
import { monthsNamed } from './mention-time.js';
import { PeopleRegistry, type KnownPeople } from './mention-names.js';
import { ledeSubject, startsWithAnaphor, startsWithThingReference } from './opening-reference.js';
import type { Quotations } from './quotations.js';
import { checkQuestion } from './question.js';
import { analyzeQuestion, type FocusWord, type QuestionAnalysis } from './question-analysis.js';
import type { Answer, Answerer, AnswerRequest, Citation } from './schema.js';
import { monthIndex } from '../language/calendar.js';
import { synonymsOf } from '../language/synonyms.js';
import { LEAST_WEIGHT, TermStatistics } from './term-statistics.js';
import { WordCasing } from './word-casing.js';
import { words, type Word } from './words.js';

/**
 * How many passages to retrieve for the extractive answerer (the search's `limit`). Measured with the tuned
 * `ParagraphIndex` on the dev set and the fixture gold sets (65 questions): 61 fully right with 2 passages,
 * 65 with anything from 3 to 12 or all of them. 8 sits in the middle of that plateau, leaving room for
 * questions worded unlike the story, whose paragraph ranks lower, at well under a millisecond more per question.
 */
export const EXTRACTIVE_PASSAGES = 8;

export interface ExtractiveAnswererOptions {
  /** Word rarity over the corpus; built from the corpus on first use when not given. */
  statistics?: TermStatistics;
  /** The people the corpus names; learnt from the corpus on first use when not given. */
  people?: KnownPeople;
  /** Thresholds for counting a sentence as an answer (see `SelectionOptions`). */
  selection?: Partial<SelectionOptions>;
  /**
   * The corpus's quotations with their speakers, for questions about what someone said; extracted from the
   * corpus on the first such question when not given. Pass the façade's to share one extraction.
   */
  quotes?: () => Promise<readonly Quote[]>;
  /**
   * The corpus's speakers with their roles, so "What did the governor say?" reaches the governor's words;
   * analysed with the quotations when not given.
   */
  speakers?: () => Promise<readonly Speaker[]>;
}

/** What an answer says and the paragraphs it rests on, in the order its text cites them. */
interface Reply {
  answered: boolean;
  text: string;
  cited: Passage[];
}

const CACHE_LIMIT = 5_000;
// A month the question names dates the event it asks about ("Where did they meet in August?"): the sentence that
// names it is about that event, and weighs more than one that only shares the question's other words. Only when
// a sentence names it: a story dated by its title alone answers with sentences that never do.
const MONTH_WEIGHT = 2;
// News often gives a cause without a word for it ("talks broke down over pay"): a why-question is answered by a
// sentence without "because" or "due to" only when it covers the question almost entirely by itself.
const WHY_WITHOUT_CAUSE: Partial<SelectionOptions> = { minCoverage: 0.85, minOwnCoverage: 0.75 };
// A sentence that says the answer is not told refers to what is asked by a pronoun as often as not ("The companies
// have not said how much it will cost"): a word of the question in it will do, with the rest in its paragraph,
// since it must also echo what the question asks (see `withholdsWhatIsAsked`).
const UNTOLD: Partial<SelectionOptions> = { untold: true, minOwnCoverage: 0.15 };

/**
 * The embedded answerer that needs no LLM: it picks the sentences of the retrieved passages that answer the
 * question and quotes them, citing their paragraphs. It knows what kind of answer each kind of question wants
 * (a place for "where", a day or date for "when", a figure with a unit for "how far", a person for "who", a
 * speaker's words for "what did X say about Y", a role for "who is X"), and says plainly when the story does
 * not answer: the question's rarer words must be in the sentence, and the kind of answer with them.
 *
 * @example
 * const answerer = new ExtractiveAnswerer(corpus);
 * const answer = await answerer.answer({ question, passages: index.search(question, { limit: EXTRACTIVE_PASSAGES }), history: [] });
 */
export class ExtractiveAnswerer implements Answerer {
  readonly mode = 'extractive' as const;
  private statisticsValue: TermStatistics | undefined;
  private peopleValue: KnownPeople | undefined;
  private casingValue: WordCasing | undefined;
  private quotationsValue: Quotations | undefined;
  private readonly quotesSource: () => Promise<readonly Quote[]>;
  private readonly speakersSource: () => Promise<readonly Speaker[]>;
  private readonly selection: SelectionOptions;
  private readonly paragraphs = new Map<string, AnalyzedParagraph>();
  private readonly articleWords = new Map<string, Word[]>();
  private readonly titleWords = new Map<string, Word[]>();
  private readonly openingReferents = new Map<string, Word[]>();

  constructor(
    private readonly corpus: Corpus,
    options: ExtractiveAnswererOptions = {},
  ) {
    this.statisticsValue = options.statistics;
    this.peopleValue = options.people;
    // Quotations are extracted only for the first "what did X say" question: their word lists load slowly.
    let analysed: Promise<{ quotes: Quote[]; speakers: Speaker[] }> | undefined;
    const analyse = () => (analysed ??= import('../analysis/quotes.js').then(({ analyzeQuotes }) => analyzeQuotes(corpus)));
    this.quotesSource = options.quotes ?? (async () => (await analyse()).quotes);
    this.speakersSource = options.speakers ?? (async () => (await analyse()).speakers);
    this.selection = { ...DEFAULT_SELECTION, ...options.selection };
  }

  /** Word rarity over the corpus. */
  get statistics(): TermStatistics {
    this.statisticsValue ??= TermStatistics.fromCorpus(this.corpus);
    return this.statisticsValue;
  }

  /** How the corpus writes each word where no sentence starts, which tells a name from a common word. */
  private get casing(): WordCasing {
    this.casingValue ??= WordCasing.fromCorpus(this.corpus, this.people);
    return this.casingValue;
  }

  /** The people the corpus names, which also lets follow-ups tell a person's name from a thing's. */
  get people(): KnownPeople {
    this.peopleValue ??= PeopleRegistry.fromCorpus(this.corpus);
    return this.peopleValue;
  }

  private get knowledge(): CorpusKnowledge {
    return {
      has: (word) => this.statistics.has(word),
      otherNames: (word) => {
        const full = this.people.fullName(word.lower);
        return full === undefined ? [] : words(full).filter((part) => part.term !== word.term);
      },
    };
  }

  /** The follow-up question made standalone against the conversation so far (see `standaloneQuestion`). */
  standaloneQuestion(question: string, history: AnswerRequest['history']): string {
    return standaloneQuestion(question, history, this.people);
  }

  /**
   * The question as the answerer reads it, which is also what to search for: a follow-up made standalone, and
   * a speaker asked about by role ("What did the governor say?") named as the story quotes them.
   */
  async readQuestion(question: string, history: AnswerRequest['history']): Promise<string> {
    const standalone = history.length > 0 ? this.standaloneQuestion(question, history) : question;
    const analysis = analyzeQuestion(standalone);
    if (analysis.type !== 'quote' || !analysis.subject) return standalone;
    const speaker = (await this.loadQuotations()).speakerForRole(analysis.subject);
    return speaker ? `${analysis.text.replace(analysis.subject, speaker.name)}?` : standalone;
  }

  /**
   * For a question about what someone said, the paragraphs where the story quotes them: retrieval adds them to
   * the search results, which can miss a speaker the story names once or by an abbreviated title ("Gov.").
   */
  async quotedPassages(readQuestion: string): Promise<Passage[]> {
    const analysis = analyzeQuestion(readQuestion);
    if (analysis.type !== 'quote' || !analysis.subject) return [];
    return (await this.loadQuotations()).paragraphsQuoting(analysis.subject, this.corpus);
  }

  async answer(request: AnswerRequest): Promise<Answer> {
    const started = performance.now();
    request.signal?.throwIfAborted();
    const check = checkQuestion(request.question);
    let reply: Reply;
    let note: string | null = null;
    if (!check.ok) {
      reply = { answered: false, text: check.error.message, cited: [] };
    } else {
      const readAs = await this.readQuestion(check.question, request.history);
      if (readAs !== check.question) note = `Read as: ${readAs}`;
      reply = this.reply(analyzeQuestion(readAs), request.passages);
    }
    const citations: Citation[] = reply.cited.map((passage, index) => citationFor(passage, index + 1));
    request.onText?.(reply.text);
    return {
      question: request.question,
      answered: reply.answered,
      answer: reply.text,
      citations,
      mode: this.mode,
      note,
      usage: null,
      latencyMs: performance.now() - started,
    };
  }

  private reply(asked: QuestionAnalysis, retrievedPassages: readonly Passage[]): Reply {
    let analysis = asked;
    let passages = retrievedPassages;
    let selection = this.selection;
    const article = asksAboutMainEvent(asked) ? this.articleOf(retrievedPassages[0]) : undefined;
    if (article) {
      analysis = aboutHeadline(asked, article);
      passages = [...retrievedPassages, ...openingPassages(article).filter((opening) => !retrievedPassages.some((passage) => samePlace(passage, opening)))];
      // The headline's words are the focus: its own credit for every paragraph would answer with any sentence.
      selection = { ...selection, titleCredit: 0 };
    }
    const retrieved = passages.map((passage, rank) => ({
      passage,
      rank,
      paragraph: this.analyzed(passage),
      title: this.wordsOfTitle(passage.title),
      article: this.wordsOfArticle(passage.article),
      openingRefersTo: this.openingReferent(passage),
      quotes: analysis.type === 'quote' ? (this.quotationsValue?.in(passage) ?? []) : [],
    }));
    if (analysis.type === 'identity' && analysis.subject) {
      const description = describeName(analysis.subject, retrieved, this.people);
      if (description) return { answered: true, text: withCitation(description.text, 1), cited: [description.source.passage] };
    }
    const weights = analysis.focus.map((focus) => this.weightOf(focus, analysis));
    let evidence = selectEvidence(analysis, weights, retrieved, this.knowledge, selection);
    // A headline covers its lede whole: that is no cause of the event it tells.
    if (evidence.length === 0 && analysis.type === 'why' && !article) {
      const strict = { ...selection, ...WHY_WITHOUT_CAUSE };
      evidence = selectEvidence({ ...analysis, expects: [] }, weights, retrieved, this.knowledge, strict);
    }
    const best = evidence[0];
    const untold = selectEvidence(analysis, weights, retrieved, this.knowledge, { ...selection, ...UNTOLD })[0];
    // A sentence that says what is asked is not told, and is about the question's words more fully than the best
    // answer, shows that answer to be about something else: "Where will the talks take place?" is not answered by
    // where a summit is when the talks' own sentence says "though the location remains unspecified".
    const untoldCloser = untold !== undefined && best !== undefined && untold.ownCoverage > best.ownCoverage;
    if (best && !untoldCloser) return { answered: true, text: withCitation(evidenceText(analysis, best, this.casing), 1), cited: [best.source.passage] };
    return this.notAnswered(asked, retrieved, untold?.sentences.map((sentence) => sentence.text).join(' '));
  }

  // The article a passage is from, or the corpus's first when nothing was retrieved.
  private articleOf(passage: Passage | undefined): Article | undefined {
    return this.corpus.articles.find((article) => article.slug === passage?.article) ?? this.corpus.articles[0];
  }

  // A word the corpus never uses weighs the most, since the story likely does not answer a question about it;
  // but a light word or a word for the answer's kind ("took part", "the final score", "cost") is one a story
  // says its own way, and weighs as little as the commonest word when the story does not use it, so long as
  // the question has a word of substance the story does use: "Which bank did Lee use?" is about a bank. A light
  // verb the story says in a synonym ("Who makes the drug?", "developed by") still counts, as that synonym does.
  private weightOf(focus: FocusWord, analysis: QuestionAnalysis): number {
    const synonyms = synonymsOf(focus.word.term);
    const paraphrased =
      (focus.light || focus.namesKind) && !this.statistics.has(focus.word) && !(focus.light && this.statistics.hasAnyTerm(synonyms)) && this.hasSubstance(analysis);
    const month = monthIndex(focus.word.text);
    const bindingMonth = month >= 0 && monthsNamed(analysis.text).has(month) && this.statistics.has(focus.word) ? MONTH_WEIGHT : 1;
    return (paraphrased ? LEAST_WEIGHT : this.statistics.weight(focus.word, synonyms)) * focus.factor * bindingMonth;
  }

  private hasSubstance(analysis: QuestionAnalysis): boolean {
    return analysis.focus.some(
      (focus) => focus.factor === 1 && !analysis.names.some((name) => name.includes(focus.word)) && this.statistics.has(focus.word),
    );
  }

  // An abstention cites nothing, but it may quote the sentence that says the answer is not told.
  private notAnswered(analysis: QuestionAnalysis, retrieved: RetrievedParagraph[], untold?: string): Reply {
    const absent = analysis.focus
      .filter((focus) => focus.factor >= 1 && !this.statistics.has(focus.word))
      .map((focus) => focus.word.text);
    const title = retrieved[0]?.passage.title ?? this.corpus.articles[0]?.title ?? null;
    return { answered: false, text: notAnsweredText(analysis.text, absent, title, untold), cited: [] };
  }

  // Loaded with the quotations, for "what did X say" questions only: other questions never need them.
  /**
   * Does now what the first questions would otherwise do while someone waits: the corpus-wide word statistics,
   * its people and casing, and its quotations. A server calls it before it takes traffic.
   */
  async prepare(): Promise<void> {
    void this.statistics;
    void this.people;
    void this.casing;
    await this.loadQuotations();
  }

  private async loadQuotations(): Promise<Quotations> {
    if (!this.quotationsValue) {
      const [quotes, speakers, { Quotations }] = await Promise.all([this.quotesSource(), this.speakersSource(), import('./quotations.js')]);
      this.quotationsValue = new Quotations(quotes, speakers);
    }
    return this.quotationsValue;
  }

  private wordsOfTitle(title: string): Word[] {
    let titleWords = this.titleWords.get(title);
    if (!titleWords) {
      if (this.titleWords.size >= CACHE_LIMIT) this.titleWords.clear();
      titleWords = words(title);
      this.titleWords.set(title, titleWords);
    }
    return titleWords;
  }

  // What the paragraph's opening sentence points to: the paragraph before ("He…"), or the next paragraph's
  // opening name for a lede that only describes its subject ("A former finance director…").
  private openingReferent(passage: Passage): Word[] {
    const key = `${passage.article}\u0000${passage.paragraph}`;
    let referent = this.openingReferents.get(key);
    if (!referent) {
      if (this.openingReferents.size >= CACHE_LIMIT) this.openingReferents.clear();
      const paragraphs = this.corpus.articles.find((article) => article.slug === passage.article)?.paragraphs ?? [];
      const text = (n: number) => paragraphs[n - 1]?.text;
      if (startsWithAnaphor(passage.text) || startsWithThingReference(passage.text)) referent = words(text(passage.paragraph - 1) ?? '');
      else if (passage.paragraph === 1) referent = ledeSubject(passage.text, text(2), this.people);
      else referent = [];
      this.openingReferents.set(key, referent);
    }
    return referent;
  }

  // One word for each distinct term of the article, so a focus word is looked up once per term, not per use.
  private wordsOfArticle(slug: string): Word[] {
    let articleWords = this.articleWords.get(slug);
    if (!articleWords) {
      const article = this.corpus.articles.find((candidate) => candidate.slug === slug);
      const byTerm = new Map<string, Word>();
      for (const paragraph of article?.paragraphs ?? []) {
        for (const word of words(paragraph.text)) if (!word.functionWord && !byTerm.has(word.term)) byTerm.set(word.term, word);
      }
      articleWords = [...byTerm.values()];
      this.articleWords.set(slug, articleWords);
    }
    return articleWords;
  }

  private analyzed(passage: Passage): AnalyzedParagraph {
    const key = `${passage.article}\u0000${passage.paragraph}\u0000${passage.text}`;
    let paragraph = this.paragraphs.get(key);
    if (!paragraph) {
      if (this.paragraphs.size >= CACHE_LIMIT) this.paragraphs.clear();
      paragraph = analyzeParagraph(passage.text, this.people);
      this.paragraphs.set(key, paragraph);
    }
    return paragraph;
  }
}

function samePlace(a: Passage, b: Passage): boolean {
  return a.article === b.article && a.paragraph === b.paragraph;
}
