import { describe, expect, it } from 'vitest';
import { attributed } from './quotes-corpus.js';

describe('speakers named by a role noun', () => {
  it('gives "the victim\'s mother said" in the lead to the mother the story names later ("Owen\'s mother, Linda Marsh, read …")', () => {
    expect(
      attributed(
        'A driver was jailed on Tuesday after a hearing in which the victim’s mother said she had “stopped counting the days.”',
        'Owen’s mother, Linda Marsh, read a statement from the witness stand.',
      ),
    ).toEqual(['Linda Marsh: stopped counting the days.']);
  });

  it('reads a role that runs on past a noun for a body ("said one airline official, who …")', () => {
    expect(attributed('"The update was tested, but not on the full system," said one airline official, who spoke on condition of anonymity.')).toEqual([
      'airline official: The update was tested, but not on the full system,',
    ]);
  });

  it('reads a role qualified by a long capitalised body ("A Department of Health and Social Care spokesperson said:"), and "the spokesperson" later as the same speaker', () => {
    expect(
      attributed(
        "A Department of Health and Social Care spokesperson said: 'We remain committed to the programme, and work is under way.'",
        "'Work has started at 18 sites,' the spokesperson said.",
      ),
    ).toEqual([
      'Department of Health and Social Care spokesperson: We remain committed to the programme, and work is under way.',
      'Department of Health and Social Care spokesperson: Work has started at 18 sites,',
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

  it('keeps an office with nothing to say whose ("the detective said") for someone else than the person just named', () => {
    expect(attributed('Police arrested John Smith, 34, on Tuesday.', '"We are confident we have the right man," the detective said.')).toEqual([
      'detective: We are confident we have the right man,',
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

describe('roles owned by someone named', () => {
  it('gives "<Org>\'s chief executive said" to the chief executive the story named', () => {
    expect(
      attributed('Acme’s chief executive, Miriam Castro, called the deal a bargain.', '“We have wanted this company for years,” Acme’s chief executive said.'),
    ).toEqual(['Miriam Castro: We have wanted this company for years,']);
  });

  it('keeps "<Name>\'s lawyer said" for the unnamed lawyer, not for the person named', () => {
    expect(attributed('Anna Berg’s lawyer said his client “had nothing to do with the fire at all”.')).toEqual([
      'Anna Berg’s lawyer: had nothing to do with the fire at all',
    ]);
  });

  it('gives "said a source close to …" to the unnamed source', () => {
    expect(attributed('“I don’t think anyone expected this,” said a source close to the negotiations.')).toEqual([
      'source: I don’t think anyone expected this,',
    ]);
  });
});

describe('speakers called by their age', () => {
  it('gives "the 31-year-old said" to the person introduced with that age, not the person named last', () => {
    expect(
      attributed('Jo Hale, 31, kept a clean sheet. Coach Tom Reed praised him afterwards.', '"We deserved it, every minute of it," the 31-year-old said.'),
    ).toEqual(['Jo Hale: We deserved it, every minute of it,']);
  });

  it('gives "said the 24-year-old striker" to the person just named when no age was given', () => {
    expect(attributed('Jo Hale scored twice on Saturday.', '"It was the best night of my life," said the 24-year-old striker.')).toEqual([
      'Jo Hale: It was the best night of my life,',
    ]);
  });
});
