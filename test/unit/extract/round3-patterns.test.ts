// Patterns of the third round of rules (fresh dev articles 170–205), each with examples of its own: consuls
// general and chargés d'affaires in English, administrations named by level only, possessive titles, -ар titles,
// moderators of a whole event, launches of a programme's phase, "the diplomat said".
import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

function facts(body: string, lang: 'uk' | 'en'): ReturnType<typeof extractArticle> {
  return extractArticle(ParsedArticle.parse({ lang, body, publishedAt: '2023-09-14' }));
}
function orgsOf(f: ReturnType<typeof extractArticle>): Record<string, string[]> {
  return Object.fromEntries(f.persons.map((p) => [p.name, p.positions.map((q) => q.organization)]));
}
const rel = (f: ReturnType<typeof extractArticle>, type: string): string[] =>
  f.relations.filter((r) => r.type === type).map((r) => `${r.from} → ${r.to}`);

describe('English diplomatic posts', () => {
  it('places a consul general at the consulate in the city named, before or after the name', () => {
    const f = facts([
      'Consul General of Hungary in Uzhhorod Gabor Szabo visited the Berehove hromada on Friday.',
      'Piotr Zielinski, Consul General of the Republic of Poland in Vinnytsia, opened the exhibition.',
    ].join('\n'), 'en');
    const p = orgsOf(f);
    expect(Object.values(p)).toEqual([['Генеральне консульство Угорщини в Ужгороді'], ['Генеральне консульство Республіки Польща у Вінниці']]);
  });
  it('reads a chargé d\'affaires a.i. before the name and keeps the name whole', () => {
    const f = facts('A meeting with Chargé d\'affaires a.i. of the Embassy of Finland in Ukraine Aino Virtanen took place in Sumy on Monday.', 'en');
    expect(f.persons.map((p) => p.nameEn)).toEqual(['Aino Virtanen']);
    expect(Object.values(orgsOf(f))).toEqual([['Посольство Фінляндії в Україні']]);
  });
  it('reads a minister counsellor at the embassy of a state named formally', () => {
    const f = facts('Greta Vogel, Minister Counsellor of the Embassy of the Federal Republic of Germany in Ukraine, addressed the forum.', 'en');
    expect(f.persons[0]?.positions).toEqual([{ title: 'радник-посланник', organization: 'Посольство Федеративної Республіки Німеччина в Україні' }]);
  });
});

describe('English local bodies and mayors', () => {
  it('reads settlement and village military administrations and a hyphenated city', () => {
    const p = orgsOf(facts([
      'Ihor Lytvyn, Head of the Makariv Settlement Military Administration, said that the school had reopened.',
      'Roman Shved, mayor of Kamianets-Podilskyi, said the city would join the programme.',
    ].join('\n'), 'en'));
    expect(p['Ігор Литвин']).toEqual(['Макарівська селищна військова адміністрація']);
    expect(p['Роман Швед']).toEqual(["Кам'янець-Подільська міська рада"]);
  });
  it('takes no department words for a person\'s name', () => {
    const f = facts('Director of the Department of International Technical Assistance of the Odesa Regional State Administration Pavlo Hrek met the partners.', 'en');
    expect(f.persons.map((p) => p.nameEn)).toEqual(['Pavlo Hrek']);
    expect(orgsOf(f)['Павло Грек']).toEqual(['Одеська обласна державна адміністрація']);
  });
});

