import { z } from 'zod';

/** A slug names an article: its file name without the extension. */
export const Slug = z.string().min(1);

export const Paragraph = z.object({
  /** Slug of the article the paragraph belongs to. */
  article: Slug,
  /** 1-based position among the article's prose paragraphs, in reading order. */
  n: z.number().int().positive(),
  text: z.string().min(1),
  /** The subheading the paragraph sits under, if the article has subheadings. */
  section: z.string().nullable(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Article = z.object({
  slug: Slug,
  title: z.string(),
  /** Where the article was published, from its `Source:` line or front matter. */
  url: z.string().nullable(),
  published: z.string().nullable(),
  /** The file it was read from, relative to the corpus folder. */
  file: z.string(),
  paragraphs: z.array(Paragraph),
});
export type Article = z.infer<typeof Article>;

/** Something wrong with one file of the corpus; the rest of the corpus still loads. */
export const CorpusWarning = z.object({
  file: z.string(),
  problem: z.string(),
});
export type CorpusWarning = z.infer<typeof CorpusWarning>;

export const Corpus = z.object({
  dir: z.string(),
  articles: z.array(Article),
  warnings: z.array(CorpusWarning),
  /** A hash of every article's content, which keys persisted indexes and caches. */
  hash: z.string(),
});
export type Corpus = z.infer<typeof Corpus>;

/** What `storybot sources` and `/sources` list. */
export const Source = z.object({
  article: Slug,
  title: z.string(),
  url: z.string().nullable(),
  paragraphs: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof Source>;
