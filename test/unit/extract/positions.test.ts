import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

function positions(body: string, lang: 'uk' | 'en' = 'uk'): Record<string, Array<{ title: string; organization: string }>> {
  const f = extractArticle(ParsedArticle.parse({ lang, body, publishedAt: '2025-03-01' }));
  return Object.fromEntries(f.persons.map((p) => [p.name, p.positions]));
}

describe('positions in Ukrainian text', () => {
  it('resolves a deputy minister to the ministry in the nominative', () => {
    const p = positions('Учасників привітав заступника міністра розвитку громад та територій Петро Коваленко.');
    expect(p['Петро Коваленко']).toContainEqual({ title: 'заступник міністра', organization: 'Міністерство розвитку громад та територій України' });
  });
  it('reads a title after the name with an organisation in the genitive', () => {
    const p = positions('Про зміни розповіла Оксана Гайова, начальниця управління адміністративних послуг Міністерства цифрової трансформації України.');
    expect(p['Оксана Гайова']?.[0]?.organization).toBe('Міністерство цифрової трансформації України');
  });
  it('resolves "міської ради" to the council the article names', () => {
    const p = positions([
      'Сесія Ковельської міської ради відбулася 3 березня 2025 року.',
      'Звіт представила начальниця фінансового управління міської ради Олена Бондар.',
    ].join('\n'));
    expect(p['Олена Бондар']).toEqual([{ title: 'начальниця фінансового управління', organization: 'Ковельська міська рада' }]);
  });
  it('resolves a bare "Комітету" and a judge to the bodies named earlier', () => {
    const p = positions([
      'Комітет Верховної Ради України з питань бюджету 3 березня 2025 року провів слухання.',
      'Слухання відкрив голова Комітету Ігор Мельник.',
    ].join('\n'));
    expect(p['Ігор Мельник']?.[0]?.organization).toBe('Комітет Верховної Ради України з питань бюджету');
    const q = positions('Шостий апеляційний адміністративний суд розглянув справу під головуванням судді Ірини Лисенко.');
    expect(q['Ірина Лисенко']).toContainEqual({ title: 'суддя', organization: 'Шостий апеляційний адміністративний суд' });
  });
  it('gives a deputy mayor the council, and a vice prime minister the Cabinet', () => {
    const p = positions('Заступник Луцького міського голови Ігор Поліщук подякував партнерам.');
    expect(p['Ігор Поліщук']).toEqual([{ title: 'заступник міського голови', organization: 'Луцька міська рада' }]);
    const q = positions('Нараду провела Віце-прем\'єр-міністерка з питань європейської інтеграції України Ольга Стефанішина.');
    expect(q['Ольга Стефанішина']?.[0]?.organization).toBe('Кабінет Міністрів України');
  });
  it('reads a chain of titles and a woman president of an association', () => {
    const p = positions('Віцепрезидентка Асоціації міст України, Бучанська міська голова Марія Коваль наголосила на потребах громад.');
    expect(p['Марія Коваль']?.map((x) => x.organization)).toEqual(expect.arrayContaining(['Асоціація міст України', 'Бучанська міська рада']));
  });
});

describe('positions in English text', () => {
  it('reads "Name, Title of Y" with Y the last body named in the tail', () => {
    const p = positions('Olena Moroz, Head of the Social Protection Department of the Kherson Oblast Military Administration, said that the work goes on.', 'en');
    expect(p['Олена Мороз']?.[0]?.organization).toBe('Херсонська обласна військова адміністрація');
  });
  it('maps "Minister for" to the ministry and "Deputy Mayor of X" to the city council', () => {
    const p = positions('Ivan Bondar, Deputy Minister for Communities and Territories Development of Ukraine, opened the event.', 'en');
    expect(p['Іван Бондар']).toEqual([{ title: 'заступник міністра', organization: 'Міністерство розвитку громад та територій України' }]);
    const q = positions('“We will rebuild,” said Petro Savchuk, Deputy Mayor of Lutsk.', 'en');
    expect(q['Петро Савчук']).toEqual([{ title: 'заступник міського голови', organization: 'Луцька міська рада' }]);
  });
  it('reads a lowercase title at an embassy and "its deputy head"', () => {
    const p = positions('Iryna Koval, programme coordinator at the Embassy of Sweden in Ukraine, presented the results.', 'en');
    expect(p['Ірина Коваль']?.[0]?.organization).toBe('Посольство Швеції в Україні');
    const q = positions('The Lviv Oblast Military Administration was represented by its deputy head Andrii Tkach.', 'en');
    expect(q['Андрій Ткач']?.[0]?.organization).toBe('Львівська обласна військова адміністрація');
  });
  it('gives no position at a project', () => {
    const p = positions('Maria Ivanenko, Deputy Director of the U-LEAD with Europe Programme, noted the results.', 'en');
    expect(p['Марія Іваненко']).toEqual([]);
  });
});
