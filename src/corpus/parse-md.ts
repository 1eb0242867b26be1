import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { joinLines, looksLikeHeading, normalizeNewlinesAndSpaces, sourceLineUrl } from './text.js';
import { FrontMatterError, type ParsedArticle, type ParsedParagraph } from './parsed.js';

const FRONT_MATTER = /^---[ ]*\n([\s\S]*?)\n---[ ]*(?:\n|$)/;

const FrontMatter = z
  .object({
    title: z.coerce.string().optional(),
    source: z.coerce.string().optional(),
    url: z.coerce.string().optional(),
    published: z.union([z.string(), z.date().transform((date) => date.toISOString().slice(0, 10))]).optional(),
  })
  .partial();


/**
 * Reads a Markdown article: optional YAML front matter (`title`, `source`, `published`), a `# Title` heading
 * or the first line as title, `##` headings as sections, and paragraphs, list items and block quotes as
 * paragraphs of prose.
 */
export function parseMdArticle(raw: string): ParsedArticle {
  let text = normalizeNewlinesAndSpaces(raw);
  let meta: z.infer<typeof FrontMatter> = {};
  const frontMatter = FRONT_MATTER.exec(text);
  if (frontMatter) {
    meta = readFrontMatter(frontMatter[1] ?? '');
    text = text.slice(frontMatter[0].length);
  }

  const blocks = collectBlocks(new Lexer().lex(text));
  let title = meta.title?.trim() ?? '';
  const first = blocks[0];
  if (first && (first.kind === 'title' || (title === '' && first.kind !== 'heading'))) {
    if (title === '') title = first.text;
    blocks.shift();
  }

  let url = meta.source ?? meta.url ?? null;
  const last = blocks.at(-1);
  const sourceUrl = last?.kind === 'prose' ? sourceLineUrl(last.text) : null;
  if (sourceUrl !== null) {
    url ??= sourceUrl;
    blocks.pop();
  }

  const paragraphs: ParsedParagraph[] = [];
  let section: string | null = null;
  for (const block of blocks) {
    if (block.kind === 'prose') paragraphs.push({ text: block.text, section });
    else if (title === '') title = block.text;
    else section = block.text;
  }
  return { title, url, published: meta.published ?? null, paragraphs };
}

function readFrontMatter(yamlText: string): z.infer<typeof FrontMatter> {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new FrontMatterError(`its front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = FrontMatter.safeParse(data ?? {});
  if (!parsed.success) throw new FrontMatterError('its front matter is not a map of title, source and published');
  return parsed.data;
}

interface Block {
  kind: 'title' | 'heading' | 'prose';
  text: string;
}

function collectBlocks(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        blocks.push({ kind: heading.depth === 1 ? 'title' : 'heading', text: inlineText(heading.tokens) });
        break;
      }
      case 'paragraph':
      case 'text': {
        const text = inlineText((token as Tokens.Paragraph).tokens ?? []) || joinLines((token as Tokens.Text).text);
        // A bold line on its own is how many sites mark a subheading in Markdown.
        const isBoldLine = (token as Tokens.Paragraph).tokens?.length === 1 && (token as Tokens.Paragraph).tokens[0]?.type === 'strong';
        if (text) blocks.push({ kind: isBoldLine && looksLikeHeading(text) ? 'heading' : 'prose', text });
        break;
      }
      case 'blockquote':
        blocks.push(...collectBlocks((token as Tokens.Blockquote).tokens));
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) {
          const text = joinLines(collectBlocks(item.tokens).map((block) => block.text).join(' '));
          if (text) blocks.push({ kind: 'prose', text });
        }
        break;
      default:
        // Code, tables, rules and raw HTML are not prose a reader asks about.
        break;
    }
  }
  return blocks;
}

function inlineText(tokens: Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'br') parts.push(' ');
    else if (token.type === 'image') parts.push('');
    else if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) parts.push(inlineText(token.tokens));
    else if ('text' in token && typeof token.text === 'string') parts.push(decodeEntities(token.text));
  }
  return joinLines(parts.join(''));
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
