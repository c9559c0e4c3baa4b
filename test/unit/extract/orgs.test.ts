import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';
import { findOrgMentions } from '../../../src/extract/orgs.js';
import { tokenise } from '../../../src/extract/tokens.js';
import { latinTownAdjective, townAdjective } from '../../../src/extract/geo-data.js';

/** Organisations of one sentence as "KIND:name", parents named inside others marked with ^. */
function orgs(text: string): string[] {
  return findOrgMentions(tokenise(text), text, 0).map((m) => `${m.nested ? '^' : ''}${m.kind}:${m.name}`);
}

function article(body: string, lang: 'uk' | 'en' = 'uk'): ReturnType<typeof extractArticle> {
  return extractArticle(ParsedArticle.parse({ lang, body, publishedAt: '2025-03-01' }));
}

describe('organisations in Ukrainian text', () => {
  it('matches a name written with a comma inside, in any case', () => {
    expect(orgs('Представники Міністерства розвитку громад, територій та інфраструктури України взяли участь.'))
      .toEqual(['MINISTRY:Міністерство розвитку громад, територій та інфраструктури України']);
  });
  it('lists the parent named inside a known body', () => {
    expect(orgs('Угоду підписано з Конгресом місцевих та регіональних влад Ради Європи.'))
      .toEqual(['INTERNATIONAL_ORGANIZATION:Конгрес місцевих та регіональних влад Ради Європи', '^INTERNATIONAL_ORGANIZATION:Рада Європи']);
  });
  it('names a department with its council, and the council as its parent', () => {
    expect(orgs('Управління освіти Ковельської міської ради оголосило конкурс.'))
      .toEqual(['LOCAL_ADMINISTRATION:Управління освіти Ковельської міської ради', '^COUNCIL:Ковельська міська рада']);
  });
  it('reads a service centre by abbreviation with its owner, but not the class of centres', () => {
    expect(orgs('ЦНАП Бородянської селищної ради відкрив віддалене робоче місце.'))
      .toEqual(['LOCAL_ADMINISTRATION:Центр надання адміністративних послуг Бородянської селищної ради', '^COUNCIL:Бородянська селищна рада']);
    expect(orgs('Послуги можна отримати в ЦНАП.')).toEqual([]);
  });
  it('tells national advisory councils from local councils, and skips plural councils', () => {
    expect(orgs('Засідання Національної ради з відновлення відбулося вчора.')).toEqual(['GOVERNMENT_BODY:Національна рада з відновлення']);
    expect(orgs('Засідання Ірпінської міської ради відбулося вчора.')).toEqual(['COUNCIL:Ірпінська міська рада']);
    expect(orgs('Обласні ради сьогодні не мають доходів.')).toEqual([]);
  });
  it('names a committee of parliament with the parliament inside', () => {
    const found = orgs('Комітет Верховної Ради України з питань бюджету провів слухання.');
    expect(found[0]).toBe('GOVERNMENT_BODY:Комітет Верховної Ради України з питань бюджету');
    expect(found).toContain('^GOVERNMENT_BODY:Верховна Рада України');
  });
  it('takes the hromada adjective, not a starosta district before it', () => {
    expect(orgs('Староста Іванівського старостинського округу Бучанської громади виступила.')).toEqual(['HROMADA:Бучанська територіальна громада']);
  });
  it('finds oblasts named as territories, one or a list, but not inside an institution', () => {
    expect(orgs('Громади Вінницької області подали заявки.')).toEqual(['OBLAST:Вінницька область']);
    expect(orgs('Громади Сумської, Чернігівської та Харківської областей подали заявки.'))
      .toEqual(['OBLAST:Сумська область', 'OBLAST:Чернігівська область', 'OBLAST:Харківська область']);
    expect(orgs('Господарський суд Львівської області ухвалив рішення.')).toEqual(['COURT:Господарський суд Львівської області']);
  });
  it('keeps a regional office of a central agency as one body', () => {
    expect(orgs('Позов подало Головне управління Держгеокадастру у Волинській області.'))
      .toEqual(['GOVERNMENT_BODY:Головне управління Держгеокадастру у Волинській області']);
  });
  it('reads embassies, foreign governments and donor countries from the country table', () => {
    expect(orgs('Зустріч з послом Посольства Норвегії Олегом Петренком.')).toEqual(['EMBASSY:Посольство Норвегії в Україні']);
    expect(orgs('Проєкт фінансує Уряд Канади.')).toEqual(['DONOR:Уряд Канади']);
    expect(orgs('Громада подякувала Данії за підтримку.')).toEqual(['DONOR:Данія']);
    expect(orgs('Делегація побувала у Данії.')).toEqual([]);
  });
  it('does not read a verbal noun as an adjective of a court', () => {
    expect(orgs('Рішення суду набрало чинності.')).toEqual([]);
  });
});

describe('organisations in English text', () => {
  it('gives oblast and city bodies their Ukrainian names', () => {
    expect(orgs('The Kherson Oblast Military Administration joined.')).toEqual(['LOCAL_ADMINISTRATION:Херсонська обласна військова адміністрація']);
    expect(orgs('Representatives of Lutsk, Rivne and Kovel city councils took part.'))
      .toEqual(['COUNCIL:Луцька міська рада', 'COUNCIL:Рівненська міська рада', 'COUNCIL:Ковельська міська рада']);
    expect(orgs('Hromadas of Volyn and Rivne oblasts took part.')).toEqual(['OBLAST:Волинська область', 'OBLAST:Рівненська область']);
    expect(orgs('Heads of 20 oblasts attended.')).toEqual([]);
  });
  it('reads a hromada named in Latin script', () => {
    expect(orgs('The Baryshivka hromada opened a school.')).toEqual(['HROMADA:Баришівська територіальна громада']);
  });
  it('turns a town into the adjective of its council', () => {
    expect(townAdjective('Решетилівка')).toBe('Решетилівська');
    expect(townAdjective('Краматорськ')).toBe('Краматорська');
    expect(townAdjective('Полтава')).toBe('Полтавська');
    expect(latinTownAdjective('Mykolaiv')).toBe('Миколаївська');
    expect(latinTownAdjective('Lviv')).toBe('Львівська');
  });
});

describe('organisations in an article', () => {
  it('uses canonical donor names and lists parents', () => {
    const f = article('Програму фінансує USAID. Представництво ЄС в Україні підтримало ініціативу.');
    const names = f.organizations.map((o) => `${o.kind}:${o.name}`);
    expect(names).toEqual(expect.arrayContaining([
      'DONOR:Агентство США з міжнародного розвитку', 'EMBASSY:Представництво Європейського Союзу в Україні',
      'INTERNATIONAL_ORGANIZATION:Європейський Союз',
    ]));
  });
});
