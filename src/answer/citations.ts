import type { Passage } from '../search/schema.js';
import type { Citation } from './schema.js';

const FRAGMENT_WORDS = 4;

/**
 * A link that opens the source at the cited paragraph: a text fragment (`#:~:text=start,end`) highlights it
 * in browsers that support them and is ignored by the rest. Non-web sources are returned as they are.
 */
export function paragraphLink(url: string | null, paragraphText: string): string | null {
  if (url === null || !/^https?:\/\//i.test(url)) return url;
  const words = paragraphText
    .replace(/[\u201C\u201D"]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return url;
  const encode = (part: string[]) => encodeFragmentText(part.join(' '));
  const directive =
    words.length <= FRAGMENT_WORDS * 2
      ? encode(words)
      : `${encode(words.slice(0, FRAGMENT_WORDS))},${encode(words.slice(-FRAGMENT_WORDS))}`;
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`;
}

// The text-fragment syntax gives '-', ',' and '&' meanings of their own, so they are escaped too.
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The citation for a passage, numbered `n`, that points at its whole paragraph. */
export function citationFor(passage: Passage, n: number): Citation {
  return {
    n,
    article: passage.article,
    paragraph: passage.paragraph,
    text: passage.text,
    url: paragraphLink(passage.url, passage.text),
  };
}
