import { describe, expect, it } from 'vitest';
import { personKeyFromCyrillic, personKeyFromLatin, samePersonByLatin } from '../../../src/authority/latin-key.js';

// Invented people; each Latin spelling is the name in one romanisation. Namesakes are out of scope: two people with
// the same name share a key by design, and the resolver tells them apart.

describe('personKeyFromCyrillic', () => {
  it.each([
    ['Андрій Ткачук', 'andrii tkachuk'],
    ['Юлія Кравець', 'iulia kravets'],
    ['Богдан Хмельницький', 'bogdan khmelnytskyi'],
    ["В'ячеслав Щербак", 'viacheslav shcherbak'],
    ['Степан Згурський', 'stepan zgurskyi'],
    ['Ірина Олійник', 'iryna oliinyk'],
  ])('%s → %s', (uk, key) => expect(personKeyFromCyrillic(uk)).toBe(key));

  it('ignores case, extra spaces and hyphens', () => {
    expect(personKeyFromCyrillic('  ТКАЧУК   Андрій ')).toBe('tkachuk andrii');
    expect(personKeyFromCyrillic('Петренко-Сидоренко')).toBe(personKeyFromCyrillic('Петренко Сидоренко'));
  });

  it('gives an empty key for a name with no letters, which meets nothing', () => {
    expect(personKeyFromCyrillic(' — ')).toBe('');
    expect(samePersonByLatin('', '')).toBe(false);
  });
});

