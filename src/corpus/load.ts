import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { parseTxtArticle } from './parse-txt.js';
import { FrontMatterError, type ParsedArticle } from './parsed.js';
import type { Article, Corpus, CorpusWarning } from './schema.js';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Bump when parsing changes, so indexes and caches built from the old parse are not reused. */
const PARSER_VERSION = '1';

// The Markdown parser (marked and yaml) is loaded only when a corpus holds Markdown: most start-ups need neither.
const parseMarkdown = async (raw: string) => (await import('./parse-md.js')).parseMdArticle(raw);

const PARSERS: Record<string, (raw: string) => ParsedArticle | Promise<ParsedArticle>> = {
  '.txt': parseTxtArticle,
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
};

/** The corpus cannot be used at all: the folder is missing or unreadable, nothing loaded, or `strict` and a file was bad. */
export class CorpusError extends Error {
  constructor(
    message: string,
    readonly warnings: CorpusWarning[] = [],
  ) {
    super(message);
    this.name = 'CorpusError';
  }
}

export interface LoadCorpusOptions {
  /** Fail on the first bad file instead of warning and loading the rest. */
  strict?: boolean;
}

/**
 * Loads every article in a folder (and its subfolders): `.txt` and `.md` files, one article each, the slug
 * being the path without its extension. A bad file is reported by name in `warnings` and skipped.
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const warnings: CorpusWarning[] = [];
  const files = await listArticleFiles(dir, dir, warnings, true);

  const articles: Article[] = [];
  const contents: string[] = [];
  const fileBySlug = new Map<string, string>();
  for (const file of files.sort()) {
    const name = relative(dir, file).split(sep).join('/');
    const slug = name.slice(0, -extname(name).length);
    const earlier = fileBySlug.get(slug);
    if (earlier !== undefined) {
      warnings.push({ file: name, problem: `has the same slug "${slug}" as ${earlier}; skipped` });
      continue;
    }
    const loaded = await loadArticle(file, name, slug);
    if ('problem' in loaded) {
      warnings.push({ file: name, problem: loaded.problem });
      continue;
    }
    fileBySlug.set(slug, name);
    articles.push(loaded.article);
    contents.push(`${slug}\u0000${loaded.raw}`);
  }

  if (options.strict && warnings.length > 0) {
    throw new CorpusError(`the corpus in ${dir} has ${warnings.length} bad file(s) and --strict is set`, warnings);
  }
  if (articles.length === 0) {
    throw new CorpusError(`no articles could be loaded from ${dir} (add .txt or .md files)`, warnings);
  }
  const hash = createHash('sha256').update(PARSER_VERSION).update(contents.join('\u0001')).digest('hex').slice(0, 16);
  return { dir, articles, warnings, hash };
}

async function listArticleFiles(root: string, dir: string, warnings: CorpusWarning[], isRoot: boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const reason = describeFsError(error);
    if (isRoot) throw new CorpusError(`cannot read the corpus folder ${dir}: ${reason}`);
    warnings.push({ file: relative(root, dir), problem: `is a folder that cannot be read (${reason}); skipped` });
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listArticleFiles(root, path, warnings, false)));
    else if (PARSERS[extname(entry.name).toLowerCase()]) files.push(path);
    else if (entry.isFile() && !/^(readme|license)/i.test(entry.name)) {
      warnings.push({ file: relative(root, path), problem: 'is not a .txt or .md article; skipped' });
    }
  }
  return files;
}

type LoadedArticle = { article: Article; raw: string } | { problem: string };

async function loadArticle(path: string, name: string, slug: string): Promise<LoadedArticle> {
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > MAX_ARTICLE_BYTES) return { problem: `is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit for one article; skipped` };
    bytes = await readFile(path);
  } catch (error) {
    return { problem: `cannot be read (${describeFsError(error)}); skipped` };
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') return { problem: 'is empty; skipped' };
  if (bytes.includes(0)) return { problem: 'looks like a binary file, not text; skipped' };
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'is not valid UTF-8 text (save it as UTF-8); skipped' };
  }

  let parsed: ParsedArticle;
  try {
    parsed = await PARSERS[extname(path).toLowerCase()]!(raw);
  } catch (error) {
    if (error instanceof FrontMatterError) return { problem: `${error.message}; skipped` };
    throw error;
  }
  if (parsed.paragraphs.length === 0) return { problem: 'has a title but no paragraphs of prose; skipped' };

  const article: Article = {
    slug,
    title: parsed.title || slug,
    url: parsed.url,
    published: parsed.published,
    file: name,
    paragraphs: parsed.paragraphs.map((paragraph, index) => ({
      article: slug,
      n: index + 1,
      text: paragraph.text,
      section: paragraph.section,
    })),
  };
  return { article, raw };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'it is not a folder';
    default:
      return (error as Error).message;
  }
}
