// Speaker and chair attribution, on invented articles (names, bodies and word orders unlike the dev set's).
import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

type Facts = ReturnType<typeof extractArticle>;

function facts(lines: string[], lang: 'uk' | 'en' = 'uk'): Facts {
  return extractArticle(ParsedArticle.parse({ lang, body: lines.join('\n'), publishedAt: '2025-03-01' }));
}

function who(f: Facts, type: string): string[] {
  return [...new Set(f.relations.filter((r) => r.type === type).map((r) => r.from))].sort();
}

function rel(f: Facts, type: string, from: string): Facts['relations'][number] | undefined {
  return f.relations.find((r) => r.type === type && r.from === from);
}

describe('speakers named in the sentence', () => {
  it('reads "– наголосив X" after a quote, and the quote', () => {
    const f = facts([
      '12 березня 2025 року у Вінниці відбулося засідання правління Подільського регіонального відділення Асоціації міст України.',
      '«Громадам потрібні стабільні правила гри», – наголосив Барський міський голова Тарас Гордієнко.',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Тарас Гордієнко']);
    expect(rel(f, 'SPOKE_AT', 'Тарас Гордієнко')?.quote).toBe('Громадам потрібні стабільні правила гри');
  });

  it('reads a verb far after the name and skips the object of "подякував"', () => {
    const f = facts([
      '5 травня 2025 року в Ужгороді відбулася робоча нарада щодо відновлення мостів.',
      'Закарпатський губернатор Мирослав Білецький подякував Оксані Коваль за роботу.',
      'Юлія Дорош в ефірі обласного радіо розповіла про ремонт двох мостів.',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Мирослав Білецький', 'Юлія Дорош']);
  });

  it('does not give a verb to a name in a "що" clause or to a name after a verb that has its subject', () => {
    const f = facts([
      '5 травня 2025 року в Ужгороді відбулася робоча нарада щодо відновлення мостів.',
      'Оксана Коваль розповіла про співпрацю з Петром Іваненком.',
      'Учасники зазначили, що Петро Іваненко підготував план.',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Оксана Коваль']);
  });

  it('reads plural verbs for coordinated speakers, before or after them', () => {
    const f = facts([
      '3 квітня 2025 року в Рівному відбувся форум «Громади Полісся».',
      'Досвідом поділилися Дубенська міська голова Марина Стельмах та Сарненський міський голова Назар Гуменюк.',
      'Ірина Лозинська та Максим Бондар розповіли про енергоощадні проєкти.',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Ірина Лозинська', 'Максим Бондар', 'Марина Стельмах', 'Назар Гуменюк'].sort());
  });

  it('reads "слово надали X", a relative clause "яка розповіла" and "відкрила презентацію"', () => {
    const f = facts([
      '14 жовтня 2025 року в Черкасах відбулася презентація програми розвитку громад.',
      'Презентацію відкрила заступниця начальника Черкаської обласної військової адміністрації Галина Мартинюк.',
      'Слово також надали Уляні Гнатюк, старості Ротмістрівського старостинського округу, яка розповіла про нові маршрути шкільних автобусів.',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Галина Мартинюк', 'Уляна Гнатюк']);
  });

  it('reads English "X, Head of …, noted", "“…,” said X, Title" and "was opened by X and Y"', () => {
    const f = facts([
      'On 10 April 2025, a conference on local finance was held in Poltava.',
      'The conference was opened by Oleksandr Hnatiuk, Deputy Minister of Finance of Ukraine, and Iryna Tkachenko, Head of the Budget Department of the Poltava Oblast Military Administration.',
      'Mykola Ivanchuk, Head of the Karlivka hromada, Poltava raion, noted that revenues have grown.',
      '“We need predictable transfers,” said Nataliia Sydorenko, Mayor of Myrhorod.',
    ], 'en');
    expect(who(f, 'SPOKE_AT')).toEqual(['Ірина Ткаченко', 'Микола Іванчук', 'Наталія Сидоренко', 'Олександр Гнатюк'].sort());
    expect(rel(f, 'SPOKE_AT', 'Наталія Сидоренко')?.quote).toBe('We need predictable transfers');
  });
});

describe('speakers referred to across sentences', () => {
  it('resolves pronouns to the latest person of the gender, with the naming sentence as evidence', () => {
    const named = 'У заході взяли участь Посолка Республіки Фінляндія в Україні Лійса Гейнонен та голова Волинської обласної ради Григорій Недопад.';
    const f = facts([
      'Вчора в Луцьку відбувся круглий стіл «Громади і безпека: досвід прикордоння».',
      named,
      'За її словами, Фінляндія продовжить фінансувати укриття у школах.',
      '«Ми будемо поруч», – додав він.',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Григорій Недопад', 'Лійса Гейнонен']);
    expect(rel(f, 'SPOKE_AT', 'Лійса Гейнонен')?.evidence).toBe(named);
    expect(rel(f, 'SPOKE_AT', 'Григорій Недопад')?.quote).toBe('Ми будемо поруч');
    expect(who(f, 'PARTICIPATED_IN').filter((n) => /Гейнонен|Недопад/.test(n))).toEqual([]);
  });

  it('resolves a repeated surname in another case and a bare title to the person who holds it', () => {
    const f = facts([
      '20 травня 2025 року в Полтаві відбулася робоча нарада щодо шкільних маршрутів.',
      'Нараду провела заступниця начальника Полтавської обласної військової адміністрації Вероніка Шевчук.',
      'Учасники також заслухали директора департаменту освіти Олега Лисенка.',
      'Як зазначив пан Лисенко, області бракує 40 автобусів.',
      '«Маршрути мають бути готові до вересня», – наголосила заступниця начальника ОВА.',
    ]);
    expect(who(f, 'CHAIRED')).toEqual(['Вероніка Шевчук']);
    expect(who(f, 'SPOKE_AT')).toEqual(['Вероніка Шевчук', 'Олег Лисенко']);
    expect(rel(f, 'SPOKE_AT', 'Вероніка Шевчук')?.quote).toBe('Маршрути мають бути готові до вересня');
  });

  it('resolves "Також наголосила" to the latest woman named', () => {
    const f = facts([
      '20 травня 2025 року в Сумах відбулося засідання колегії обласної військової адміністрації.',
      'Заступниця голови обласної ради Алла Ковтун розповіла про ремонт доріг.',
      'Також наголосила, що ремонт триватиме до осені.',
      'Голова Сумської районної ради Денис Бутенко вручив грамоти.',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Алла Ковтун']);
  });

  it('resolves English pronouns, surnames and titles', () => {
    const f = facts([
      'On Tuesday, a round table "Hromadas and Recovery" took place in Lviv.',
      'The event was chaired by Oksana Hrytsenko, Deputy Head of the Lviv Oblast Military Administration.',
      'The Ambassador of Canada to Ukraine Natalka Cmoc and Mayor of Stryi Oleh Kanivets also attended.',
      '“Canada stands with Ukrainian cities,” the Ambassador noted.',
      'According to Kanivets, the city has prepared 12 projects.',
      'He added that two of them are already funded.',
    ], 'en');
    expect(who(f, 'CHAIRED')).toEqual(['Оксана Гриценко']);
    expect(who(f, 'SPOKE_AT')).toEqual(['Наталка Кмок', 'Олег Канівець']);
    expect(rel(f, 'SPOKE_AT', 'Наталка Кмок')?.quote).toBe('Canada stands with Ukrainian cities');
  });

  it('resolves "за словами" + a genitive title or a generic noun, and continues a speaker into a quote paragraph', () => {
    const f = facts([
      '12 травня 2025 року в Одесі відбулася робоча нарада щодо укриттів.',
      'У нараді взяли участь заступник Міністра освіти і науки України Андрій Сорокін та начальниця управління освіти Одеської міської ради Олена Буйневич.',
      'За словами міністра, держава виділить 2 млрд гривень.',
      'За словами посадовиці, у місті бракує 30 укриттів.',
      'Голова обласної ради Григорій Діденко розповів про ремонт шкіл.',
      '«Кожна школа повинна мати укриття до 1 вересня».',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Андрій Сорокін', 'Григорій Діденко', 'Олена Буйневич']);
    expect(who(f, 'PARTICIPATED_IN').filter((n) => /Сорокін|Буйневич/.test(n))).toEqual([]);
    expect(rel(f, 'SPOKE_AT', 'Григорій Діденко')?.quote).toBe('Кожна школа повинна мати укриття до 1 вересня');
  });

  it('does not resolve a pronoun with no speech verb', () => {
    const f = facts([
      '20 травня 2025 року в Сумах відбулося засідання колегії обласної військової адміністрації.',
      'Голова Сумської районної ради Денис Бутенко вручив грамоти.',
      'Він народився у Ромнах.',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual([]);
  });
});

describe('chairs', () => {
  it('reads "X провів нараду", "Засідання вела X", "під головуванням X" and "X chaired"', () => {
    const a = facts(['10 квітня 2025 року заступник Міністра фінансів України Тарас Кучер провів нараду з представниками громад щодо бюджету.']);
    expect(who(a, 'CHAIRED')).toEqual(['Тарас Кучер']);
    const b = facts([
      '25 вересня 2025 року відбулося пленарне засідання 12-ї сесії Коломийської міської ради.',
      'Засідання вела секретарка міської ради Ольга Михайлюк.',
    ]);
    expect(who(b, 'CHAIRED')).toEqual(['Ольга Михайлюк']);
    const c = facts(['3 березня 2025 року під головуванням голови Рівненської обласної ради Андрія Карауша відбулося засідання президії.']);
    expect(who(c, 'CHAIRED')).toEqual(['Андрій Карауш']);
    const d = facts([
      'On 3 March 2025, a meeting of the working group on hromada budgets was held in Kyiv.',
      'Serhii Melnyk, First Deputy Minister of Finance of Ukraine, chaired the meeting.',
    ], 'en');
    expect(who(d, 'CHAIRED')).toEqual(['Сергій Мельник']);
  });

  it('reads a moderator of the meeting as its chair but not the moderator of a discussion', () => {
    const a = facts([
      '3 березня 2025 року в Хмельницькому відбувся круглий стіл щодо ветеранської політики.',
      'Модератором круглого столу був експерт Асоціації міст України Ігор Ничипорук.',
    ]);
    expect(who(a, 'CHAIRED')).toEqual(['Ігор Ничипорук']);
    const b = facts([
      '3 березня 2025 року в Хмельницькому відбувся форум громад Поділля.',
      'Модератором дискусії виступив експерт Асоціації міст України Ігор Ничипорук.',
    ]);
    expect(who(b, 'CHAIRED')).toEqual([]);
    expect(who(b, 'SPOKE_AT')).toEqual([]);
  });
});

describe('participants', () => {
  it('lists people who took part but did not speak, and bodies named by their representatives', () => {
    const f = facts([
      '2 червня 2025 року в Дніпрі відбувся форум «Громади Придніпров’я: відновлення».',
      'У форумі взяли участь голова Дніпропетровської обласної ради Микола Лукашук та Криворізький міський голова Олександр Вілкул.',
      'Олександр Вілкул розповів про відновлення водогонів.',
      'До обговорення долучилися також представники Асоціації міст України та експерти Програми «U-LEAD з Європою».',
    ]);
    expect(who(f, 'PARTICIPATED_IN')).toEqual(expect.arrayContaining(['Микола Лукашук', 'Асоціація міст України', 'U-LEAD з Європою']));
    expect(who(f, 'PARTICIPATED_IN')).not.toContain('Олександр Вілкул');
    expect(who(f, 'PARTICIPATED_IN')).not.toContain('Дніпропетровська обласна рада');
  });

  it('takes the parties named after "між" in a signing, not what is signed', () => {
    const f = facts([
      '4 вересня 2025 року в Ужгороді відбулося підписання меморандуму про співпрацю між Закарпатською обласною військовою адміністрацією та Асоціацією міст України.',
    ]);
    expect(who(f, 'PARTICIPATED_IN')).toEqual(['Асоціація міст України', 'Закарпатська обласна військова адміністрація']);
    const en = facts([
      'On 4 September 2025, the signing of the agreement to continue the U-LEAD with Europe Programme took place in Kyiv.',
      'The Ministry of Finance of Ukraine and the Association of Ukrainian Cities signed the agreement.',
    ], 'en');
    expect(who(en, 'PARTICIPATED_IN')).not.toContain('U-LEAD з Європою');
    expect(who(en, 'PARTICIPATED_IN')).toEqual(expect.arrayContaining(['Асоціація міст України']));
  });
});

describe('news-style attributions', () => {
  it('reads "X: «…»", present-tense "зазначає", a relative clause before the verb, and a lead quoted before its event', () => {
    const f = facts([
      'Голова Рівненської обласної ради Андрій Карауш заявив, що область готова прийняти ще 20 тисяч переселенців.',
      'Про це йшлося 4 березня 2025 року на засіданні колегії Рівненської обласної військової адміністрації.',
      'Заступниця голови ОВА Ольга Ткачук: «Усі громади мають бути готові до зими».',
      'Олег Мельник, який очолює Дубенську громаду, зазначає: «Нам потрібні генератори».',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Андрій Карауш', 'Олег Мельник', 'Ольга Ткачук']);
    expect(rel(f, 'SPOKE_AT', 'Ольга Ткачук')?.quote).toBe('Усі громади мають бути готові до зими');
    expect(rel(f, 'SPOKE_AT', 'Олег Мельник')?.quote).toBe('Нам потрібні генератори');
  });

  it('reads English "X, who heads …, said" and "X: “…”"', () => {
    const f = facts([
      'On 4 March 2025, a forum of hromadas was held in Lutsk.',
      'Oksana Melnyk, who heads the Kovel hromada, said that the city needs 12 new buses.',
      'Ihor Polishchuk: “We will open two more shelters this year.”',
    ], 'en');
    expect(who(f, 'SPOKE_AT')).toEqual(['Ігор Поліщук', 'Оксана Мельник']);
  });
});

describe('opening', () => {
  it('reads "відкрила форум" as a speech but not "відкрив новий ЦНАП"', () => {
    const f = facts([
      '4 березня 2025 року в Луцьку відбувся форум громад.',
      'Міський голова Ігор Поліщук відкрив новий ЦНАП під час форуму.',
      'Форум відкрила заступниця голови ОВА Ірина Гайдук.',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Ірина Гайдук']);
  });
});
