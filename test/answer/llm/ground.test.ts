import { describe, expect, it } from 'vitest';
import { groundAnswer, previewAnswer, saysNotInStory } from '../../../src/answer/llm/ground.js';
import { markerNumbers } from '../../../src/answer/llm/markers.js';
import { PASSAGES } from './helpers.js';

describe('markerNumbers', () => {
  it('reads single, listed, ranged and adjacent markers', () => {
    expect(markerNumbers('[2]')).toEqual([2]);
    expect(markerNumbers('[1, 3]')).toEqual([1, 3]);
    expect(markerNumbers('[1][2]')).toEqual([1, 2]);
    expect(markerNumbers('[2-4]')).toEqual([2, 3, 4]);
    expect(markerNumbers('[3; 1, 3]')).toEqual([3, 1]);
  });

  it('reads an absurdly wide range as its two ends, not as hundreds of citations', () => {
    expect(markerNumbers('[1-500]')).toEqual([1, 500]);
  });
});

describe('groundAnswer', () => {
  it('keeps a correctly cited answer and lists its citations in order of use', () => {
    const grounded = groundAnswer('The council voted 7 to 2 [1]. The ferry will cost 4.2 million euros [3].', PASSAGES);
    expect(grounded.status).toBe('grounded');
    expect(grounded.text).toBe('The council voted 7 to 2 [1]. The ferry will cost 4.2 million euros [2].');
    expect(grounded.citations.map((c) => [c.n, c.paragraph])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    expect(grounded.citations[1]!.text).toBe(PASSAGES[2]!.text);
    expect(grounded.citations[1]!.url).toMatch(/^https:\/\/example\.org\/news\/harbour-ferry#:~:text=/);
  });

  it('renumbers by first use, so the first passage cited is [1]', () => {
    const grounded = groundAnswer('It opens in 2027 [4]. It was approved on Tuesday [1][4].', PASSAGES);
    expect(grounded.text).toBe('It opens in 2027 [1]. It was approved on Tuesday [2][1].');
    expect(grounded.citations.map((c) => c.paragraph)).toEqual([4, 1]);
  });

  it('drops a citation to [9] when four passages were given, keeping the sentence it shares with a valid one', () => {
    const grounded = groundAnswer('The ferry will cost 4.2 million euros [3][9].', PASSAGES);
    expect(grounded.text).toBe('The ferry will cost 4.2 million euros [1].');
    expect(grounded.droppedCitations).toBe(1);
    expect(grounded.removedSentences).toBe(0);
  });

  it('removes a sentence whose only citation names a passage that was not given', () => {
    const grounded = groundAnswer('The council approved the ferry [1]. The mayor resigned in protest [9]. It opens in 2027 [4].', PASSAGES);
    expect(grounded.status).toBe('grounded');
    expect(grounded.text).toBe('The council approved the ferry [1]. It opens in 2027 [2].');
    expect(grounded.removedSentences).toBe(1);
    expect(grounded.citations.map((c) => c.paragraph)).toEqual([1, 4]);
  });

  it('reads "[1, 2]" and "[1][2]" alike and writes them as separate markers', () => {
    expect(groundAnswer('Approved and quoted [1, 2].', PASSAGES).text).toBe('Approved and quoted [1][2].');
    expect(groundAnswer('Approved and quoted [1][2].', PASSAGES).text).toBe('Approved and quoted [1][2].');
  });

  it('gives a marker written after the full stop to the sentence before it, spaced from the stop', () => {
    const grounded = groundAnswer('The council approved the ferry.[1] The mayor resigned.[9] It opens in 2027. [4]', PASSAGES);
    expect(grounded.text).toBe('The council approved the ferry. [1] It opens in 2027. [2]');
    expect(grounded.removedSentences).toBe(1);
  });

  it('keeps an uncited sentence next to cited ones (one citation often covers two sentences)', () => {
    const grounded = groundAnswer('The vote was close. It passed 7 to 2 [1].', PASSAGES);
    expect(grounded.text).toBe('The vote was close. It passed 7 to 2 [1].');
  });

  it('keeps the line breaks of a list', () => {
    const grounded = groundAnswer('- Approved on Tuesday [1].\n- Made up [7].\n- Costs 4.2 million euros [3].', PASSAGES);
    expect(grounded.text).toBe('- Approved on Tuesday [1].\n- Costs 4.2 million euros [2].');
  });

  it('marks an answer with no citation at all as ungrounded', () => {
    const grounded = groundAnswer('The ferry was approved by the council on Tuesday.', PASSAGES);
    expect(grounded.status).toBe('ungrounded');
    expect(grounded.citations).toEqual([]);
  });

  it('marks an answer whose every citation is invalid as ungrounded', () => {
    expect(groundAnswer('The ferry sank [5]. Everyone swam home [12].', PASSAGES).status).toBe('ungrounded');
  });

  it('turns "The story doesn\'t say" into not-in-story, with its markers gone', () => {
    const grounded = groundAnswer("The story doesn't say who will captain the ferry [2].", PASSAGES);
    expect(grounded.status).toBe('not-in-story');
    expect(grounded.text).toBe("The story doesn't say who will captain the ferry.");
    expect(grounded.citations).toEqual([]);
  });

  it('shows only the refusal when an uncited guess follows it', () => {
    const grounded = groundAnswer('The story does not say. It is probably the harbour master.', PASSAGES);
    expect(grounded.status).toBe('not-in-story');
    expect(grounded.text).toBe('The story does not say.');
  });

  it('keeps a partial answer that cites the story and says what it leaves out', () => {
    const grounded = groundAnswer("The ferry should enter service in spring 2027 [4]. The story doesn't say who will run it.", PASSAGES);
    expect(grounded.status).toBe('grounded');
    expect(grounded.citations.map((c) => c.paragraph)).toEqual([4]);
  });

  it('drops a reasoning model\'s <think> block', () => {
    const grounded = groundAnswer('<think>Passage 9 might help.</think>It costs 4.2 million euros [3].', PASSAGES);
    expect(grounded.text).toBe('It costs 4.2 million euros [1].');
  });
});

describe('saysNotInStory', () => {
  it('recognises the common ways of saying the story does not tell', () => {
    for (const sentence of [
      "The story doesn't say.",
      'The story doesn\u2019t say where they met.',
      'The article does not mention a date.',
      'The passages provided do not specify the cost.',
      'Unfortunately, the text does not say.',
    ]) {
      expect(saysNotInStory(sentence), sentence).toBe(true);
    }
  });

  it('does not mistake a sentence about what someone did not say for a refusal', () => {
    expect(saysNotInStory("Carvalho didn't say how long the crossing takes [2].")).toBe(false);
    expect(saysNotInStory('The story says the vote was 7 to 2.')).toBe(false);
  });
});

describe('previewAnswer', () => {
  const raw = 'The council approved it [1][9]. The ferry costs 4.2 million euros [3, 7]. It opens in 2027 [4].';

  it('renumbers as the final answer will and hides invalid markers', () => {
    expect(previewAnswer(raw, PASSAGES.length)).toBe(groundAnswer(raw, PASSAGES).text);
  });

  it('only ever extends what it showed before, character by character', () => {
    let shown = '';
    for (let end = 1; end <= raw.length; end++) {
      const preview = previewAnswer(raw.slice(0, end), PASSAGES.length);
      expect(preview.startsWith(shown), `${JSON.stringify(shown)} -> ${JSON.stringify(preview)}`).toBe(true);
      shown = preview;
    }
  });

  it('holds back an unfinished marker', () => {
    expect(previewAnswer('It opens in 2027 [', 4)).toBe('It opens in 2027');
    expect(previewAnswer('It opens in 2027 [4', 4)).toBe('It opens in 2027');
    expect(previewAnswer('It opens in 2027 [4]', 4)).toBe('It opens in 2027 [1]');
  });
});