describe('Ukrainian titles whose body is named by its level or by a possessive', () => {
  it('resolves "обласної військової адміністрації" and "районної державної адміністрації" to the article\'s body', () => {
    const p = orgsOf(facts([
      'Сумська обласна військова адміністрація та Охтирська районна державна адміністрація провели нараду.',
      'Нараду провів заступник начальника обласної військової адміністрації Денис Гайовий.',
      'Також виступила заступниця голови районної державної адміністрації Ірина Кузьменко.',
    ].join('\n'), 'uk'));
    expect(p['Денис Гайовий']).toEqual(['Сумська обласна військова адміністрація']);
    expect(p['Ірина Кузьменко']).toEqual(['Охтирська районна державна адміністрація']);
  });
  it('reads "її/його" before a title as the body the sentence names', () => {
    const p = orgsOf(facts('Позицію Асоціації міст України озвучив її перший віцепрезидент Богдан Гуменюк.', 'uk'));
    expect(p['Богдан Гуменюк']).toEqual(['Асоціація міст України']);
  });
  it('declines -ар titles softly and keeps hyphenated words inside a title', () => {
    const p = orgsOf(facts([
      'Під головуванням секретаря Бучанської міської ради Тараса Шапки депутати ухвалили бюджет.',
      'Доповідав директор Директорату державної політики у сфері адміністративно-територіального устрою Мінрозвитку Олег Поліщук.',
    ].join('\n'), 'uk'));
    expect(p['Тарас Шапка']).toEqual(['Бучанська міська рада']);
    expect(p['Олег Поліщук']).toEqual(['Міністерство розвитку громад та територій України']);
  });
});

describe('events and their people', () => {
  it('reads the launch of a programme\'s phase as an event, not the verb "to launch"', () => {
    const f = facts([
      'The launch of the second phase of the EGAP Programme took place in Lviv on 13 September.',
      'The partners plan to launch a grant competition next year.',
      '“Digital services must reach every hromada,” said Marta Holub, Head of the EGAP Programme.',
    ].join('\n'), 'en');
    expect(f.events.map((e) => e.name)).toEqual(['launch of the second phase of the EGAP Programme']);
    expect(rel(f, 'SPOKE_AT')).toEqual(['Марта Голуб → launch of the second phase of the EGAP Programme']);
  });
  it('takes "general meetings of residents" for a class of gatherings, not an event', () => {
    const f = facts('The handbook explains how hromadas can hold general meetings of residents and public hearings.', 'en');
    expect(f.events).toEqual([]);
  });
  it('reads the moderator of a presentation or ceremony as its chair, also through "It was moderated by"', () => {
    const en = facts([
      'An online presentation of the guide on youth councils took place on 13 September.',
      'It was moderated by Olena Kit, Head of the AUC Youth Policy Department.',
    ].join('\n'), 'en');
    expect(rel(en, 'CHAIRED')).toEqual(['Олена Кіт → online presentation of the guide on youth councils']);
    const uk = facts('13 вересня відбулася церемонія підписання меморандуму між громадою та ПРООН. Церемонію модерувала речниця громади Яна Білик.', 'uk');
    expect(rel(uk, 'CHAIRED')).toHaveLength(1);
    expect(rel(uk, 'CHAIRED')[0]).toMatch(/^Яна Білик → /);
  });
  it('attributes "the diplomat said" to the diplomat the article named, not to the last person', () => {
    const f = facts([
      'Head of the Sumy Oblast Military Administration Volodymyr Artiukh met Ambassador of Ireland to Ukraine Therese Healy on 13 September.',
      'Artiukh thanked Ireland for the support.',
      '“Irish towns want to work with Ukrainian hromadas,” the diplomat said.',
    ].join('\n'), 'en');
    const latin = new Map(f.persons.map((p) => [p.name, p.nameEn]));
    expect(f.relations.filter((r) => r.type === 'SPOKE_AT' && r.quote).map((r) => latin.get(r.from))).toEqual(['Therese Healy']);
  });
});