describe('the same person in every romanisation meets the Cyrillic name', () => {
  const people: Array<[string, string[]]> = [
    ['Андрій Ткачук', [
      'Andrii Tkachuk', 'Andriy Tkachuk', 'Andrij Tkachuk', 'Andriĭ Tkachuk', 'ANDRII TKACHUK', 'Andrij Tkatschuk',
      'Andrij Tkaczuk', 'Andriï Tkatchouk',
    ]],
    ['Богдан Хмельницький', [
      'Bohdan Khmelnytskyi', "Bohdan Khmel'nyts'kyy", 'Bohdan Khmelʹnytsʹkyĭ', 'Bohdan Khmelnytsky', 'Bohdan Chmelnyzkyj',
      'Bohdan Chmelnyćkyj', 'Bohdan Khmelnytskiy',
    ]],
    ['Оксана Хмельницька', [
      'Oksana Khmelnytska', "Oksana Khmel'nyts'ka", 'Oksana Khmelʹnytsʹka', 'Oksana Chmelnyćka', 'Oksana Chmelnyzka',
    ]],
    ['Юлія Кравець', [
      'Yuliia Kravets', 'Yulia Kravets', 'Yuliya Kravets', 'Iuliia Kravets', "Yuliya Kravets'", 'Yulia Kravetz',
      'Julija Kravets', 'Ioulia Kravets',
    ]],
    ['Людмила Ковальчук', [
      'Liudmyla Kovalchuk', "Lyudmyla Koval'chuk", 'Ljudmyla Kowaltschuk', 'Ludmyła Kowalczuk',
      'Lioudmyla Kovaltchouk', 'Liudmyla Kowalchuk',
    ]],
    ['Тетяна Щербак', [
      'Tetiana Shcherbak', 'Tetyana Shcherbak', 'Tetjana Schtscherbak', 'Tetiana Szczerbak', 'Tetiana Chtcherbak',
      'Teti͡ana Shcherbak',
    ]],
    ['Юрій Гайдай', ['Yurii Haidai', 'Yuriy Hayday', 'Yuri Haidai', 'Jurij Hajdaj', 'Iouri Haïdaï', 'Yuriĭ Haĭdaĭ']],
    ['Ярослав Бондар', ['Yaroslav Bondar', 'Iaroslav Bondar', 'Jaroslaw Bondar', 'Jarosław Bondar']],
    ['Ярослава Мельник', [
      'Yaroslava Melnyk', "Yaroslava Mel'nyk", 'Iaroslava Melʹnyk', 'Jaroslawa Melnyk', 'Jarosława Melnyk',
    ]],
    ['Євген Шевчук', [
      'Yevhen Shevchuk', 'Ievhen Shevchuk', 'Jewhen Schewtschuk', 'Jewhen Szewczuk', 'Ievhen Chevtchouk',
      'Yevgen Shevchuk',
    ]],
    ['Сергій Головко', [
      'Serhii Holovko', 'Serhiy Holovko', 'Serhij Holowko', 'Serhiĭ Holovko', 'Serhiï Holovko', 'Sergiy Golovko',
    ]],
    ['Віталій Сидоренко', [
      'Vitalii Sydorenko', 'Vitaliy Sydorenko', 'Vitali Sydorenko', 'Witalij Sydorenko', 'Vitaliĭ Sydorenko',
    ]],
    ['Наталія Іваненко', [
      'Nataliia Ivanenko', 'Natalia Ivanenko', 'Nataliya Ivanenko', 'Natalija Iwanenko', 'Natalii͡a Ivanenko',
    ]],
    ['Олег Кравченко', ['Oleh Kravchenko', 'Oleh Krawtschenko', 'Ołeh Krawczenko', 'Oleh Kravtchenko']],
    ['Ольга Петренко', ['Olha Petrenko', "Ol'ha Petrenko", 'Olʹha Petrenko']],
    ['Катерина Жук', ['Kateryna Zhuk', 'Kateryna Żuk', 'Kateryna Jouk', 'Kateryna Žuk']],
    ['Ганна Кучма', ['Hanna Kuchma', 'Hanna Kutschma', 'Hanna Kuczma', 'Hanna Koutchma']],
    ['Ірина Олійник', ['Iryna Oliinyk', 'Iryna Oliynyk', 'Iryna Olijnyk', 'Iryna Oliĭnyk', 'Iryna Oliïnyk']],
    ['Анастасія Приймак', ['Anastasiia Pryimak', 'Anastasiya Pryymak', 'Anastasija Pryjmak', 'Anastasiia Pryĭmak']],
    ["В'ячеслав Бойко", [
      'Viacheslav Boiko', 'Vyacheslav Boyko', 'Vʺi͡acheslav Boĭko', 'Wjatscheslaw Bojko', 'Wiaczesław Bojko',
      'Viatcheslav Boïko',
    ]],
    ['Василь Коваль', ["Vasyl' Koval'", 'Vasyl Koval', 'Wassyl Kowal', 'Wasyl Kowal']],
    ['Мар\u2019яна Соловйова', ['Mariana Soloviova', "Mar'yana Solovyova", 'Marjana Solowjowa']],
    ['Олексій Ковальов', ['Oleksii Kovalov', "Oleksiy Koval'ov", 'Oleksij Kowaljow', 'Olexiy Kovalov']],
    ['Степан Згурський', ['Stepan Zghurskyi', "Stepan Z·hurs'kyy"]],
    ['Юліан Гнатюк', ['Yulian Hnatiuk', 'Yulian Hnatyuk', 'Julian Hnatjuk', 'Ioulian Hnatiouk']],
    ['Денис Шмигаль', ['Denys Shmyhal', "Denys Shmyhal'", 'Denys Schmyhal', 'Denys Szmyhal']],
    ['Зоряна Зінченко', ['Zoriana Zinchenko', 'Zoryana Zinchenko']],
    ['Мирослава Коломієць', ['Myroslava Kolomiiets', 'Myroslava Kolomiyets', 'Myroslawa Kolomijets']],
    ['Ілля Петренко-Сидоренко', ['Illia Petrenko-Sydorenko', 'Illya Petrenko Sydorenko']],
  ];
  const cases = people.flatMap(([uk, latins]) => latins.map((latin) => [uk, latin] as const));
  it.each(cases)('%s ← %s', (uk, latin) => {
    expect(personKeyFromLatin(latin)).toBe(personKeyFromCyrillic(uk));
    expect(samePersonByLatin(uk, latin)).toBe(true);
  });

  it('reads a Cyrillic name given to personKeyFromLatin as Cyrillic', () => {
    expect(personKeyFromLatin('Андрій Ткачук')).toBe(personKeyFromCyrillic('Андрій Ткачук'));
  });
});

