import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

// Invented examples: other bodies, places, people and word orders than the dev articles.
function facts(body: string, publishedAt: string | null = '2024-04-18'): ReturnType<typeof extractArticle> {
  return extractArticle(ParsedArticle.parse({ lang: 'uk', body, publishedAt }));
}
function events(body: string, publishedAt: string | null = '2024-04-18'): string[] {
  return facts(body, publishedAt).events.map((e) => `${e.name} @${e.startDate ?? '?'}`);
}

describe('Ukrainian event names: the whole noun phrase, in the nominative, without its preposition', () => {
  it('keeps the genitive chain of a board meeting read from "в ході …"', () => {
    expect(events('В ході засідання правління Закарпатського регіонального відділення Асоціації міст України 16 квітня голова відділення Богдан Андрієвський наголосив на потребі укриттів.'))
      .toEqual(['засідання правління Закарпатського регіонального відділення Асоціації міст України @2024-04-16']);
  });
  it('ends the name where the clause\'s subject begins, plural or titled', () => {
    expect(events('За результатами засідання виконавчого комітету Бучанської міської ради 2 квітня члени виконкому ухвалили рішення.'))
      .toEqual(['засідання виконавчого комітету Бучанської міської ради @2024-04-02']);
    expect(events('На засіданні Палати місцевих влад у Страсбурзі 9 квітня українська делегація представила доповідь.'))
      .toEqual(['засідання Палати місцевих влад у Страсбурзі @2024-04-09']);
    expect(events('На засіданні колегії обласної державної адміністрації 5 квітня заступниця голови Олена Кравець повідомила про ремонт шкіл.'))
      .toEqual(['засідання колегії обласної державної адміністрації @2024-04-05']);
  });
  it('keeps an issues complement, a year and a place', () => {
    expect(events('Вчора відбулася робоча нарада щодо формування мережі ліцеїв на 2025–2026 роки.'))
      .toEqual(['робоча нарада щодо формування мережі ліцеїв на 2025–2026 роки @2024-04-17']);
    expect(events('12 квітня відбулися громадські слухання щодо перейменування вулиць у Фастові.'))
      .toEqual(['громадські слухання щодо перейменування вулиць у Фастові @2024-04-12']);
  });
  it('names a signing with its document and parties', () => {
    expect(events('Позавчора в Луцьку відбулося підписання угоди про партнерство між Луцькою міською радою та містом Люблін.'))
      .toEqual(['підписання угоди про партнерство між Луцькою міською радою та містом Люблін @2024-04-16']);
  });
  it('names a briefing by the officials that held it, genitive names included', () => {
    expect(events('12 березня відбувся спільний брифінг голови Харківської обласної державної адміністрації Олега Синєгубова та Посла Франції в Україні Гаеля Вессьєра.'))
      .toEqual(['спільний брифінг голови Харківської обласної державної адміністрації Олега Синєгубова та Посла Франції в Україні Гаеля Вессьєра @2024-03-12']);
  });
  it('names a broadcast by its channel or show, indeclinable ones too', () => {
    const f = facts('Вчора в ефірі Українського радіо голова Конотопської громади Артем Семенихін розповів про підготовку до зими.');
    expect(f.events.map((e) => [e.name, e.kind, e.startDate])).toEqual([['ефір Українського радіо', 'ефір', '2024-04-17']]);
    expect(f.relations.filter((r) => r.type === 'SPOKE_AT').map((r) => r.to)).toEqual(['ефір Українського радіо']);
  });
  it('reads the other spelling of a broadcast ("етер")', () => {
    expect(events('Учора в етері телемарафону «Єдині новини» заступниця міністра Олена Гнатюк розповіла про програму.'))
      .toEqual(['етер телемарафону «Єдині новини» @2024-04-17']);
  });
  it('keeps a name in brackets and a quoted title', () => {
    expect(events('15 квітня у Києві відбулися Загальні збори (Конференція) Спілки громадських організацій «Асоціація прикордонних громад».'))
      .toEqual(['Загальні збори (Конференція) Спілки громадських організацій «Асоціація прикордонних громад» @2024-04-15']);
    expect(events('Круглий стіл на тему «Громади і ветерани» відбувся 10 квітня в Черкасах.'))
      .toEqual(['круглий стіл на тему «Громади і ветерани» @2024-04-10']);
  });
  it('expands a body named only by its head word to the full name given before it', () => {
    expect(events('3 квітня під головуванням голови Спілки сільських громад Поділля Івана Лози відбулося засідання ради Спілки.'))
      .toEqual(['засідання ради Спілки сільських громад Поділля @2024-04-03']);
  });
  it('reads the kind with its adjective where the adjective makes the kind', () => {
    const f = facts('У понеділок відбулося пленарне засідання 12-ї сесії Ірпінської міської ради.');
    expect(f.events.map((e) => [e.name, e.kind])).toEqual([['пленарне засідання 12-ї сесії Ірпінської міської ради', 'пленарне засідання']]);
  });
  it('reads a launch of a programme\'s next phase as its presentation', () => {
    expect(events('Онлайн-презентацію третього етапу програми «Громади-партнери» провели 9 квітня.'))
      .toEqual(['онлайн-презентація третього етапу програми «Громади-партнери» @2024-04-09']);
  });
});

