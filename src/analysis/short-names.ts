import type { PersonLike } from './article-analysis.js';

/**
 * People's short names for statements: once the facts have said who "Finance Minister Ana Duarte" is,
 * a statement about a budget can say "Duarte". Only a surname that no other person of the story shares is
 * used, so the short name still names one person.
 */
export function shortNames(people: PersonLike[]): (text: string) => string {
  const surnameCount = new Map<string, number>();
  const surnames = people.map((person) => surnameOf(person.name));
  for (const surname of surnames) if (surname) surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);

  const replacements = new Map<string, string>();
  people.forEach((person, i) => {
    const surname = surnames[i];
    if (!surname || surnameCount.get(surname) !== 1) return;
    for (const name of [person.name, ...person.aliases]) {
      // Only the longer ways of naming them ("Finance Minister Ana Duarte", "Ana Duarte"), capitalised, ending in the surname.
      if (name !== surname && /^\p{Lu}/u.test(name) && name.endsWith(` ${surname}`)) replacements.set(name, surname);
    }
  });
  if (replacements.size === 0) return (text) => text;
  const longestFirst = [...replacements.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Not inside a longer name: "Institute for Mining Economics" keeps its words.
  const pattern = new RegExp(`(?<![\\p{L}]|\\p{Lu}[\\p{L}.]*\\s(?:(?:of|for|and|the)\\s)?)(?:${longestFirst.join('|')})(?![\\p{L}]|\\s\\p{Lu})`, 'gu');
  return (text) => text.replace(pattern, (name) => replacements.get(name) ?? name);
}

// The last word of a name of two words or more, without a suffix ("Jr."); one-word names have no short form.
function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).filter((word) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(word));
  return words.length >= 2 ? words.at(-1)! : null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
