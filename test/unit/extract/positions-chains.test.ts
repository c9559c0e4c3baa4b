// Positions as real news writes them: lists of titled people, two titles for one person, bodies named by reference
// or in the sentence before, bodies with quoted names, regional branches, a ministry's departments. Invented people.
import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

function facts(body: string, lang: 'uk' | 'en' = 'uk') {
  const f = extractArticle(ParsedArticle.parse({ lang, body, publishedAt: '2025-03-01' }));
  const orgs = f.organizations.map((o) => `${o.name} [${o.kind}]`);
  const at = (name: string): string[] => (f.persons.find((p) => p.name === name)?.positions ?? []).map((p) => p.organization).sort();
  return { orgs, at };
}

describe('Ukrainian: lists and chains of titles', () => {
  it('gives the title before the next name to that person, and folds a ministry\'s department into the title', () => {
    const f = facts('У нараді взяли участь народний депутат України Степан Мороз, заступниця директора Департаменту житлової політики Міністерства розвитку громад та територій України Олена Гнатюк та голови громад.');
    expect(f.at('Степан Мороз')).toEqual(['Верховна Рада України']);
    expect(f.at('Олена Гнатюк')).toEqual(['Міністерство розвитку громад та територій України']);
    expect(f.orgs.some((o) => o.startsWith('Департамент житлової політики'))).toBe(false);
  });
  it('reads two titles of one person', () => {
    const f = facts('Народна депутатка України, членкиня Комітету Верховної Ради України з питань бюджету Ганна Литвин розповіла про зміни до Бюджетного кодексу.');
    expect(f.at('Ганна Литвин')).toEqual(['Верховна Рада України', 'Комітет Верховної Ради України з питань бюджету']);
  });
  it('does not take a title that belongs to the next name in a list', () => {
    const f = facts('Участь у форумі взяли Іван Сидоренко, голова Лубенської районної ради Тарас Гуменюк та інші.');
    expect(f.at('Іван Сидоренко')).toEqual([]);
    expect(f.at('Тарас Гуменюк')).toEqual(['Лубенська районна рада']);
  });
});

describe('Ukrainian: councils and hromadas named by reference', () => {
  it('resolves "міський голова" and "заступниця міського голови з питань …" to the council the article names', () => {
    const f = facts([
      'Відбулася позачергова сесія Бобринецької міської ради.',
      'Сесію відкрив міський голова Андрій Ковтун.',
      'Заступниця міського голови з питань діяльності виконавчих органів ради Ірина Сало доповіла про ремонт шкіл.',
    ].join('\n'));
    expect(f.at('Андрій Ковтун')).toEqual(['Бобринецька міська рада']);
    expect(f.at('Ірина Сало')).toEqual(['Бобринецька міська рада']);
  });
  it('keeps the convocation out of a council\'s name and follows a chain through a title with no body', () => {
    const f = facts([
      'У Сумах відбулася сесія Сумської обласної ради восьмого скликання.',
      'Сесію вів голова обласної ради Іван Гуща.',
      'Депутат обласної ради, голова постійної комісії з питань освіти Олег Марченко запропонував зміни.',
    ].join('\n'));
    expect(f.orgs).toContain('Сумська обласна рада [COUNCIL]');
    expect(f.orgs.some((o) => /скликання/.test(o))).toBe(false);
    expect(f.at('Іван Гуща')).toEqual(['Сумська обласна рада']);
    expect(f.at('Олег Марченко')).toEqual(['Сумська обласна рада']);
  });
  it('resolves "очільниця громади" to the hromada the sentence before names, though the article names others', () => {
    const f = facts([
      'Окремо йшлося про досвід Новоушицької громади.',
      'Очільниця громади Марія Бойко розповіла про гранти на укриття.',
      'У Дунаєвецькій та Віньковецькій громадах таких фахівців немає.',
    ].join('\n'));
    expect(f.at('Марія Бойко')).toEqual(['Новоушицька територіальна громада']);
  });
  it('does not move a person to another body of the same kind when the surname is repeated with "ОВА"', () => {
    const f = facts([
      'Взяли участь перша заступниця начальника Рівненської обласної військової адміністрації Оксана Поліщук та заступниця начальника Волинської обласної військової адміністрації Ніна Гай.',
      'Перша заступниця начальника ОВА Поліщук наголосила на потребі в кадрах.',
    ].join('\n'));
    expect(f.at('Оксана Поліщук')).toEqual(['Рівненська обласна військова адміністрація']);
  });
});

