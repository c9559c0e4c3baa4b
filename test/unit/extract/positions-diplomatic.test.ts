// Diplomatic titles, titles whose body is named elsewhere in the article, and the body of an English title.
import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

function orgsOf(f: ReturnType<typeof extractArticle>): Record<string, string[]> {
  return Object.fromEntries(f.persons.map((p) => [p.name, p.positions.map((q) => q.organization)]));
}
function positions(body: string, lang: 'uk' | 'en' = 'uk'): Record<string, string[]> {
  return orgsOf(extractArticle(ParsedArticle.parse({ lang, body, publishedAt: '2024-06-12' })));
}

describe('diplomats serve at their country\'s embassy', () => {
  it('reads the formal and the short country name, either gender, any case', () => {
    const p = positions([
      'Громаду відвідала Посолка Королівства Данія в Україні Олена Бойчук.',
      'Зустріч провів із Послом Норвегії в Україні Тарасом Мельником голова громади.',
      'Меморандум засвідчив радник-посланник Посольства Латвійської Республіки в Україні Іван Ковальчук.',
    ].join('\n'));
    expect(p['Олена Бойчук']).toEqual(['Посольство Данії в Україні']);
    expect(p['Тарас Мельник']).toEqual(['Посольство Норвегії в Україні']);
    expect(p['Іван Ковальчук']).toEqual(['Посольство Латвійської Республіки в Україні']);
  });
  it('reads English ambassadors in apposition and a chargé d\'affaires by the embassy the sentence names', () => {
    const p = positions([
      'The Ambassador of Norway to Ukraine, Olena Boichuk, opened the forum.',
      'Taras Melnyk, Ambassador of the Republic of Latvia to Ukraine, spoke about municipal cooperation.',
      'The memorandum with the Embassy of Denmark in Ukraine was signed by Ivan Kovalchuk, Chargé d\'affaires a.i., on Monday.',
    ].join('\n'), 'en');
    expect(Object.values(p)).toEqual([['Посольство Норвегії в Україні'], ['Посольство Латвійської Республіки в Україні'], ['Посольство Данії в Україні']]);
  });
});

describe('titles whose body is named elsewhere', () => {
  it('resolves a bare deputy minister to the ministry the article names', () => {
    const p = positions([
      'Міністерство фінансів України провело нараду з громадами.',
      'Нараду очолила заступниця міністра Марія Гнатюк.',
    ].join('\n'));
    expect(p['Марія Гнатюк']).toEqual(['Міністерство фінансів України']);
  });
  it('resolves "облдержадміністрації" and "ОВА" to the oblast administration the article names', () => {
    const p = positions([
      'У Рівненській обласній державній адміністрації обговорили план.',
      'Нараду провів перший заступник голови облдержадміністрації Андрій Савчук.',
      'Участь взяла також заступниця начальника ОВА Ірина Климук.',
    ].join('\n'));
    expect(p['Андрій Савчук']).toEqual(['Рівненська обласна державна адміністрація']);
    expect(p['Ірина Климук']).toEqual(['Рівненська обласна державна адміністрація']);
  });
  it('starts the title at its head, not at an earlier adjective of the sentence', () => {
    const p = positions('Першим слово взяв виконавчий директор УАРОР Петро Савчук.');
    expect(p['Петро Савчук']).toEqual(['Українська асоціація районних та обласних рад']);
  });
  it('reads a ministry whose name lists its parts with commas', () => {
    const p = positions('Форум відкрив заступник Міністра розвитку громад, територій та інфраструктури України Роман Гуменюк.');
    expect(p['Роман Гуменюк']).toEqual(['Міністерство розвитку громад, територій та інфраструктури України']);
  });
});

describe('English titles', () => {
  it('gives the head of a hromada the hromada, not the oblast it lies in', () => {
    const p = positions('The experience was presented by Oksana Lytvyn, Head of the Velyka Dymerka hromada of Kyiv oblast.', 'en');
    expect(Object.values(p)).toEqual([['Великодимерська територіальна громада']]);
  });
  it('reads capitalised descriptors and the body named before the title', () => {
    const p = positions([
      'Petro Savchuk, Country Director of UNDP in Ukraine, opened the conference.',
      'Yesterday, AUC Executive Director Ivan Moroz met the mayors.',
    ].join('\n'), 'en');
    expect(Object.values(p)).toEqual([['Програма розвитку ООН'], ['Асоціація міст України']]);
  });
});
