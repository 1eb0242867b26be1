import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../src/answer/analyzed-paragraph.js';
import { attributesTo, spokenBy } from '../../src/answer/attribution.js';
import { NO_PEOPLE } from '../../src/answer/mention-names.js';
import { words } from '../../src/answer/words.js';

const name = (text: string) => words(text)[0]!;
const sentence = (text: string) => analyzeParagraph(text, NO_PEOPLE).sentences[0]!;

describe('attributing words to a speaker', () => {
  it.each([
    ['"We had the orders," Osei said.', 'Osei'],
    ['"We had the orders," said Chief Executive Nadia Osei.', 'Osei'],
    ["'We did not want to be here,' said Aslef general secretary Mick Whelan.", 'Whelan'],
    ['Lee told reporters the plan was dead.', 'Lee'],
    ['According to Lee, the plan is dead.', 'Lee'],
    ['Mark Lee, an analyst at the institute, noted that it could take years.', 'Lee'],
    ['Gareth Lloyd, whose house flooded twice, welcomed the news but said it came too late.', 'Lloyd'],
    ["The sale went ahead despite Putin's warning that it would cross a red line.", 'Putin'],
    ['Halvorsen Pike\'s chief executive, Miriam Castro, called the purchase "the missing piece".', 'Castro'],
    ['The Riverside Guild, a union that represents some of the drivers, said it had not been consulted.', 'union'],
  ])('finds that "%s" gives the words of %s', (text, speaker) => {
    expect(attributesTo(sentence(text), name(speaker))).toBe(true);
  });

  it.each([
    ['"He would like to have them," Trump said of Zelensky on Tuesday.', 'Zelensky'],
    ['Trump mentioned discussing the missiles with Putin.', 'Putin'],
  ])('does not take a name merely mentioned in "%s" for the speaker %s', (text, speaker) => {
    expect(attributesTo(sentence(text), name(speaker))).toBe(false);
  });

  it('credits a quotation that goes on in a later sentence to the speaker named in the paragraph', () => {
    const paragraph = analyzeParagraph('"So all I hear is talk," Bessent said. "I\'m sure he is not coming to Boston."', NO_PEOPLE);
    expect(spokenBy(name('Bessent'), [paragraph.sentences[1]!], paragraph)).toBe(true);
    expect(spokenBy(name('Trump'), [paragraph.sentences[1]!], paragraph)).toBe(false);
  });

  it('credits "he said" to the person the paragraph named before', () => {
    const paragraph = analyzeParagraph('Mark Montgomery studies missiles. He said the range was short.', NO_PEOPLE);
    expect(spokenBy(name('Montgomery'), [paragraph.sentences[1]!], paragraph)).toBe(true);
  });
});
