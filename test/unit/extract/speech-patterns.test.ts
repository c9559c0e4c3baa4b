// Chairs, speakers and participants in the shapes of fresh news (invented names, bodies and word orders).
import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';
import { parseArticle } from '../../../src/ingest/readers/index.js';

type Facts = ReturnType<typeof extractArticle>;

function facts(lines: string[], lang: 'uk' | 'en' = 'uk'): Facts {
  return extractArticle(ParsedArticle.parse({ lang, body: lines.join('\n'), publishedAt: '2025-03-01' }));
}

function who(f: Facts, type: string): string[] {
  return [...new Set(f.relations.filter((r) => r.type === type).map((r) => r.from))].sort();
}

describe('chairs', () => {
  it('reads a chair in a relative clause after the meeting ("засідання …, яке провела X")', () => {
    const f = facts(['14 травня 2025 року відбулося засідання виконавчого комітету Бершадської міської ради, яке провела секретарка ради Оксана Дзюба.']);
    expect(who(f, 'CHAIRED')).toEqual(['Оксана Дзюба']);
  });

  it('reads an English person who "held a meeting" as its chair, not the body that held it', () => {
    const f = facts([
      'On 4 June, Deputy Minister of Economy Dmytro Zaporozhets held a working meeting with the team of the EU programme on energy efficiency.',
    ], 'en');
    expect(who(f, 'CHAIRED')).toEqual(['Дмитро Запорожець']);
    const g = facts(['On 4 June, the Sumy City Council held a public hearing on the new budget, chaired by Mayor Ivan Tkachenko.'], 'en');
    expect(who(g, 'CHAIRED')).toEqual(['Іван Ткаченко']);
  });
});

describe('speakers', () => {
  it('reads "За даними X" and "За її даними" as reported words', () => {
    const f = facts([
      '3 квітня 2025 року в Ужгороді відбулася нарада щодо бюджетів громад.',
      'Начальниця фінансового управління Мирослава Гайдук ознайомила учасників із планом.',
      'За її даними, доходи зросли на 8 відсотків.',
      'Директор департаменту Степан Лемко поінформував про субвенції. За даними Лемка, громади отримають їх у травні.',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Мирослава Гайдук', 'Степан Лемко']);
  });

  it('reads "…,” explained the Foundation’s programme officer X" with title words between the verb and the name', () => {
    const f = facts([
      'The round table on village councils took place in Uzhhorod on 3 April.',
      '“Villages need their own voice,” explained Open Society Foundation’s programme officer Marta Hrabovska.',
    ], 'en');
    expect(who(f, 'SPOKE_AT')).toEqual(['Марта Грабовська']);
  });

  it('gives an English verb to both subjects of "X, Title, and Title Y presented"', () => {
    const f = facts([
      'The seminar on local budgets took place in Poltava on 3 April.',
      'Project Director of DREAM, Oleh Symonenko, and Regional Coordinator Halyna Rybak presented the new tools.',
    ], 'en');
    expect(who(f, 'SPOKE_AT')).toEqual(['Галина Рибак', 'Олег Симоненко']);
  });

  it('lets a feminine verb settle an ambiguous name ("Валентина Осадча" is hers, not "Валентин Осадч")', () => {
    const f = facts([
      '3 квітня 2025 року в Полтаві відбулася сесія районної ради.',
      'Від імені старост виступила староста Мачухівського округу Валентина Гуржій.',
    ]);
    expect(f.persons.map((p) => p.name)).toContain('Валентина Гуржій');
    expect(who(f, 'SPOKE_AT')).toEqual(['Валентина Гуржій']);
  });

  it('does not take a title from the sentence a name is only the object of ("The Ambassador was accompanied by X")', () => {
    const f = facts([
      'The visit of Norwegian Ambassador Ingrid Solberg to Sumy Oblast took place on 3 April.',
      'The Ambassador was accompanied by Lars Hovland, Head of Cooperation at the Embassy of Norway in Ukraine.',
      '“Sumy hromadas can count on us,” the Ambassador stressed.',
    ], 'en');
    expect(who(f, 'SPOKE_AT')).toEqual(['Інгрід Сольберг']);
  });

  it('keeps words spoken at the meeting there when they name a later meeting ("зазначила, що … на наступному засіданні")', () => {
    const f = facts([
      '20 березня у Рівному відбулося засідання Рівненського регіонального відділення Асоціації міст України.',
      'Ірина Савчук зазначила, що звернення розглянуть на найближчому засіданні Правління АМУ.',
    ]);
    const to = f.relations.filter((r) => r.type === 'SPOKE_AT').map((r) => r.to);
    expect(to).toEqual(['засідання Рівненського регіонального відділення Асоціації міст України']);
  });

  it('resolves "Пані X" to the person named in full and reads nothing in the related-news trailer', () => {
    // Read as a scraped page is: the reader splits the trailer off before extraction.
    const read = (lines: string[]): Facts => extractArticle(parseArticle(['Конференція в Запоріжжі', '', ...lines].join('\n'), 'x.txt').article!);
    const f = read([
      '5 червня у Запоріжжі відбулася конференція «Громади і безпека».',
      'Експертка Ради Європи Ганна Ліндберг нагадала, що Рада Європи підтримає громади.',
      'Пані Ліндберг також наголосила, що громадам потрібні укриття.',
      'Схожі новини',
      'Голова Томаківської громади Петро Ярош розповів про нову школу...',
    ]);
    expect(who(f, 'SPOKE_AT')).toEqual(['Ганна Ліндберг']);
  });
});

describe('participants', () => {
  it('reads a moderator of a panel or discussion as taking part, and the event\'s own moderator as its chair', () => {
    const f = facts([
      '12 травня 2025 року в Черкасах відбувся форум «Громади Черкащини».',
      'Форум модерувала журналістка Олена Вдовенко.',
      'Першу панель модерував експерт Асоціації міст України Богдан Гнатюк.',
      'Обговорення модерувала радниця Програми ПРООН Марія Кулик.',
    ]);
    expect(who(f, 'CHAIRED')).toEqual(['Олена Вдовенко']);
    expect(who(f, 'PARTICIPATED_IN')).toEqual(expect.arrayContaining(['Богдан Гнатюк', 'Марія Кулик']));
    const g = facts([
      'The forum “Hromadas of Podillia” took place in Vinnytsia on 3 April.',
      'The discussion was moderated by Oksana Tkach, Head of the Department of Economy of the Vinnytsia Oblast Military Administration.',
    ], 'en');
    expect(who(g, 'PARTICIPATED_IN')).toContain('Оксана Ткач');
    expect(who(g, 'CHAIRED')).toEqual([]);
  });
});
