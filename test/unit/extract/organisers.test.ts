import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';
import { townAdjective } from '../../../src/extract/geo-data.js';

function organised(body: string, lang: 'uk' | 'en' = 'uk'): string[] {
  const f = extractArticle(ParsedArticle.parse({ lang, body, publishedAt: '2025-03-01' }));
  return f.relations.filter((r) => r.type === 'ORGANISED').map((r) => r.from);
}

describe('organisers', () => {
  it('reads a joint subject before "провели"', () => {
    expect(organised('10 лютого 2025 року Міністерство фінансів України спільно з Асоціацією міст України провели семінар щодо місцевих бюджетів.').sort())
      .toEqual(['Асоціація міст України', 'Міністерство фінансів України']);
  });
  it('reads the agents after a passive participle, up to the funder', () => {
    expect(organised('4 березня 2025 року у Луцьку відбувся форум громад, організований Всеукраїнською асоціацією громад спільно з Програмою розвитку ООН за підтримки Уряду Швеції.'))
      .toEqual(['Всеукраїнська асоціація громад', 'Програма розвитку ООН']);
  });
  it('reads "organised by X and Y" in a sentence that refers back to the event', () => {
    expect(organised('On 5 March 2025, a conference on hromada budgets took place in Lutsk. It was organised by the Volyn Oblast Military Administration and UNDP with funding from the Government of Japan.', 'en'))
      .toEqual(['Волинська обласна військова адміністрація', 'Програма розвитку ООН']);
  });
  it('takes a programme named before "held" but not the donor that qualifies it', () => {
    expect(organised('On 5 March 2025, the USAID HOVERLA Activity held a training for starostas in Lutsk.', 'en')).toEqual(['HOVERLA']);
  });
  it('does not read the verb "decide" as the DECIDE programme', () => {
    const f = extractArticle(ParsedArticle.parse({ lang: 'en', body: 'Residents must decide local issues directly.', publishedAt: '2025-03-01' }));
    expect(f.projects).toEqual([]);
  });
  it('forms the adjective of a town in -ія', () => {
    expect(townAdjective('Балаклія')).toBe('Балаклійська');
  });
});

describe('organisers read around longer names and qualifying donors', () => {
  it('reads a subject whose name runs past the recognised span ("… of Ukraine", "… with Europe Programme")', () => {
    expect(organised('On 3 June 2025, the Ministry of Finance of Ukraine and the U-LEAD with Europe Programme held a webinar on budget planning for hromadas.', 'en').sort())
      .toEqual(['Міністерство фінансів України', 'U-LEAD з Європою'].sort());
  });
  it('drops a donor that only qualifies the programme after "organised by"', () => {
    const got = organised('On 3 June 2025, a forum of starostas took place in Vinnytsia. It was organised by the USAID/UKaid DOBRE Programme together with the Ministry of Finance of Ukraine.', 'en');
    expect(got).toContain('DOBRE');
    expect(got).toContain('Міністерство фінансів України');
    expect(got).not.toContain('Агентство США з міжнародного розвитку');
  });
});
