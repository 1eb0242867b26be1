/** What a parser makes of one file, before the loader gives it a slug and numbers its paragraphs. */
export interface ParsedArticle {
  title: string;
  url: string | null;
  published: string | null;
  paragraphs: ParsedParagraph[];
}

export interface ParsedParagraph {
  text: string;
  section: string | null;
}

/** A Markdown article's front matter is not YAML, or not a map of its known fields. */
export class FrontMatterError extends Error {
  override name = 'FrontMatterError';
}
