import { describe, expect, it } from 'vitest';
import { ExtractiveAnswerer } from '../../src/answer/extractive.js';
import { answerFromParagraphs as answerFrom, corpusOf, passagesOf } from './passages.js';

const strike = [
  "Train drivers will walk out for 48 hours next week after talks over pay collapsed, the drivers' union said on Thursday.",
  "'We did not want to be here,' said Aslef general secretary Mick Whelan.",
  'Talks are provisionally scheduled for Saturday at the offices of the conciliation service in Manchester.',
];

describe('answers in the words news uses for them', () => {
  it('answers "How long will the strike last?" with the walkout\'s length: "last" only asks for one', async () => {
    const answer = await answerFrom(strike, 'How long will the strike last?');
    expect(answer.answer).toContain('48 hours');
    expect(answer.citations[0]?.paragraph).toBe(1);
  });

  it('answers "Where will talks take place?" and "When will talks take place?" from where and when the talks are', async () => {
    expect((await answerFrom(strike, 'Where will talks take place?')).answer).toContain('Manchester');
    expect((await answerFrom(strike, 'When will talks take place?')).answer).toContain('Saturday');
  });

  it('answers "Why are the drivers striking?" with what failed before they walk out', async () => {
    const answer = await answerFrom(strike, 'Why are the drivers striking?');
    expect(answer.answer).toContain('after talks over pay collapsed');
  });

  it('finds the words of a speaker named after a title in lower case, "said Aslef general secretary Mick Whelan"', async () => {
    const answer = await answerFrom(strike, 'What did Mick Whelan say?');
    expect(answer.answer).toContain('We did not want to be here');
  });

  it('answers "How long will the warning last?" with when it ends', async () => {
    const answer = await answerFrom(['A blizzard warning remains in effect until 6 p.m. Wednesday.'], 'How long will the blizzard warning last?');
    expect(answer.answer).toContain('until 6 p.m. Wednesday');
  });

  it('reads a sentence that opens on "She" or "It" as going on about what the sentence before it named', async () => {
    const obituary = ['Ann Ruiz, a geologist who mapped the canyons, died on Sunday at her home. She was 87.'];
    expect((await answerFrom(obituary, 'How old was Ann Ruiz?')).answer).toContain('87');
    const capsule = ['"The heat shield did exactly what we designed it to do," Lee said. "It survived temperatures of around 2,900 degrees Celsius."'];
    expect((await answerFrom(capsule, 'How hot did the heat shield get?')).answer).toContain('2,900 degrees');
  });

  it('answers why from a sentence where the cause forced what is asked about, not one where the thing asked about led to something else', async () => {
    const delay = ['The minister said contaminated soil had forced the delay of the tram line.'];
    expect((await answerFrom(delay, 'Why was the tram line delayed?')).answer).toContain('contaminated soil');
    const effects = ['Previous walkouts by nurses led to about 1.5 million appointments being rescheduled.'];
    expect((await answerFrom(effects, 'Why are nurses striking?')).answered).toBe(false);
  });

  it('reads "next" as asking what is to come, which a story says with "is expected to" or "will"', async () => {
    const storm = ['Up to 22 inches of snow fell in the city.', 'The storm is expected to move into Michigan on Wednesday night.'];
    expect((await answerFrom(storm, 'Where is the storm headed next?')).answer).toContain('Michigan');
    const game = ['"We had not played a minute of defense yet," the Comets coach said.'];
    expect((await answerFrom(game, 'Who do the Comets play next?')).answered).toBe(false);
  });

  it('reads "If they…" opening a sentence as going on about what the sentence before it named', async () => {
    const vote = ['Members will vote on the deal next month. If they reject it, the union would have to give two weeks\' notice before any new strike.'];
    expect((await answerFrom(vote, 'What happens if members reject the deal?')).answer).toContain("two weeks' notice");
  });

  it('answers from the news before the background: a sentence dated by another year is about another event', async () => {
    const quake = [
      'A magnitude 6.8 earthquake struck off the coast early Tuesday, killing at least three people.',
      'The country is one of the most seismically active in the world. A magnitude 8.8 earthquake in 2010 killed more than 500 people.',
    ];
    expect((await answerFrom(quake, 'How strong was the earthquake?')).answer).toContain('6.8');
    expect((await answerFrom(quake, 'How many people died in 2010?')).answer).toContain('500');
  });

  it('answers "Who is X?" with what X does before a courtesy title such as "Dr"', async () => {
    const answer = await answerFrom(['Dr Tom Dolphin, who chairs the union council, said doctors did not want to strike.'], 'Who is Tom Dolphin?');
    expect(answer.answer).toBe('Tom Dolphin chairs the union council [1].');
  });

  it('answers "What is X known for?" with what the story says X is', async () => {
    const answer = await answerFrom(['Ann Ruiz, an oceanographer whose surveys revealed underwater canyons, died on Sunday.'], 'What is Ruiz known for?');
    expect(answer.answer).toContain('revealed underwater canyons');
  });
});

