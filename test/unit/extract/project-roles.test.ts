import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

function roles(body: string, lang: 'uk' | 'en' = 'uk'): string[] {
  const f = extractArticle(ParsedArticle.parse({ lang, body, publishedAt: '2025-03-01' }));
  return f.relations.filter((r) => r.type === 'FUNDS' || r.type === 'IMPLEMENTS').map((r) => `${r.type} ${r.from} → ${r.to}`);
}

describe('funders and implementers of projects', () => {
  it('reads "funded by X and implemented by Y"', () => {
    expect(roles('DECIDE is funded by Switzerland and implemented by the NGO DOCCU – Development and Cooperation.', 'en'))
      .toEqual(['FUNDS Швейцарія → DECIDE', 'IMPLEMENTS DOCCU – Development and Cooperation → DECIDE']);
  });
  it('reads Ukrainian word order: "Програму фінансує X, а впроваджує Y"', () => {
    expect(roles('Програму Polaris фінансує Уряд Швеції, а впроваджує SKL International.'))
      .toEqual(['FUNDS Уряд Швеції → Polaris', 'IMPLEMENTS SKL International → Polaris']);
  });
  it('reads the implementer before "реалізує" and the funder after "за фінансування"', () => {
    expect(roles('Тренінг проведено в межах проєкту «Доступ до послуг», який ПРООН реалізує за фінансування Уряду Японії.'))
      .toEqual(['FUNDS Уряд Японії → Доступ до послуг', 'IMPLEMENTS Програма розвитку ООН → Доступ до послуг']);
  });
  it('gives "the GIZ project" to GIZ as implementer, and "The project is funded by" to the project before', () => {
    expect(roles([
      'Olena Shevchuk, Head of the GIZ project “Energy Efficiency in Municipalities”, spoke.',
      'The project is funded by the German Federal Ministry for Economic Cooperation and Development (BMZ).',
    ].join('\n'), 'en')).toEqual([
      'IMPLEMENTS Німецьке товариство міжнародного співробітництва → Energy Efficiency in Municipalities',
      'FUNDS Федеральне міністерство економічного співробітництва та розвитку Німеччини → Energy Efficiency in Municipalities',
    ]);
  });
  it('names no roles in a sentence about something else', () => {
    expect(roles('Громада фінансує ремонт школи з місцевого бюджету.')).toEqual([]);
  });
});