describe('different names stay apart', () => {
  const pairs: Array<[string, string]> = [
    ['Коваль', 'Коваленко'], ['Мельник', 'Мельничук'], ['Бондар', 'Бондаренко'], ['Іваненко', 'Іванченко'],
    ['Сидоренко', 'Сидорук'], ['Олег', 'Ольга'], ['Іван', 'Іванна'], ['Ярослав', 'Ярослава'], ['Петро', 'Петра'],
    ['Шевчук', 'Шевчишин'], ['Кравець', 'Кравченко'], ['Головко', 'Голуб'], ['Ткачук', 'Ткаченко'],
    ['Ковальчук', 'Ковальчик'], ['Федорук', 'Федорчук'], ['Олександр', 'Олександра'], ['Євгеній', 'Євгенія'],
    ['Віталій', 'Віталіна'], ['Коваль', 'Ковальов'],
    // Near pairs that test the folds themselves: и/і between consonants, и+й and і+й, х and г, з and с, ж and ш,
    // зг and ж, -ий and -ій, і+ю and ю, и+я and і+я.
    ['Кит', 'Кіт'], ['Лисенко', 'Лісенко'], ['Примак', 'Приймак'], ['Хома', 'Гома'], ['Хорошко', 'Горошко'],
    ['Козак', 'Косак'], ['Жила', 'Шила'], ['Згурський', 'Журський'], ['Чорний', 'Чорній'], ['Надточий', 'Надточій'],
    ['Шарий', 'Шарій'], ['Андрюк', 'Андріюк'], ['Олексюк', 'Олексіюк'], ['Матяш', 'Матіяш'], ['Киян', 'Кіян'],
    ['Кириєнко', 'Кирієнко'], ['Бойко', 'Бойка'], ['Ілляшенко', 'Ляшенко'],
  ];
  it.each(pairs)('%s ≠ %s', (a, b) => {
    expect(personKeyFromCyrillic(a)).not.toBe(personKeyFromCyrillic(b));
  });

  it.each([
    ['Олег', 'Olha'], ['Ольга', 'Oleh'], ['Іван', 'Ivanna'], ['Іванна', 'Ivan'], ['Ярослав', 'Yaroslava'],
    ['Ярослава', 'Jaroslaw'], ['Петро', 'Petra'], ['Коваль', 'Kovalenko'], ['Мельник', 'Melnychuk'],
    ['Іваненко', 'Ivanchenko'], ['Сидоренко', 'Sydoruk'], ['Шевчук', 'Shevchyshyn'], ['Кравець', 'Kravchenko'],
    ['Головко', 'Holub'], ['Кит', 'Kit'], ['Кіт', 'Kyt'], ['Примак', 'Pryimak'], ['Приймак', 'Prymak'],
    ['Хома', 'Homa'], ['Журський', 'Zghurskyi'], ['Згурський', 'Zhurskyi'], ['Чорній', 'Chornyi'],
    ['Чорний', 'Chornii'], ['Андрюк', 'Andriiuk'], ['Андріюк', 'Andriuk'], ['Ткачук', 'Tkachenko'],
    ['Глуцька', 'Hluzka'], ['Глузька', 'Hlutska'],
  ])('%s does not meet %s', (uk, latin) => expect(samePersonByLatin(uk, latin)).toBe(false));
});

