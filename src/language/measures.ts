/**
 * The words a question of measure is answered in: "How far…?" in kilometres or miles, "How long…?" in years,
 * days or metres, "How cold…?" in degrees. A story seldom repeats the question's adjective ("far", "cold"):
 * it gives the figure with its unit ("6.2 billion kilometres", "25 below zero"). General English, no story's.
 */
const LENGTH_UNITS = 'metre meter kilometre kilometer km mile foot feet inch centimetre centimeter';
const TIME_UNITS = 'year month week day hour minute second decade';
const TEMPERATURE_WORDS = 'temperature degree celsius fahrenheit zero';

const ANSWER_WORDS: Readonly<Record<string, string>> = {
  far: `distance ${LENGTH_UNITS}`,
  long: `length ${LENGTH_UNITS} ${TIME_UNITS}`,
  deep: `depth ${LENGTH_UNITS}`,
  high: `height altitude ${LENGTH_UNITS}`,
  tall: `height ${LENGTH_UNITS}`,
  wide: `width ${LENGTH_UNITS}`,
  big: 'size area acre hectare square',
  large: 'size area acre hectare square',
  heavy: 'weight weigh kilogram kg tonne ton pound',
  fast: 'speed mph kph',
  old: 'age aged',
  hot: TEMPERATURE_WORDS,
  warm: TEMPERATURE_WORDS,
  cold: `${TEMPERATURE_WORDS} below`,
};

/**
 * The nouns and units that answer "How <adjective>…?", for a lowercase adjective of measure ("far", "cold"),
 * or none for any other word.
 */
export function measureAnswerWords(adjective: string): readonly string[] {
  return Object.hasOwn(ANSWER_WORDS, adjective) ? ANSWER_WORDS[adjective]!.split(' ') : [];
}
