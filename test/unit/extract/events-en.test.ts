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