describe('decisions', () => {
  it('reads Russian-style g for г as the same letter: Oleg, Olga, Igor meet Олег, Ольга, Ігор', () => {
    expect(samePersonByLatin('Олег', 'Oleg')).toBe(true);
    expect(samePersonByLatin('Ольга', 'Olga')).toBe(true);
    expect(samePersonByLatin('Ігор', 'Igor')).toBe(true);
    expect(samePersonByLatin('Георгій', 'Georgiy')).toBe(true);
  });

  it('folds г and ґ, spellings of one name', () => {
    expect(personKeyFromCyrillic('Ґонта')).toBe(personKeyFromCyrillic('Гонта'));
    expect(samePersonByLatin('Ґалаґан', 'Halahan')).toBe(true);
  });

  it('does not take Russian names for renderings', () => {
    expect(samePersonByLatin('Микола', 'Nikolay')).toBe(false);
    expect(samePersonByLatin('Сергій', 'Sergey')).toBe(false);
    expect(samePersonByLatin('Олександр', 'Aleksandr')).toBe(false);
    expect(samePersonByLatin('Дмитро', 'Dmitriy')).toBe(false);
    expect(samePersonByLatin('Тимошенко', 'Timoshenko')).toBe(false);
  });

  it('does not take exonyms for renderings: Chmielnicki, Klitschko', () => {
    expect(samePersonByLatin('Богдан Хмельницький', 'Bohdan Chmielnicki')).toBe(false);
    expect(samePersonByLatin('Кличко', 'Klitschko')).toBe(false);
    expect(samePersonByLatin('Кличко', 'Klytschko')).toBe(true);
    expect(samePersonByLatin('Кличко', 'Kłyczko')).toBe(true);
  });

  it('joins word-final я and ія, as English writes both Natalia', () => {
    expect(personKeyFromCyrillic('Наталія')).toBe(personKeyFromCyrillic('Наталя'));
    expect(samePersonByLatin('Наталя', 'Natalia')).toBe(true);
  });

  it('reads -ськ- endings as -ий in every spelling', () => {
    for (const latin of ['Zelenskyi', 'Zelenskyy', 'Zelensky', 'Zelenskiy', 'Zelenski', 'Zełenski', 'Zelenskyj']) {
      expect(samePersonByLatin('Зеленський', latin), latin).toBe(true);
    }
    expect(samePersonByLatin('Зеленська', 'Zelensky')).toBe(false);
  });

  it('reads KMU z and s by KMU when no word carries a German cue', () => {
    expect(samePersonByLatin('Олександр Зінченко', 'Oleksandr Zinchenko')).toBe(true);
    expect(samePersonByLatin('Андрій Зеленко', 'Andrij Zelenko')).toBe(true);
    expect(samePersonByLatin('Йосип Кузьма', 'Josyp Kuzma')).toBe(true);
  });

  it('reads a German cue in one word for the whole name, unless a word rules German out', () => {
    expect(samePersonByLatin('Михайло Грушевський', 'Mychajlo Hruschewskyj')).toBe(true);
    expect(samePersonByLatin('Михайло Ткачук', 'Mychajlo Tkachuk')).toBe(false);
    expect(samePersonByLatin('Михайло Шевчук', 'Mykhailo Shevchuk')).toBe(true);
  });

  it('keeps KMU о+у in a final -ous and Polish-looking rz as KMU', () => {
    expect(samePersonByLatin('Петро Білоус', 'Petro Bilous')).toBe(true);
    expect(samePersonByLatin('Ганна Чорноус', 'Hanna Chornous')).toBe(true);
    expect(samePersonByLatin('Ігор Борзенко', 'Ihor Borzenko')).toBe(true);
  });

  it('does not read a French cue into a word with a lone u', () => {
    expect(samePersonByLatin('Ігор Лутченко', 'Ihor Lutchenko')).toBe(true);
    expect(samePersonByLatin('Лученко', 'Lutchenko')).toBe(false);
  });
});
