// The one data file of wink-lexicon that storybot reads; the package ships no types.
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  /** WordNet's irregular verb forms, each mapped to its base form: "told" → "tell". */
  const verbExceptions: Record<string, string>;
  export default verbExceptions;
}