describe('Ukrainian events reported by a verb', () => {
  it('reads "зустрівся з" as a meeting', () => {
    expect(events('У середу міністр Олексій Кулеба зустрівся з головою Представництва ЄС в Україні.'))
      .toEqual(['зустріч з головою Представництва ЄС в Україні @2024-04-17']);
  });
  it('reads "з (робочим) візитом" as a visit to the place named around it', () => {
    expect(events('У четвер Посол Японії з робочим візитом відвідав Чернігівщину.')).toEqual(['робочий візит до Чернігівщини @2024-04-18']);
    expect(events('Черкаську область з візитом відвідала Посолка Канади 3 квітня.')).toEqual(['візит до Черкаської області @2024-04-03']);
    expect(events('До Полтавської області з дводенним візитом прибула делегація Литви 2 квітня.')).toEqual(['дводенний візит до Полтавської області @2024-04-02']);
  });
  it('reads a signed document as its signing, before or after the verb', () => {
    expect(events('Сьогодні Меморандум про співпрацю підписали голова обласної ради Іван Мороз та директор фонду Петро Лисенко.'))
      .toEqual(['підписання меморандуму про співпрацю @2024-04-18']);
    expect(events('11 квітня Вінницька міська рада та Фонд «Партнерство» підписали угоду про співпрацю.'))
      .toEqual(['підписання угоди про співпрацю @2024-04-11']);
  });
  it('keeps one event when a later sentence refers back to the signing', () => {
    const f = facts('11 квітня у Рівному відбулося підписання меморандуму про співпрацю між Рівненською міською радою та Фондом «Партнерство».\nМеморандум підписали Іван Мороз та Петро Лисенко. Підписання засвідчив Андрій Коваль.');
    expect(f.events.map((e) => e.name)).toEqual(['підписання меморандуму про співпрацю між Рівненською міською радою та Фондом «Партнерство»']);
  });
});

describe('which mentions are events', () => {
  it('takes an event named only in a locative phrase where something is said', () => {
    const f = facts('Під час наради з питань безпеки дорожнього руху заступник голови Тарас Вишня наголосив на ремонті мостів.');
    expect(f.events.map((e) => e.name)).toEqual(['нарада з питань безпеки дорожнього руху']);
    expect(f.relations.filter((r) => r.type === 'SPOKE_AT').map((r) => r.from)).toEqual(['Тарас Вишня']);
  });
  it('names no event for a plan, a contest or a part of another event', () => {
    expect(events('Наступне засідання правління заплановано на 15 травня.')).toEqual([]);
    expect(events('Громади запрошують до участі в конкурсі проєктів 20 травня.')).toEqual([]);
    expect(events('12 квітня у Вінниці відбувся форум «Громади разом».\nУ межах форуму відбулася сесія з психологом.'))
      .toEqual(['форум «Громади разом» @2024-04-12']);
  });
  it('gives no date when the text gives none, and none for "минулого тижня"', () => {
    expect(events('Минулого тижня відбулося засідання робочої групи з питань освіти.')).toEqual(['засідання робочої групи з питань освіти @?']);
    expect(events('Днями відбулося засідання робочої групи з питань освіти.', null)).toEqual(['засідання робочої групи з питань освіти @?']);
  });
  it('merges a headline and the sentence naming the event in full', () => {
    const f = facts('Волинська ОВА провела нараду з головами громад\nВчора у Луцьку відбулася нарада з головами громад Волинської області щодо підготовки до опалювального сезону.');
    expect(f.events.map((e) => [e.name, e.startDate])).toEqual([['нарада з головами громад Волинської області щодо підготовки до опалювального сезону', '2024-04-17']]);
  });
});