describe('a figure set against what was expected', () => {
  it('does not answer what was expected with the figure said to beat it, but with the expected one', async () => {
    const sales = ['The chain sold 41,000 cars in May, far more than analysts had expected.', 'Analysts had forecast sales of about 35,000 cars.'];
    expect((await answerFrom(sales, 'How many cars did analysts expect?')).answer).toContain('35,000');
    expect((await answerFrom(sales.slice(0, 1), 'How many cars did analysts expect?')).answered).toBe(false);
    const within = ['The chain sold 41,000 cars in May, more than the 35,000 analysts had expected.'];
    expect((await answerFrom(within, 'How many cars did analysts expect?')).answer).toContain('35,000');
  });
});

describe('where something is based', () => {
  it('answers where a company is based from "Dublin-based" or "headquartered in"', async () => {
    expect((await answerFrom(['Dublin-based Paylane said hackers stole data.'], 'Where is Paylane based?')).answer).toContain('Dublin-based');
    expect((await answerFrom(['Paylane, which is headquartered in Cork, has 300 staff.'], 'Where is Paylane based?')).answer).toContain('Cork');
  });
});

describe('how big, as a share', () => {
  it('answers how big something could be with a percentage', async () => {
    const fine = ['The regulator can fine companies up to 4% of their annual revenue.'];
    expect((await answerFrom(fine, 'How big could the fine be?')).answer).toContain('up to 4%');
  });
});

describe('abstaining where the words are there but the answer is not', () => {
  const election = [
    'The Liberals won 44.6 per cent of the vote, down from 46.1 per cent in 2021. The Conservatives finished second with 27 seats.',
    'The Liberals took 49 of the 87 seats.',
  ];

  it('does not answer for the Liberals with the next sentence\'s figure for the Conservatives', async () => {
    const answer = await answerFrom(election.slice(0, 1), 'How many seats did the Liberals win?');
    expect(answer.answered).toBe(false);
  });

  it('holds a year the question asks about as binding as a name: this year\'s seats do not answer for 2021', async () => {
    expect((await answerFrom(election, 'How many seats did the Liberals win in 2021?')).answered).toBe(false);
    expect((await answerFrom(election, 'How many seats did the Liberals win?')).answer).toContain('49');
  });

  it('does not answer a yes-no question with a sentence that has its verb but never its subject', async () => {
    const breach = ['Hackers had stolen the names and addresses of 3,000 members.', 'Passwords were kept on another server, the bank said.'];
    expect((await answerFrom(breach, 'Were passwords stolen?')).answered).toBe(false);
    expect((await answerFrom(breach, 'Were addresses stolen?')).answer).toContain('stolen the names and addresses');
  });

  it('answers a yes-no question with a sentence on its subject doing the opposite act: "cut" for "add"', async () => {
    const jobs = ['Builders added 40,000 jobs in June.', 'Retailers cut about 2,000 positions.'];
    expect((await answerFrom(jobs, 'Did retailers add jobs?')).answer).toContain('Retailers cut about 2,000 positions');
    expect((await answerFrom(jobs, 'Why did retailers add jobs?')).answered).toBe(false);
  });

  it('does not answer for a month the question names with a sentence dated in another month, or from a story dated in another', async () => {
    const jobs = ['Employers added 210,000 jobs in June, the ministry said.', 'Builders added 40,000 jobs, more than any other trade.'];
    expect((await answerFrom(jobs, 'How many jobs were added in July?')).answered).toBe(false);
    expect((await answerFrom(jobs, 'How many jobs were added in June?')).answer).toContain('210,000');
    const monthly = jobs.slice(1);
    expect((await answerFrom(monthly, 'How many jobs did builders add in July?', 'Employers added 210,000 jobs in June')).answered).toBe(false);
    expect((await answerFrom(monthly, 'How many jobs did builders add in June?', 'Employers added 210,000 jobs in June')).answer).toContain('40,000');
  });

  it('does not date an event with a time that stands many words from every word of the question', async () => {
    const mission = ['The mission, which cost about $1.1 billion not including launch, is not over: Wayfarer fired its engines and is heading to a second asteroid, Pelion, which it is expected to reach in 2031.'];
    expect((await answerFrom(mission, 'When did Wayfarer launch?')).answered).toBe(false);
    expect((await answerFrom(mission, 'When will Wayfarer reach Pelion?')).answer).toContain('2031');
  });

  it('does not measure a thing with a figure written as an adjective of another noun: a two-hour set is no festival\'s length', async () => {
    const review = ['The band closed the Summerfield festival on Sunday night with a two-hour set.'];
    expect((await answerFrom(review, 'How long will the festival last?')).answered).toBe(false);
    expect((await answerFrom(review, 'How long was the set?')).answer).toContain('two-hour');
  });

  it('does not price a thing with a sum that stands by something else: bribes are not what the contract was worth', async () => {
    const case_ = ['He was found guilty of taking more than $180,000 in bribes from a towing company in exchange for steering the city\'s towing contract to it.'];
    expect((await answerFrom(case_, 'How much was the towing contract worth?')).answered).toBe(false);
    const priced = ['The city signed a towing contract worth $2 million a year.'];
    expect((await answerFrom(priced, 'How much was the towing contract worth?')).answer).toContain('$2 million');
  });
});