describe('Ukrainian: bodies with quoted names, regional branches, consulates', () => {
  it('names a municipal enterprise and an NGO by their type and quoted name', () => {
    const f = facts([
      'Про нові тарифи доповіла директорка комунального підприємства «Теплоенерго» Світлана Кравець.',
      'Голова громадської організації «Зелене місто» Павло Дорош звернув увагу на озеленення.',
    ].join('\n'));
    expect(f.orgs).toContain('Комунальне підприємство «Теплоенерго» [OTHER]');
    expect(f.orgs).toContain('Громадська організація «Зелене місто» [NGO]');
    expect(f.at('Світлана Кравець')).toEqual(['Комунальне підприємство «Теплоенерго»']);
    expect(f.at('Павло Дорош')).toEqual(['Громадська організація «Зелене місто»']);
  });
  it('lists a regional branch of an association as its own body, with the association as its parent', () => {
    const f = facts([
      'У Житомирі відбулося засідання Житомирського регіонального відділення Асоціації міст України.',
      'Засідання провела голова відділення, Бердичівська міська голова Олена Ткачук.',
      'Досвідом поділився керівник Сумського регіонального відділення АМУ Віктор Лях.',
    ].join('\n'));
    const branch = 'Житомирське регіональне відділення Асоціації міст України';
    expect(f.orgs).toContain(`${branch} [ASSOCIATION]`);
    expect(f.orgs).toContain('Асоціація міст України [ASSOCIATION]');
    expect(f.at('Олена Ткачук')).toEqual(['Бердичівська міська рада', branch]);
    expect(f.at('Віктор Лях')).toEqual(['Сумське регіональне відділення Асоціації міст України']);
  });
  it('reads a body followed by the title\'s issues ("експертка АМУ з питань освіти X")', () => {
    const f = facts('Доповідь зробила експертка Асоціації міст України з питань освіти Дарина Мельник.');
    expect(f.at('Дарина Мельник')).toEqual(['Асоціація міст України']);
  });
  it('places a consul general at the consulate general in the named city', () => {
    const f = facts('До учасників звернувся Генеральний консул Угорщини в Ужгороді Петро Коваль.');
    expect(f.at('Петро Коваль')).toEqual(['Генеральне консульство Угорщини в Ужгороді']);
  });
  it('keeps a special envoy of a government at the government, not its embassy', () => {
    const f = facts('Відбувся візит спеціального посланника Уряду Швеції з питань відновлення України Петра Коваля до Сумської області.');
    expect(f.at('Петро Коваль')).toEqual(['Уряд Швеції']);
  });
});

describe('English: chains, descriptors and references', () => {
  it('reads "Member of Parliament" and a committee chair after it', () => {
    const f = facts('Roman Tkach, Member of Parliament, Chair of the Committee on State Power Organisation, Local Self-Government, Regional Development and Urban Planning, spoke about the draft law.', 'en');
    expect(f.at('Роман Ткач')).toEqual([
      'Верховна Рада України',
      'Комітет Верховної Ради України з питань організації державної влади, місцевого самоврядування, регіонального розвитку та містобудування',
    ]);
  });
  it('reads a country or EU descriptor of an ambassador and a town before "Mayor"', () => {
    const f = facts([
      'EU Ambassador to Ukraine Oksana Levchuk opened the forum.',
      'Danish Ambassador Iryna Holub also took part.',
      'Kovel Mayor Ihor Bondar welcomed the guests.',
    ].join('\n'), 'en');
    expect(f.at('Оксана Левчук')).toEqual(['Представництво Європейського Союзу в Україні']);
    expect(f.at('Ірина Голуб')).toEqual(['Посольство Данії в Україні']);
    expect(f.at('Ігор Бондар')).toEqual(['Ковельська міська рада']);
  });
  it('reads a ministry whose English name lists words with commas before the name', () => {
    const f = facts('Deputy Minister for Communities, Territories and Infrastructure Development of Ukraine Oleh Savchuk noted that funding will grow.', 'en');
    expect(f.at('Олег Савчук')).toEqual(['Міністерство розвитку громад, територій та інфраструктури України']);
  });
  it('resolves "Its Deputy Head, X" to the body the previous sentence opens with', () => {
    const f = facts([
      'The Rivne Oblast Military Administration co-organised the forum with the Association of Ukrainian Cities.',
      'Its Deputy Head, Petro Klymchuk, noted that the hromadas had prepared 90 projects.',
    ].join('\n'), 'en');
    expect(f.at('Петро Климчук')).toEqual(['Рівненська обласна військова адміністрація']);
  });
  it('resolves "The Ministry was represented by its …, X" to the ministry the article names', () => {
    const f = facts([
      'The Ministry of Finance of Ukraine hosted the meeting on Monday.',
      'The Ministry was represented by its Director General for Budget Policy, Yurii Moroz.',
    ].join('\n'), 'en');
    expect(f.at('Юрій Мороз')).toEqual(['Міністерство фінансів України']);
  });
  it('reads a possessive body ("Sida\'s Head of Unit") and a foreign ministry named with a possessive', () => {
    const f = facts([
      'Denmark\'s Ministry for Foreign Affairs was represented by its State Secretary for Development, Iryna Lysenko.',
      'Sida\'s Head of Unit for Ukraine, Olena Shvets, also took part.',
    ].join('\n'), 'en');
    expect(f.at('Ірина Лисенко')).toEqual(['Міністерство закордонних справ Данії']);
    expect(f.at('Олена Швець')).toEqual(['Шведське агентство міжнародного співробітництва з питань розвитку']);
  });
  it('stops a chain of titles at a plural head and gives a named project\'s staff no position at its donor', () => {
    const f = facts([
      'Olha Kravets, Deputy Head of the Poltava Oblast Military Administration, representatives of the Association of Ukrainian Cities and heads of hromadas took part.',
      'Ivan Petrenko, Team Leader of the USAID SPRING Activity, welcomed the participants.',
    ].join('\n'), 'en');
    expect(f.at('Ольга Кравець')).toEqual(['Полтавська обласна військова адміністрація']);
    expect(f.at('Іван Петренко')).toEqual([]);
  });
  it('names a regional branch of an association in English by its Ukrainian name', () => {
    const f = facts('Olena Marchuk, Head of the Executive Directorate of the Rivne Regional Branch of the Association of Ukrainian Cities, presented a survey.', 'en');
    const branch = 'Рівненське регіональне відділення Асоціації міст України';
    expect(f.orgs).toContain(`${branch} [ASSOCIATION]`);
    expect(f.at('Олена Марчук')).toEqual([branch]);
  });
});
