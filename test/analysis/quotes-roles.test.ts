import { describe, expect, it } from 'vitest';
import { attributed } from './quotes-corpus.js';

describe('speakers named by a role noun', () => {
  it('reads a role that runs on past a noun for a body ("said one airline official, who …")', () => {
    expect(attributed('"The update was tested, but not on the full system," said one airline official, who spoke on condition of anonymity.')).toEqual([
      'airline official: The update was tested, but not on the full system,',
    ]);
  });

  it('gives "the spokesman said" to the unnamed spokesman introduced before, under the same name', () => {
    expect(
      attributed(
        'A spokesman for the Federal Aviation Administration said the agency was "monitoring the situation closely and in contact with the airline".',
        '"Any decision to resume operations rests with the airline," the spokesman said.',
      ),
    ).toEqual([
      'spokesman for the Federal Aviation Administration: monitoring the situation closely and in contact with the airline',
      'spokesman for the Federal Aviation Administration: Any decision to resume operations rests with the airline,',
    ]);
  });

  it('gives "the <role> said" to the person just named when no one holds that office', () => {
    expect(attributed('Jo Hale still keeps a photo of the broken ankle on his phone.', '"I look at it before every game," the Ridgeline quarterback said.')).toEqual([
      'Jo Hale: I look at it before every game,',
    ]);
  });

  it('does not give "the <role> said" to a person just named who holds another office', () => {
    expect(attributed('Governor Ada Whitfield spoke first.', '"We will not be moved on this," the spokeswoman said.')).toEqual([
      'spokeswoman: We will not be moved on this,',
    ]);
  });

  it('keeps an unnamed speaker introduced by "a spokeswoman for …" under that role', () => {
    expect(attributed('A spokeswoman for the ministry said the plan would be published "in the coming weeks, not months".')).toEqual([
      'spokeswoman for the ministry: in the coming weeks, not months',
    ]);
  });
});