describe('positions named a sentence away or through a unit', () => {
  it('gives the person a sentence ends on the title that opens the next one', () => {
    const p = orgsOf(facts([
      'Від імені Посольства Королівства Бельгія в Україні гостей привітала Анна Деклерк. Посолка наголосила, що Бельгія підтримає відбудову шкіл.',
    ].join('\n'), 'uk'));
    expect(p['Анна Деклерк']).toEqual(['Посольство Бельгії в Україні']);
  });
  it('keeps a department before its parent in the title and places the person at the parent', () => {
    const p = orgsOf(facts([
      'Львівська обласна військова адміністрація провела нараду.',
      'Доповідала начальниця управління культури ОВА Ольга Гнатів.',
      'Petro Savka, Deputy Head of the Department, also took part.',
    ].join('\n'), 'uk'));
    expect(p['Ольга Гнатів']).toEqual(['Львівська обласна військова адміністрація']);
  });
  it('places a deputy director "of the Department" at the body whose department the article named', () => {
    const p = orgsOf(facts([
      'Director of the Department of Economic Development of the Volyn Oblast State Administration Taras Hrytsiuk met the donors.',
      'Olha Lesiuk, Deputy Director of the Department, presented the figures.',
    ].join('\n'), 'en'));
    expect(p['Ольга Лесюк']).toEqual(['Волинська обласна державна адміністрація']);
  });
  it('reads chargées d\'affaires in Ukrainian, a foundation by its head word and a standing commission\'s chair', () => {
    const p = orgsOf(facts([
      'Громаду відвідала тимчасова повірена у справах Королівства Данія в Україні Мете Ланге.',
      'Фундація Міжнародної Солідарності підписала меморандум. Його підписав директор програм Фундації Ян Ковальський.',
      'Сесію Ірпінської міської ради відкрив голова постійної комісії з питань освіти Максим Гук.',
    ].join('\n'), 'uk'));
    expect(p['Мете Ланге']).toEqual(['Посольство Данії в Україні']);
    expect(p['Ян Ковальський']).toEqual(['Фундація Міжнародної Солідарності']);
    expect(p['Максим Гук']).toEqual(['Ірпінська міська рада']);
  });
  it('gives a donor programme\'s team leader no position at the donor', () => {
    const f = facts('Olena Shvets, Team Leader of USAID PROSTO, and Ivan Holub, Mission Director of USAID, spoke.', 'en');
    expect(orgsOf(f)).toEqual({ 'Олена Швець': [], 'Іван Голуб': ['Агентство США з міжнародного розвитку'] });
  });
});

describe('events that are plans, and launches in Ukrainian', () => {
  it('takes an invitation or a plan for no event', () => {
    const f = facts('Посолка запросила громади взяти участь у навчальному візиті до Фінляндії. Наступного року планують провести форум.', 'uk');
    expect(f.events).toEqual([]);
  });
  it('reads the launch of a programme\'s phase, and not a service\'s start', () => {
    const f = facts('13 вересня в Полтаві відбувся запуск другого етапу програми «Громади для молоді». Запуск сервісу заплановано на осінь.', 'uk');
    expect(f.events.map((e) => e.name)).toEqual(['запуск другого етапу програми «Громади для молоді»']);
  });
});

describe('English speakers', () => {
  it('reads "replied" and a speech verb after an apposition with an abbreviation in brackets', () => {
    const f = facts([
      'The round table “Budgets for People” took place in Rivne on 13 September.',
      'Anders Lund, Programme Officer at the Swedish International Development Cooperation Agency (Sida), said that the support would continue.',
      '“We need more time,” Mariia Tkach, mayor of Dubno, replied.',
    ].join('\n'), 'en');
    expect(rel(f, 'SPOKE_AT').map((r) => r.split(' → ')[0])).toEqual(['Андерс Лунд', 'Марія Ткач']);
  });
});

