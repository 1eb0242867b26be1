import { z } from 'zod';
import { Slug } from '../corpus/schema.js';

/** A paragraph retrieved for a question, with how well it matched. */
export const Passage = z.object({
  article: Slug,
  /** The paragraph's number within its article. */
  paragraph: z.number().int().positive(),
  text: z.string(),
  section: z.string().nullable(),
  /** The article's source URL, or null when it has none. */
  url: z.string().nullable(),
  title: z.string(),
  /** Relevance as the search engine scored it; only comparable within one search. */
  score: z.number(),
});
export type Passage = z.infer<typeof Passage>;
