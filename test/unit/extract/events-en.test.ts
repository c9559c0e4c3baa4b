import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

function events(body: string): string[] {
  const f = extractArticle(ParsedArticle.parse({ lang: 'en', body, publishedAt: '2025-03-12' }));
  return f.events.map((e) => `${e.name} @${e.startDate ?? '?'}`);
}

describe('English event names', () => {
  it('keeps a proper name in Title Case before the trigger', () => {
    expect(events('Deputy Head of the Office of the President Yulia Sokolovska opened the Social Cohesion Forum in Kyiv on 12 March 2025.'))
      .toEqual(['Social Cohesion Forum @2025-03-12']);
  });
  it('takes connectors between capitalised words, but not a month or an article', () => {
    expect(events('On 12 March the Council of Europe Conference took place in Kyiv.')).toEqual(['Council of Europe Conference @2025-03-12']);
  });
  it('falls back to the generic phrase when there is no proper name', () => {
    expect(events('The Council of Europe held a conference on local referendums in Lviv on 5 May 2025.'))
      .toEqual(['conference on local referendums @2025-05-05']);
    expect(events('Mayors attended the forum “Cities for Recovery” in Lviv on 6 May 2025.')).toEqual(['forum “Cities for Recovery” @2025-05-06']);
  });
  it('keeps up to three lower-case words that qualify the trigger', () => {
    expect(events('A working group meeting on the reform of local self-government was held at the Ministry on 12 July.'))
      .toEqual(['working group meeting on the reform of local self-government @2025-07-12']);
  });
});

describe('English event phrases and events reported by a verb', () => {
  function facts(body: string): ReturnType<typeof extractArticle> {
    return extractArticle(ParsedArticle.parse({ lang: 'en', body, publishedAt: '2024-04-18' }));
  }
  it('keeps "of X with Y" with a Title Case title and an acronym in brackets', () => {
    expect(events('On 4 March, the meeting of Deputy Minister for Regional Policy, Housing and Utilities Ivan Moroz with the Team Leader of the EU Project (PLEDDG) Anna Berg took place at the Ministry.'))
      .toEqual(['meeting of Deputy Minister for Regional Policy, Housing and Utilities Ivan Moroz with the Team Leader of the EU Project (PLEDDG) Anna Berg @2025-03-04']);
  });
  it('reads "met with" as a meeting, dated by a weekday', () => {
    const f = facts('On Monday, the Mayor of Lutsk met with the Ambassador of Japan to Ukraine Kenji Sato.\nDuring the meeting, the parties discussed school repairs.');
    expect(f.events.map((e) => [e.name, e.startDate])).toEqual([['meeting with the Ambassador of Japan to Ukraine Kenji Sato', '2024-04-15']]);
    expect(f.events[0]?.aliases).toContain('meeting');
  });
  it('reads a signed document as its signing, active or passive', () => {
    expect(facts('Yesterday, the Ministry of Finance and the World Bank signed a memorandum of understanding on the support of local budgets.').events.map((e) => e.name))
      .toEqual(['signing of a memorandum of understanding on the support of local budgets']);
    expect(facts('The agreement to continue the PULSE project was signed on 12 March 2024 by the Ambassador.').events.map((e) => [e.name, e.startDate]))
      .toEqual([['signing of the agreement to continue the PULSE project', '2024-03-12']]);
  });
  it('names a visit of two officials to a place, and a briefing that opened it', () => {
    const f = facts('On Tuesday, the visit of the Minister of Foreign Affairs of Lithuania and the Mayor of Vilnius to Kharkiv took place.\nThe visit began with a briefing with the Head of the Kharkiv Oblast Military Administration.');
    expect(f.events.map((e) => [e.name, e.kind, e.startDate])).toEqual([
      ['visit of the Minister of Foreign Affairs of Lithuania and the Mayor of Vilnius to Kharkiv', 'visit', '2024-04-16'],
      ['briefing with the Head of the Kharkiv Oblast Military Administration', 'briefing', '2024-04-16'],
    ]);
  });
  it('keeps a quoted title after the complement, with straight quotes too', () => {
    expect(facts('On 3 April, the programme held an online presentation of the guide "Budget Planning for Hromadas".').events.map((e) => [e.name, e.kind]))
      .toEqual([['online presentation of the guide "Budget Planning for Hromadas"', 'online presentation']]);
  });
  it('names no event for a plan or a plural class of events', () => {
    expect(facts('The next meeting of the working group will be held in May.').events).toEqual([]);
    expect(facts('The participants discussed tools such as local referendums, public hearings and petitions.').events).toEqual([]);
  });
  it('leaves out a place between the trigger and its topic, and keeps a written ordinal', () => {
    expect(facts('On 2 April, the mayors and GIZ held a working meeting in Lviv on district heating.').events.map((e) => [e.name, e.kind]))
      .toEqual([['working meeting on district heating', 'working meeting']]);
    expect(facts('Mayors took part in the 44th Session of the Congress of Local and Regional Authorities on 20 March 2024.').events.map((e) => e.name))
      .toEqual(['44th Session of the Congress of Local and Regional Authorities']);
  });
  it('reads "on Wednesday" after a place as the date, not the topic', () => {
    expect(facts('At a press briefing in Odesa on Wednesday, the minister said that 40 hromadas will receive grants.').events.map((e) => [e.name, e.startDate]))
      .toEqual([['press briefing', '2024-04-17']]);
  });
  it('takes a bare event a dated sentence says took place, and the forum named at it', () => {
    const f = facts('Yesterday, a meeting took place at the Ministry.\nAt the meeting, Deputy Minister Olha Savchuk said that funding will grow.');
    expect(f.events.map((e) => [e.name, e.startDate])).toEqual([['meeting', '2024-04-17']]);
    expect(f.relations.filter((r) => r.type === 'SPOKE_AT').map((r) => r.to)).toEqual(['meeting']);
  });
  it('reads a telethon a speaker appeared on as a broadcast', () => {
    const f = facts('Speaking on the national telethon "United News" on Tuesday, Deputy Minister Petro Hnatiuk said that 70 hromadas will get new schools.');
    expect(f.events.map((e) => [e.name, e.kind, e.startDate])).toEqual([['national telethon "United News"', 'broadcast', '2024-04-16']]);
  });
});