describe('more ways to say who chaired', () => {
  it('reads "під керівництвом" of a meeting, "вела", "скликав" and a moderator named after "виступила"', () => {
    const chairs = (body: string): string[] => rel(facts(body, 'uk'), 'CHAIRED').map((r) => r.split(' → ')[0] ?? '');
    expect(chairs('13 вересня відбулася нарада щодо укриттів під керівництвом голови Волинської ОВА Івана Руднецького.')).toEqual(['Іван Руднецький']);
    expect(chairs('13 вересня відбулося засідання колегії. Засідання вела перша заступниця голови ОВА Наталія Ярова.')).toEqual(['Наталія Ярова']);
    expect(chairs('13 вересня голова громади Петро Кушнір скликав нараду зі старостами.')).toEqual(['Петро Кушнір']);
    expect(chairs('13 вересня у Луцьку відбувся форум громад. Модераторкою виступила журналістка Олеся Гнатюк.')).toEqual(['Олеся Гнатюк']);
  });
  it('leaves moderators of a panel or of something named before ("Її модератором") as no chairs', () => {
    const f = facts('13 вересня у Луцьку відбувся форум громад. Друга панель стосувалася освіти. Її модератором виступив експерт Андрій Гук. Модератором дискусії був Ігор Лис.', 'uk');
    expect(rel(f, 'CHAIRED')).toEqual([]);
  });
});

describe('English gatherings named by ceremony, tour and assembly', () => {
  it('reads a study tour, an opening ceremony and a general assembly, and not a tour or an assembly alone', () => {
    const names = (body: string): string[] => facts(body, 'en').events.map((e) => e.name);
    expect(names('A study tour of Ukrainian mayors to Estonia took place on 13 September.')).toEqual(['study tour of Ukrainian mayors to Estonia']);
    expect(names('The General Assembly of the Association of Ukrainian Cities was held in Kyiv on 13 September.')).toHaveLength(1);
    expect(names('The tour of the museum is free, and the assembly of the furniture takes an hour.')).toEqual([]);
  });
});

describe('English titles of the fourth round (articles 206–229)', () => {
  it('reads economists, experts "on … at" a body, lower-case ministries and departments, "who heads"', () => {
    const p = orgsOf(facts([
      'Olena Vdovych, Lead Economist at the World Bank, presented the review.',
      'The discussion was moderated by Petro Kit, an expert on municipal finance at the Association of Ukrainian Cities.',
      'Opening the event, deputy minister of finance Taras Lysak said the rules would change.',
      'Hanna Oliinyk, head of the unit of regional statistics at the Ministry of Economy of Ukraine, presented the data.',
      'Ivan Zaporozhets, who heads the Department of Budget Policy at the Ministry of Finance of Ukraine, added details.',
    ].join('\n'), 'en'));
    expect(p['Олена Вдович']).toEqual(['Світовий банк']);
    expect(p['Петро Кіт']).toEqual(['Асоціація міст України']);
    expect(p['Тарас Лисак']).toEqual(['Міністерство фінансів України']);
    expect(p['Ганна Олійник']).toEqual(['Міністерство економіки України']);
    expect(p['Іван Запорожець']).toEqual(['Міністерство фінансів України']);
  });
  it('reads two titles before a name, two after it joined by "and a", and an MP', () => {
    const p = orgsOf(facts([
      'The board met under AUC Vice-President, Trostianets Mayor Yurii Bova.',
      'Nadiia Kolos, Member of Parliament and a member of the Verkhovna Rada Committee on Digital Transformation, spoke.',
      'MP Viktor Hrab presented the draft law.',
    ].join('\n'), 'en'));
    expect(p['Юрій Бова']).toEqual(['Тростянецька міська рада', 'Асоціація міст України']);
    expect(p['Надія Колос']).toEqual(['Верховна Рада України', 'Комітет Верховної Ради України з питань цифрової трансформації']);
    expect(p['Віктор Граб']).toEqual(['Верховна Рада України']);
  });
  it('keeps a donor\'s country office with the donor, and a bare "of the Committee" with the committee named', () => {
    const p = orgsOf(facts([
      'The Verkhovna Rada Committee on Budget held hearings on 13 September.',
      'Oksana Lytvyn, Chair of the Committee, who chaired the hearings, opened them.',
      'Karl Meier, Country Director of GIZ Ukraine, spoke as well.',
    ].join('\n'), 'en'));
    expect(p['Оксана Литвин']).toEqual(['Комітет Верховної Ради України з питань бюджету']);
    expect(p['Карл Меєр']).toEqual(['Німецьке товариство міжнародного співробітництва']);
  });
  it('reads Latin names with й after a vowel: Boiko, Haidai, Oliinyk', () => {
    const f = facts('Ivan Boiko, Petro Haidai and Hanna Oliinyk, heads of hromadas, took part.', 'en');
    expect(f.persons.map((p) => p.name)).toEqual(['Іван Бойко', 'Петро Гайдай', 'Ганна Олійник']);
  });
});

