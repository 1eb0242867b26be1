import { createHash } from 'node:crypto';
import { ENGLISH_STOP_WORDS } from './stopwords.js';
import { analyze } from './tokenize.js';

/** Bump when the index's fields, the way documents are fed to MiniSearch or the saved file's shape change. */
const INDEX_LAYOUT_VERSION = '4';

// A sentence exercising every rule of the analysis: if any rule changes, its terms change, and so does the key,
// even when nobody remembered to bump the version above.
const ANALYSIS_PROBE =
  'The U.S. and NATO’s long-range NASDAQ, 1,600 km (2.5 times) — Gonçalves didn’t say; we’re meeting negotiators in D.C. ' +
  'Two women died, staff were added, buses stopped and the defence programme ended, Gov. Ann Lee said.';

/**
 * What a saved index depends on besides the corpus: the layout, the analysis (probed) and the stop words.
 * Saved indexes are keyed by it, so a change in tokenisation never loads an index built the old way.
 */
export function indexFormatKey(fields: readonly string[]): string {
  return createHash('sha256')
    .update(INDEX_LAYOUT_VERSION)
    .update(fields.join(','))
    .update(analyze(ANALYSIS_PROBE).join(' '))
    .update([...ENGLISH_STOP_WORDS].sort().join(' '))
    .digest('hex')
    .slice(0, 12);
}