describe('a story about one thing, set beside others of its kind', () => {
  const approval = [
    'Regulators on Friday approved the first pill for severe migraines in children.',
    'The drug, called Velmora, is taken twice a day for ten days.',
    '"It will be a welcome option for families," said Dr. Ann Hale, director of the agency\'s neurology division.',
    'The pill was developed by Corvane Labs. The company has not said how much it will cost. An earlier treatment, given by infusion over 30 hours, carried a list price of about $20,000.',
  ];

  it('answers "How often…" with a frequency: "twice a day"', async () => {
    expect((await answerFrom(approval, 'How often is the pill taken?')).answer).toContain('twice a day');
  });

  it('answers "What is the name of the drug?" with the name the story gives it after "called"', async () => {
    const answer = await answerFrom(approval, 'What is the name of the drug?');
    expect(answer.answer).toContain('Velmora');
    expect(answer.citations[0]?.paragraph).toBe(2);
  });

  it('answers "Who makes the drug?" from who developed it, not from an agency whose name holds "Drug"', async () => {
    const approved = ['The Food and Drug Administration on Friday approved the first pill for severe migraines.', 'The pill was developed by Corvane Labs.'];
    expect((await answerFrom(approved, 'Who makes the drug?')).answer).toContain('Corvane Labs');
  });

  it('answers "What is the tour called?" with a title in quotation marks', async () => {
    const tour = ['The singer postponed the European leg of her \u201cGlasshouse\u201d world tour on Monday.'];
    expect((await answerFrom(tour, 'What is the tour called?')).answer).toContain('Glasshouse');
  });

  it('answers a how-long question about the story\'s treatment with its own length, not with an earlier treatment\'s', async () => {
    const answer = await answerFrom(approval, 'How long is the treatment?');
    expect(answer.answer).toContain('ten days');
    expect(answer.answer).not.toContain('30 hours');
  });

  it('does not price the pill with what an earlier treatment cost, but answers about the earlier treatment itself', async () => {
    const pill = await answerFrom(approval, 'How much will the pill cost?');
    expect(pill.answered).toBe(false);
    expect(pill.citations).toEqual([]);
    expect((await answerFrom(approval, 'How much did the earlier treatment cost?')).answer).toContain('$20,000');
  });

  it('answers "Who is X?" with the role set off after a titled name that ends its sentence, not with the courtesy title', async () => {
    const answer = await answerFrom(approval, 'Who is Ann Hale?');
    expect(answer.answer).toBe("Ann Hale is director of the agency's neurology division [1].");
  });

  it('does not answer for one owner\'s office with another\'s: "Tunely\'s chief executive" is not Vantor\'s', async () => {
    const fine = ['Regulators fined Vantor 1.2 billion euros on Thursday.', "Tunely's chief executive, Jonas Ekberg, welcomed the fine."];
    expect((await answerFrom(fine, "Who is Vantor's chief executive?", 'Regulators fine Vantor')).answered).toBe(false);
    expect((await answerFrom(fine, "Who is Tunely's chief executive?", 'Regulators fine Vantor')).answer).toContain('Jonas Ekberg');
  });
});

