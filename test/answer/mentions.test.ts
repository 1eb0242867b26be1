import { describe, expect, it } from 'vitest';
import { PeopleRegistry } from '../../src/answer/mention-names.js';
import { findMentions, type MentionKind } from '../../src/answer/mentions.js';
import { words } from '../../src/answer/words.js';

const people = PeopleRegistry.fromParagraphs(['Treasury Secretary Scott Bessent spoke to Mayor Ann Lee.']);
const kindsIn = (sentence: string) =>
  findMentions(sentence, words(sentence), people).map((mention) => `${mention.kind}:${mention.text}`);
const has = (sentence: string, kind: MentionKind, text: string) => expect(kindsIn(sentence)).toContain(`${kind}:${text}`);

describe('mentions that answer questions', () => {
  it.each([
    ['The council met on Tuesday night.', 'Tuesday night'],
    ['Work begins in April 2025.', 'April 2025'],
    ['It opened on March 3, 1999.', 'March 3, 1999'],
    ['They will meet again next week.', 'next week'],
    ['The law changed two years ago.', 'two years ago'],
    ['Doors open at 9:30 a.m.', '9:30 a.m.'],
  ])('finds the time in "%s"', (sentence, text) => has(sentence, 'time', text));

  it.each([
    ['It has a range of 995 miles (1,600 kilometers).', 'distance', '995 miles'],
    ['The barrier will stretch 2.4 kilometres.', 'distance', '2.4 kilometres'],
    ['The bridge will cost $18.4 million.', 'money', '$18.4 million'],
    ['The fee could reach £55m.', 'money', '£55m'],
    ['Sales rose 12% last quarter.', 'percent', '12%'],
    ['Sporting will get 15 per cent of any profit.', 'percent', '15 per cent'],
    ['Northport handles a fifth of the traffic.', 'percent', 'a fifth'],
    ['Construction will last roughly 22 months.', 'duration', 'roughly 22 months'],
    ['The 24-year-old signed on Thursday.', 'duration', '24-year-old'],
    ['It will mark their fourth encounter.', 'ordinal', 'fourth'],
  ])('finds the figure in "%s" as %s', (sentence, kind, text) => has(sentence, kind as MentionKind, text));

  it.each([
    ['It hit the atmosphere at 12.4 kilometres per second.', 'speed', '12.4 kilometres per second'],
    ['It slowed to about 44,600 km/h.', 'speed', 'about 44,600 km/h'],
    ['It completed a 6.2-billion-kilometre round trip.', 'distance', '6.2-billion-kilometre'],
    ['The pebbles are up to 2 centimetres across.', 'distance', 'up to 2 centimetres'],
    ['Temperatures will fall to 25 below zero.', 'temperature', '25 below zero'],
    ['Wind chills could reach minus 45.', 'temperature', 'minus 45'],
    ['Highs will reach 31C on Friday.', 'temperature', '31C'],
    ['She was 87.', 'duration', 'She was 87'],
    ['He died at 91 on Sunday.', 'duration', 'died at 91'],
    ['Residents said the shaking lasted nearly a minute.', 'duration', 'nearly a minute'],
  ])('finds the speed, temperature or age in "%s" as %s', (sentence, kind, text) => has(sentence, kind as MentionKind, text));

  it.each([
    ['The drug is taken once a day for 14 days.', 'once a day'],
    ['The board meets three times a year.', 'three times a year'],
    ['Take one tablet every six hours.', 'every six hours'],
    ['Buses will run every other week.', 'every other week'],
    ['The index is updated daily.', 'daily'],
    ['The prize is awarded annually.', 'annually'],
    ['Inspectors visit twice weekly.', 'twice weekly'],
    ['The clinic is open five days a week.', 'five days a week'],
  ])('finds how often in "%s"', (sentence, text) => has(sentence, 'frequency', text));

  it('reads no frequency in a rate of things per day', () => {
    expect(kindsIn('As many as 18,000 passengers a day arrive.').filter((mention) => mention.startsWith('frequency'))).toEqual([]);
  });

  it.each([
    ['The drug, called Velmora, is taken twice a day.', 'Velmora'],
    ['A storm named Hurricane Ida hit the coast.', 'Hurricane Ida'],
    ['The plan, known as Project Aurora, was dropped.', 'Project Aurora'],
    ['She postponed her \u201cGlasshouse\u201d world tour.', 'Glasshouse'],
    ["Her single 'Paper Moon' was streamed 900 million times.", 'Paper Moon'],
  ])('finds the name given a thing in "%s"', (sentence, text) => has(sentence, 'designation', text));

  it('reads no name in a quoted sentence, a scare quote in lower case or "called to" a place', () => {
    const designations = (sentence: string) => kindsIn(sentence).filter((mention) => mention.startsWith('designation'));
    expect(designations('"That ends today," Brandt said.')).toEqual([]);
    expect(designations('Satellites saw 1,000 "super-emitting" events.')).toEqual([]);
    expect(designations('Officers were called to the Copper Lantern at 1:40 a.m.')).toEqual([]);
  });

  it('reads "a year" after a figure as a rate and "a second" before a noun as an ordinal, not as lengths of time', () => {
    expect(kindsIn('Larkspur sells 9,000 bikes a year.')).not.toContain('duration:a year');
    expect(kindsIn('It is heading to a second asteroid.').filter((mention) => mention.startsWith('duration'))).toEqual([]);
  });

  it('does not count a year as a figure', () => {
    expect(kindsIn('The span was built in 1938.')).not.toContain('number:1938');
  });

  it.each([
    ['Trump will meet Putin in Budapest, Hungary.', 'place', 'Budapest'],
    ['Trump will meet Putin in Budapest, Hungary.', 'place', 'Hungary'],
    ['India agreed to halt purchases.', 'place', 'India'],
    ['The deal was signed at the White House.', 'place', 'White House'],
    ['Treasury Secretary Scott Bessent spoke first.', 'person', 'Scott Bessent'],
    ['"We are ready," Bessent said.', 'person', 'Bessent'],
    ['Mark Montgomery, an analyst, disagreed.', 'person', 'Mark Montgomery'],
    ['He works for the Foundation for Defense of Democracies.', 'organization', 'Foundation for Defense of Democracies'],
    ['A White House official said so.', 'role', 'official'],
  ])('finds in "%s" the %s "%s"', (sentence, kind, text) => has(sentence, kind as MentionKind, text));

  it('does not take the capitalised first word of a sentence for a name', () => {
    expect(kindsIn('Instead, the council voted.')).toEqual([]);
  });

  it.each([
    ['He said construction would begin in the spring.', 'in the spring'],
    ['The store opens this fall.', 'this fall'],
    ['The bridge should be finished by summer.', 'by summer'],
    ['Talks resume next winter.', 'next winter'],
    ['The House will vote before the end of the month.', 'before the end of the month'],
    ['A decision is expected within weeks.', 'within weeks'],
    ['More layoffs are expected in the coming days.', 'in the coming days'],
    ['Protesters gathered at the weekend.', 'at the weekend'],
  ])('finds the season or relative time in "%s"', (sentence, text) => has(sentence, 'time', text));

  it.each([
    ['The legislature will sit before Christmas.', 'Christmas'],
    ["The ferry will not run on New Year's Day.", "New Year's Day"],
    ['Fares rise after Labor Day.', 'Labor Day'],
  ])('finds the holiday in "%s" as a time', (sentence, text) => has(sentence, 'time', text));

  it.each([
    ['Adeyemi opened the scoring in the 12th minute.', 'in the 12th minute'],
    ['He added a second with a header in the 58th.', 'in the 58th'],
    ['Lis sealed the win with a penalty in stoppage time.', 'in stoppage time'],
    ['The Comets led at halftime.', 'at halftime'],
  ])('finds the time of a match in "%s"', (sentence, text) => has(sentence, 'time', text));

  it('reads "fall" as a verb and "winter" as a modifier where they are no time', () => {
    expect(kindsIn('Prices fall when demand slows.').filter((mention) => mention.startsWith('time'))).toEqual([]);
    expect(kindsIn('A winter storm closed the roads.').filter((mention) => mention.startsWith('time'))).toEqual([]);
  });

  it('counts a length of time that says when ("within six months") as both a time and a duration', () => {
    has('The committee will report within six months.', 'time', 'within six months');
    has('The committee will report within six months.', 'duration', 'six months');
  });

  it.each([
    ['The plant will cover 2.1 million square feet.', '2.1 million square feet'],
    ['The fire had burned 18,400 acres.', '18,400 acres'],
    ['The reserve covers 100,000 square kilometres of sea.', '100,000 square kilometres'],
  ])('finds the area in "%s"', (sentence, text) => has(sentence, 'area', text));

  it('reads pounds as a weight in a sentence about weight, and as money elsewhere', () => {
    has('The laptop weighs 1.3 kilograms (2.9 pounds).', 'weight', '2.9 pounds');
    has('The club paid 40 million pounds for him.', 'money', '40 million pounds');
  });

  it.each([
    ['The Comets beat the Titans 112-108 on Saturday.', '112-108'],
    ['The Senate voted 28-22 on Wednesday.', '28-22'],
    ['Marcus Bell added 24 points for the Comets (31-14).', '31-14'],
  ])('finds the tally in "%s"', (sentence, text) => has(sentence, 'tally', text));

  it('reads no tally in a year span, a range of money or a date', () => {
    for (const sentence of ['The 2024-25 season ended.', 'Tickets cost $5-10.', 'It opened on 12/10/2024.']) {
      expect(kindsIn(sentence).filter((mention) => mention.startsWith('tally')), sentence).toEqual([]);
    }
  });

  it('reads the people news falls on as answers to "who": "cruise passengers", "parents", "a man"', () => {
    has('Cruise passengers will have to pay €20 to come ashore.', 'role', 'passengers');
    has('Many parents worried they could not reach their children.', 'role', 'parents');
    has('Another man was stabbed outside the bar.', 'role', 'man');
  });

  it('reads a name ending in a word for a street, a county or a river as a place, but not one ending in "Park" or "Lane"', () => {
    has('The man was stabbed outside a bar on Elm Street early Sunday.', 'place', 'Elm Street');
    has('Flooding closed roads across Pierce County.', 'place', 'Pierce County');
    expect(kindsIn('Nathan Lane said the show would go on.')).not.toContain('place:Nathan Lane');
  });

  it('reads the name before "-based" as a place, even opening a sentence: "Dublin-based BrightPay", "a New York-based fund"', () => {
    has('Dublin-based Paylane said hackers stole data.', 'place', 'Dublin');
    has('The fund, a New York-based investor, sold its stake.', 'place', 'New York');
  });

  it('reads a name before a place noun as a place: "the city\'s Hilltop neighborhood"', () => {
    has("Officers found him at an apartment in the city's Hilltop neighborhood.", 'place', 'Hilltop');
  });

  it('reads an acronym in the possessive as an organisation: "The FBI\'s field office"', () => {
    has("The FBI's Seattle field office assisted in the investigation.", 'organization', 'FBI');
  });

  it('reads a name followed by ", which" as no person', () => {
    has('Marches Coaches, which runs six of the routes, said it had no plans.', 'organization', 'Marches Coaches');
  });

  it('finds a motive given as a worry: "they worried they could not reach their children"', () => {
    has('Parents told her they worried they could not reach their children.', 'reason', 'worried they');
  });

  it('finds a cause in "because", "due to" and "broke down over"', () => {
    has('The road closed because of floods.', 'reason', 'because');
    has('Talks broke down over pay.', 'reason', 'down over');
  });

  it.each([
    ['Drivers will walk out for 48 hours after talks over pay collapsed.', 'after talks over pay collapsed'],
    ['Rail workers to strike for 48 hours over pay', 'strike for 48 hours over'],
    ['The minister resigned last week over the scandal.', 'resigned last week over'],
    ['Contaminated soil had forced the delay.', 'forced'],
    ['He stayed at home out of fear for his safety.', 'out of fear'],
  ])('finds the cause in "%s"', (sentence, text) => has(sentence, 'reason', text));

  it('takes "over" as a time or an amount, not a cause, where it gives one, and "out of" or "forced to" as no cause', () => {
    for (const sentence of ['Jurors deliberated over two days.', 'Protests continued over the weekend.', 'She built it out of a used frame.', 'He was forced to resign.']) {
      expect(kindsIn(sentence).filter((mention) => mention.startsWith('reason')), sentence).toEqual([]);
    }
  });

  it('reads "all three" with no noun after it as pointing back to a group, not as a fresh count', () => {
    expect(kindsIn('Okafor said all three had been riding in the second car.').filter((mention) => mention.startsWith('number'))).toEqual([]);
    has('All 12 members of the board voted for it.', 'number', '12');
    has('Three had been riding in the second car.', 'number', 'Three');
  });
});

describe('shares written as a ratio', () => {
  it('reads "one in five" and "half of" as shares, not a year after "in"', () => {
    has('One in five adults has no savings.', 'percent', 'One in five');
    has('Half of the pupils walk to school.', 'percent', 'Half');
    expect(kindsIn('Two in 2020 were closed.')).not.toContain('percent:Two in 2020');
  });
});
