import { describe, expect, it } from 'vitest';
import { analyzeQuotes, extractQuotes, isQuotation } from '../../src/analysis/quotes.js';
import { attributed, corpusOf, titledCorpusOf } from './quotes-corpus.js';

const INTRO = 'Governor Ada Whitfield and Senator Tom Baxter met on Monday.';

describe('attribution patterns', () => {
  it('attributes "…," X said', () => {
    expect(attributed(INTRO, '"We reached a deal today," Whitfield said.')).toEqual(['Ada Whitfield: We reached a deal today,']);
  });

  it('attributes "…," said X, with an appositive after the name', () => {
    expect(attributed('"We reached a deal today," said Nora Quinn, an economist at the Ridge Institute.')).toEqual([
      'Nora Quinn: We reached a deal today,',
    ]);
  });

  it('attributes X told reporters, X stated on social media, X remarked, X explained, X wrote', () => {
    const quotes = attributed(
      INTRO,
      '"The talks went very well indeed," Baxter told reporters.',
      '"The talks went very well again," Whitfield stated on social media.',
      '"We will meet again next month," Baxter remarked.',
      '"The budget has to balance first," Whitfield explained.',
      'Whitfield wrote: "Nobody should read too much into this."',
    );
    expect(quotes).toEqual([
      'Tom Baxter: The talks went very well indeed,',
      'Ada Whitfield: The talks went very well again,',
      'Tom Baxter: We will meet again next month,',
      'Ada Whitfield: The budget has to balance first,',
      'Ada Whitfield: Nobody should read too much into this.',
    ]);
  });

  it('attributes according to X', () => {
    expect(attributed(INTRO, 'According to Baxter, "the money is already spent and gone."')).toEqual([
      'Tom Baxter: the money is already spent and gone.',
    ]);
  });

  it('attributes X: "…"', () => {
    expect(attributed(INTRO, 'Baxter: "I have nothing more to add today."')).toEqual(['Tom Baxter: I have nothing more to add today.']);
  });

  it('gives "X said of Y" to X, not Y', () => {
    expect(attributed(INTRO, '"She is the toughest negotiator I know," Baxter said of Whitfield on Tuesday.')).toEqual([
      'Tom Baxter: She is the toughest negotiator I know,',
    ]);
  });

  it('reads an attribution that goes on mid-sentence ("X said regarding …")', () => {
    expect(attributed(INTRO, '"We made real progress today," Whitfield said regarding the budget at a dinner.')).toEqual([
      'Ada Whitfield: We made real progress today,',
    ]);
  });

  it('gives a quotation hung on ", adding:" to the subject of the clause before it, across a quotation in that clause', () => {
    expect(
      attributed(
        'Penhallow met MPs on Tuesday.',
        "Penhallow said the pledge had always been 'an ambition rather than a deadline', adding: 'Anyone who reads the manifesto will see the word \"aim\".'",
        'Senator Tom Baxter called the deal "a victory for common sense," adding: "We will hold them to every line of it."',
      ),
    ).toEqual([
      'Penhallow: an ambition rather than a deadline',
      'Penhallow: Anyone who reads the manifesto will see the word "aim".',
      'Tom Baxter: a victory for common sense,',
      'Tom Baxter: We will hold them to every line of it.',
    ]);
  });

  it('gives both halves of an interrupted quotation to its speaker', () => {
    expect(attributed(INTRO, '"We made real progress," Baxter said. "But there is a long way to go."')).toEqual([
      'Tom Baxter: We made real progress,',
      'Tom Baxter: But there is a long way to go.',
    ]);
  });

  it('gives a quotation continued in the next paragraph to the same speaker', () => {
    expect(attributed(INTRO, '"We made real progress," Baxter said. "But there is a long way to go.', '"Nobody should celebrate just yet."')).toEqual([
      'Tom Baxter: We made real progress,',
      'Tom Baxter: But there is a long way to go.',
      'Tom Baxter: Nobody should celebrate just yet.',
    ]);
  });

  it('gives a quotation left open to the speaker named where it closes, in the next paragraph', () => {
    expect(attributed(INTRO, '"We did not come here to fail.', '"We came here to finish the job," Whitfield said.')).toEqual([
      'Ada Whitfield: We did not come here to fail.',
      'Ada Whitfield: We came here to finish the job,',
    ]);
  });

  it('gives a bare quotation to the person the sentence before it is about', () => {
    expect(attributed(INTRO, 'Whitfield was blunt about the delay. "It should never have taken this long."')).toEqual([
      'Ada Whitfield: It should never have taken this long.',
    ]);
  });

  it('gives a bare quotation paragraph to the speaker of the paragraph before', () => {
    expect(attributed(INTRO, 'Baxter said Tuesday that the plan would pass:', '"The votes are there, and everyone knows it."')).toEqual([
      'Tom Baxter: The votes are there, and everyone knows it.',
    ]);
  });

  it('resolves "he" and "she" to the nearest person of that gender', () => {
    expect(
      attributed('Mr. Paul Ngata met Mrs. Irene Castillo on Monday.', '"It was a productive meeting," she said.', '"We agreed on most things," he said.'),
    ).toEqual(['Irene Castillo: It was a productive meeting,', 'Paul Ngata: We agreed on most things,']);
  });

  it('does not take a name inside the quotation for the speaker a pronoun stands for', () => {
    expect(attributed('Irene Castillo spoke first.', '"I told Mr. Ngata that the answer was no," she said.')).toEqual([
      'Irene Castillo: I told Mr. Ngata that the answer was no,',
    ]);
  });

  it('resolves role nouns ("the senator said") to the person with that role', () => {
    expect(attributed(INTRO, '"The bill will pass this week," the senator said.', '"We will sign it at once," the governor said.')).toEqual([
      'Tom Baxter: The bill will pass this week,',
      'Ada Whitfield: We will sign it at once,',
    ]);
  });

  it('attributes a partial quotation framed by "called" or "said", and ignores one with no speaker', () => {
    expect(attributed(INTRO, 'Baxter called the plan "a reckless gamble with our money." Critics warned it would "cross a red line soon."')).toEqual([
      'Tom Baxter: a reckless gamble with our money.',
    ]);
  });

  it('ignores scare quotes, titles in title case and headline-like lines', () => {
    expect(
      attributed(
        INTRO,
        'Baxter called the deal "productive" and praised the "Make Roads Safe Again" campaign.',
        'Governor Says "We Will Not Back Down"',
      ),
    ).toEqual([]);
  });

  it('gives "…," said Acme\'s chief executive, Jane Doe to the name after the role', () => {
    expect(attributed('"We will keep every plant open," said Acme\'s chief executive, Jane Doe.')).toEqual(['Jane Doe: We will keep every plant open,']);
  });

  it('gives a lowercase role and name after the quotation to that name ("…," City Hall press secretary Karen Holt told reporters)', () => {
    expect(attributed('"The trip is still on for now," City Hall press secretary Karen Holt told reporters.')).toEqual([
      'Karen Holt: The trip is still on for now,',
    ]);
  });

  it('does not take a name that only qualifies a role noun for the subject a pronoun stands for', () => {
    expect(attributed('Northfield president Oskar Lindqvist said the club had not wanted to sell. "When an offer like that arrives, you listen," he said.')).toEqual([
      'Oskar Lindqvist: When an offer like that arrives, you listen,',
    ]);
  });

  it('gives a profile\'s "On <topic>: …" quotations to the person its title names', () => {
    const corpus = titledCorpusOf(
      'At 81, potter Ines Carvalho is still at the wheel',
      'Ines Carvalho opens her studio at six. "I will stop when the clay stops talking," Carvalho says.',
      'The gallery owner Margaret Ashby says demand is high. "I could sell it all twice over," Ashby says.',
      'On her first pot: "It was ugly. My mother kept it anyway."',
      'On technology: "I have a phone. It stays in the drawer."',
    );
    expect(extractQuotes(corpus).map((quote) => `${quote.speaker}: ${quote.text}`).slice(2)).toEqual([
      'Ines Carvalho: It was ugly. My mother kept it anyway.',
      'Ines Carvalho: I have a phone. It stays in the drawer.',
    ]);
  });

  it('leaves "On <topic>: …" unattributed when the title names no one', () => {
    expect(attributed('On technology: "I have a phone. It stays in the drawer."')).toEqual([]);
  });

  it('gives the answers of a Q-and-A exchange to the person the paragraph before it names, and its questions to no one', () => {
    expect(
      attributed(
        'Manager Gary Stubbs later answered questions from reporters.',
        'Q: Is this the best result of your time here? A: Probably. Ask me again in May.',
        'Q: What did you tell Jamal before he went on?',
        "A: Stay high, stay onside, and don't think about it.",
        'The club moves up to seventh in the table.',
      ),
    ).toEqual(['Gary Stubbs: Probably. Ask me again in May.', "Gary Stubbs: Stay high, stay onside, and don't think about it."]);
  });

  it('gives the answers of a transcript labelled with the surname in capitals to that person, and its questions to no one', () => {
    expect(
      attributed(
        'Coach Ann Stubbs spoke to reporters after the final training session.',
        'Q: How did the players take the news?',
        'STUBBS: Badly at first. Some of them cried, and one or two said they would quit.',
        'Q: Will the team carry on somewhere else?',
        'STUBBS: We kept going through two moves and a flood, and we will keep going now.',
      ),
    ).toEqual([
      'Ann Stubbs: Badly at first. Some of them cried, and one or two said they would quit.',
      'Ann Stubbs: We kept going through two moves and a flood, and we will keep going now.',
    ]);
  });

  it('gives a name label as written ("Stubbs: …") to that person inside an exchange, and with quotation marks anywhere', () => {
    expect(
      attributed(
        'Coach Ann Stubbs spoke to reporters after the final training session.',
        'Q: Will the team carry on somewhere else?',
        'Stubbs: We kept going through two moves and a flood, and we will keep going now.',
      ),
    ).toEqual(['Ann Stubbs: We kept going through two moves and a flood, and we will keep going now.']);
    expect(attributed('Coach Ann Stubbs spoke after the session.', 'Stubbs: "We kept going through two moves and a flood."')).toEqual([
      'Ann Stubbs: We kept going through two moves and a flood.',
    ]);
  });

  it('reads a label in capitals that names no one of the story ("NOTE:", "UPDATE:") as no quotation', () => {
    expect(
      attributed(
        'Coach Ann Stubbs spoke to reporters after the final training session.',
        'UPDATE: This story has been changed to correct the date of the final match.',
        'Q: Will the team carry on somewhere else?',
        'Reporter: We asked the council about the pitch, but it did not reply.',
      ),
    ).toEqual([]);
  });

  it('reads a lone "A:" with no question before it as no answer', () => {
    expect(attributed('Governor Ada Whitfield spoke on Monday.', 'A: The budget passes with a majority of twelve votes.')).toEqual([]);
  });

  it('gives each quotation its article, paragraph and cue', () => {
    const [quote] = extractQuotes(corpusOf(INTRO, '"We reached a deal today," Whitfield said.'));
    expect(quote).toEqual({ speaker: 'Ada Whitfield', text: 'We reached a deal today,', article: 'story', paragraph: 2, cue: 'Whitfield said' });
  });
});

describe('isQuotation', () => {
  it('needs four words and no title case', () => {
    expect(isQuotation('very productive')).toBe(false);
    expect(isQuotation('Make Roads Safe Again')).toBe(false);
    expect(isQuotation('we will win this')).toBe(true);
  });
});

describe('analyzeQuotes', () => {
  it('lists each quoted speaker once with their count, aliases and role', () => {
    const { speakers } = analyzeQuotes(corpusOf(INTRO, '"The bill will pass this week," the senator said. "No doubt about it at all."'));
    expect(speakers).toEqual([{ name: 'Tom Baxter', aliases: expect.arrayContaining(['Senator Tom Baxter', 'the senator']), quotes: 2, role: 'Senator' }]);
  });
});