describe('Ukrainian units, speakers and chairs of the fourth round', () => {
  it('places a council\'s or an administration\'s department head at the council or administration', () => {
    const p = orgsOf(facts([
      'Житомирська обласна державна адміністрація провела нараду.',
      'Доповідала начальниця управління житлового господарства облдержадміністрації Ірина Гук.',
      'Виступила начальниця служби у справах дітей Коростенської міської ради Олена Дуб.',
      'Кошторис представила начальниця фінансового управління Малинської міської ради Іванна Лис.',
    ].join('\n'), 'uk'));
    expect(p['Ірина Гук']).toEqual(['Житомирська обласна державна адміністрація']);
    expect(p['Іванна Лис']).toEqual(['Малинська міська рада']);
  });
  it('does not take "роботі" for a name of the forum, and reads "на думку" a speaker', () => {
    const f = facts([
      '13 вересня в Ужгороді відбувся Форум громад Закарпаття.',
      'У роботі форуму взяли участь 120 учасників.',
      'На думку експерта Програми «ПРОСТО» Олега Фіцая, громадам бракує фахівців.',
    ].join('\n'), 'uk');
    expect(f.events.map((e) => e.name)).toEqual(['Форум громад Закарпаття']);
    expect(rel(f, 'SPOKE_AT')).toEqual(['Олег Фіцай → Форум громад Закарпаття']);
  });
  it('reads a chair whose verb comes after a long object, and no chair for a panel moderated', () => {
    const uk = facts('Учора нараду з керівниками центрів надання адміністративних послуг області скликала і провела заступниця голови ОВА Ольга Дяк.', 'uk');
    expect(rel(uk, 'CHAIRED').map((r) => r.split(' → ')[0])).toEqual(['Ольга Дяк']);
    const en = facts('The conference took place on 13 September. The second panel, on training, was moderated by Ivan Hora.', 'en');
    expect(rel(en, 'CHAIRED')).toEqual([]);
  });
});

describe('heads of oblasts, prime ministers, possessive countries, regional development agencies', () => {
  it('places an oblast governor at the oblast\'s administration, military or state by the article\'s date', () => {
    const at = (publishedAt: string): string[] => extractArticle(ParsedArticle.parse({ lang: 'en', publishedAt,
      body: 'Rivne Oblast Governor Oleksandr Koval met the mayors.' })).persons[0]?.positions.map((q) => q.organization) ?? [];
    expect(at('2023-05-02')).toEqual(['Рівненська обласна військова адміністрація']);
    expect(at('2019-05-02')).toEqual(['Рівненська обласна державна адміністрація']);
  });
  it('reads "Sweden\'s Ambassador", "the Prime Minister of Ukraine" and "Odesa Regional Development Agency"', () => {
    const p = orgsOf(facts([
      'Finland\'s Ambassador to Ukraine Anne Lahti said the programme would grow.',
      'Roman Savchuk, the Prime Minister of Ukraine, said the same.',
      'Iryna Bilyk, director of the Odesa Regional Development Agency, presented the plan.',
    ].join('\n'), 'en'));
    expect(p['Анн Лагті']).toEqual(['Посольство Фінляндії в Україні']);
    expect(p['Роман Савчук']).toEqual(['Кабінет Міністрів України']);
    expect(p['Ірина Білик']).toEqual(['Агенція регіонального розвитку Одеської області']);
  });
});
