import { z } from 'zod';
import { Slug } from '../corpus/schema.js';
import { Citation } from '../answer/schema.js';

/** A direct quotation and the person it is attributed to. */
export const Quote = z.object({
  /** The speaker's canonical full name. */
  speaker: z.string(),
  /** The quoted words, without the enclosing quotation marks. */
  text: z.string(),
  article: Slug,
  paragraph: z.number().int().positive(),
  /** The words that attribute the quote, e.g. `Duarte said` or `according to Okafor`. */
  cue: z.string(),
});
export type Quote = z.infer<typeof Quote>;

export const Speaker = z.object({
  /** Canonical full name. */
  name: z.string(),
  /** Every other way the story names them ("Duarte", "the minister"). */
  aliases: z.array(z.string()),
  /** How many quotations are attributed to them. */
  quotes: z.number().int().nonnegative(),
  /** Their role as the story gives it ("Secretary of State"), if it does. */
  role: z.string().nullable().default(null),
});
export type Speaker = z.infer<typeof Speaker>;

/** Where a person is named: an article and one of its paragraphs. */
export const PersonMention = z.object({
  article: Slug,
  paragraph: z.number().int().positive(),
});
export type PersonMention = z.infer<typeof PersonMention>;

/** A person the story names, under one canonical name. */
export const Person = z.object({
  /** Canonical full name ("Jane Okafor"), or the one name the story gives. */
  name: z.string(),
  /** Every other way the story names them ("Finance Minister Jane Okafor", "Okafor", "the minister"). */
  aliases: z.array(z.string()),
  /** Their role as the story gives it ("Finance Minister"), if it does. */
  role: z.string().nullable(),
  /** Inferred from honorifics, pronouns and first names; used to resolve "he" and "she". */
  gender: z.enum(['male', 'female']).nullable().optional(),
  /** The paragraphs that name them, in reading order. */
  mentions: z.array(PersonMention),
});
export type Person = z.infer<typeof Person>;

export const FactKind = z.enum(['person', 'figure', 'place', 'date', 'organisation', 'event']);
export type FactKind = z.infer<typeof FactKind>;

export const Fact = z.object({
  kind: FactKind,
  text: z.string(),
  citations: z.array(Citation),
});
export type Fact = z.infer<typeof Fact>;

export const SummaryPoint = z.object({
  text: z.string(),
  citations: z.array(Citation),
});
export type SummaryPoint = z.infer<typeof SummaryPoint>;

export const Summary = z.object({
  points: z.array(SummaryPoint),
  mode: z.enum(['extractive', 'llm']).default('extractive'),
});
export type Summary = z.infer<typeof Summary>;