describe('counting what the question counts', () => {
  it('does not count students with a figure that counts something else in a sentence that names them', async () => {
    const ban = ['Students in Oakridge schools will lock away their phones, one of the strictest policies in the state.'];
    expect((await answerFrom(ban, 'How many students attend Oakridge schools?')).answered).toBe(false);
  });

  it('counts a noun at the end of a list after the figure: "10,000 drivers, signallers and station staff"', async () => {
    const strike = ['About 10,000 drivers, signallers and station staff had been due to walk out on Thursday.'];
    expect((await answerFrom(strike, 'How many workers were due to strike?')).answer).toContain('10,000');
  });

  it('does not count farmers with figures in sentences that name growers without counting them', async () => {
    const cocoa = ['Farmers have seen little of the gain. Ghana sets the price paid to growers once a year, and the price of 1,800 francs was fixed in October.'];
    expect((await answerFrom(cocoa, 'How many farmers grow cocoa in Ghana?')).answered).toBe(false);
  });

  it('answers how many of something a subject has with the figure it "has", not one another verb governs', async () => {
    const gym = ['Thieves stole the card details of 20,000 Fitlane members last week.', 'Fitlane, founded in 2012, has about 90,000 members in 40 gyms.'];
    expect((await answerFrom(gym, 'How many members does Fitlane have?')).answer).toContain('90,000');
    expect((await answerFrom(gym, 'How many members were affected?')).answer).not.toContain('90,000');
  });

  it('counts a noun after "the number of" by the figure the sentence gives it', async () => {
    const cap = ['The government plans to cap the number of cruise ships allowed to dock at four a day.'];
    expect((await answerFrom(cap, 'How many ships will be allowed to dock?')).answer).toContain('four a day');
  });
});

describe('the main fact before what a story adds to it', () => {
  const brief = [
    'A 34-year-old man has been charged with attempted murder after a stabbing outside a bar early Sunday, police said.',
    'Police arrested Dan Cole, of Riverside, near the bar. Cole was also charged with assault and possession of a weapon.',
  ];

  it('answers "Who was arrested?" with the person arrested, not as a question about who "arrested" is', async () => {
    expect((await answerFrom(brief, 'Who was arrested?')).answer).toContain('Dan Cole');
  });

  it('answers "What was he charged with?" with the charge the story gives first, not what he was "also" charged with', async () => {
    // Retrieved first, and shorter: only its "also" says it adds to the main charge.
    const story = corpusOf([brief[0]!, 'Cole was also charged with assault.']);
    const answerer = new ExtractiveAnswerer(story, { quotes: async () => [], speakers: async () => [] });
    const answer = await answerer.answer({ question: 'What was he charged with?', passages: passagesOf(story, [2, 1]), history: [] });
    expect(answer.answer).toContain('attempted murder');
  });
});

describe('a question with no words of its own', () => {
  const brief = [
    'A 34-year-old man has been charged with attempted murder after another man was stabbed outside a bar on Elm Street early Sunday, police said.',
    'Officers were called to the bar at about 1:40 a.m. after reports of a fight.',
  ];
  const title = 'Man charged after stabbing outside Elm Street bar';

  it('answers "What happened?" and "Where did it happen?" from the lede of the event the headline names', async () => {
    const happened = await answerFrom(brief, 'What happened?', title);
    expect(happened.answer).toContain('charged with attempted murder');
    expect(happened.citations[0]?.paragraph).toBe(1);
    expect((await answerFrom(brief, 'Where did it happen?', title)).answer).toContain('Elm Street');
  });

  it('does not answer "Why did it happen?" with a lede that only tells the event', async () => {
    expect((await answerFrom(brief, 'Why did it happen?', title)).answered).toBe(false);
  });
});

describe('what a story says it does not know', () => {
  const recall = [
    'The pill was developed by Corvane Labs. The company has not said how much it will cost.',
    "A man was stabbed outside a bar on Sunday. The victim's name has not been released.",
  ];

  it('does not answer with a sentence saying the answer is not told, but quotes it in the abstention, citing nothing', async () => {
    const cost = await answerFrom(recall, 'How much will the pill cost?');
    expect(cost).toMatchObject({ answered: false, citations: [] });
    expect(cost.answer).toBe("The story doesn't say how much the pill will cost. It says: \u201CThe company has not said how much it will cost.\u201D");
    const victim = await answerFrom(recall, 'Who is the victim?');
    expect(victim).toMatchObject({ answered: false, citations: [] });
    expect(victim.answer).toContain("The victim's name has not been released.");
  });

  it('quotes such a sentence only when what it says is not told is what was asked', async () => {
    const doing = await answerFrom(recall, 'How is the victim doing?');
    expect(doing.answered).toBe(false);
    expect(doing.answer).not.toContain('name has not been released');
  });
});

describe('causes and findings as news gives them', () => {
  it('answers "Why did X vote against it?" with the worry X gave in the sentence after the vote', async () => {
    const vote = ['Board members Tom Reyes and Angela Whitfield voted against the ban. Whitfield said parents had told her they worried they could not reach their children in an emergency.'];
    expect((await answerFrom(vote, 'Why did Whitfield vote against it?')).answer).toContain('could not reach their children');
  });

  it('answers "What did the doctors find?" from what they "found"', async () => {
    const surgery = ['The singer said doctors had found a polyp on her vocal cords after she lost her voice in Toronto.'];
    expect((await answerFrom(surgery, 'What did the doctors find?')).answer).toContain('polyp');
  });
});

describe('who did, not who did not', () => {
  const fee = [
    'Cruise passengers visiting the island will have to pay €20 to come ashore from 1 June.',
    'Hotel guests and passengers on ferries will not pay the fee.',
  ];

  it('answers "Who has to pay?" with who pays, not with who "will not pay"', async () => {
    const answer = await answerFrom(fee, 'Who has to pay?');
    expect(answer.answer).toContain('Cruise passengers');
    expect(answer.citations[0]?.paragraph).toBe(1);
  });

  it('answers a question that asks who does not, and a yes-no question, from the sentence that says "not"', async () => {
    expect((await answerFrom(fee, 'Who will not pay the fee?')).answer).toContain('Hotel guests');
    expect((await answerFrom(fee, 'Do ferry passengers pay?')).answer).toContain('will not pay');
  });
});

describe('acts, changes and ends', () => {
  const sale = [
    'The company said it would close its studio in Leeds, which employs 130 people, by the end of June.',
    'About 2,300 people worked for the company across eight studios.',
  ];

  it('does not answer "Who will buy the studio?" with who closes it: a who-question needs its act', async () => {
    const answer = await answerFrom(sale, 'Who will buy the Leeds studio?');
    expect(answer.answered).toBe(false);
    expect(answer.citations).toEqual([]);
  });

  it('answers "How much are fees going up?" with the change, not with what "the rise" brings in, which names no fees', async () => {
    const fees = [
      'The university will raise tuition fees for international students by 12% from next September.',
      'The university expects the rise to bring in an extra £14m a year.',
    ];
    expect((await answerFrom(fees, 'How much are fees going up?')).answer).toContain('12%');
  });

  it('answers "How much will fees rise?" with the change ("by 12%") before the level reached ("to £48,200")', async () => {
    const fees = ['Fees for medicine will rise to £48,200 a year.', 'Fees for other courses will rise by 12% from September.'];
    expect((await answerFrom(fees, 'How much will fees rise?')).answer).toContain('12%');
  });

  it('answers "When do the restrictions end?" with "until Nov. 30", over a sentence that only has a word for "stop"', async () => {
    const limits = [
      'The restrictions will stay in place until the reservoir is at least 40% full, or until Nov. 30, whichever comes first.',
      'The governor declared a drought emergency in May but has stopped short of ordering statewide restrictions.',
      'The region received 4.1 inches of rain in the 12 months ending in June.',
    ];
    expect((await answerFrom(limits, 'When do the restrictions end?')).answer).toContain('Nov. 30');
  });
});

describe('words inside names', () => {
  it('does not answer "What severance do workers get?" from a name that has "Workers" in it, but from the employees', async () => {
    const layoffs = [
      'The Riverside Workers Alliance, a union that represents some of the developers, said it had not been consulted.',
      'The company will book a one-time charge of between $40 million and $50 million, mostly for severance.',
      'Affected employees will receive at least 16 weeks of pay, the company said.',
    ];
    expect((await answerFrom(layoffs, 'What severance do workers get?')).answer).toContain('16 weeks');
  });

  it('still finds "the council" in "City Council" and "the mayor" in "Mayor Daniel Ruiz", the name\'s head and a title', async () => {
    const vote = ['The City Council voted 5-2 late Tuesday to impose the restrictions.', '"We are close," said Mayor Daniel Ruiz.'];
    expect((await answerFrom(vote, 'How did the council vote?')).answer).toContain('5-2');
    expect((await answerFrom(vote, 'Who is the mayor?')).answer).toContain('Daniel Ruiz');
  });
});
