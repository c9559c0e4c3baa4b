import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

function positions(body: string, lang: 'uk' | 'en' = 'uk'): Record<string, Array<{ title: string; organization: string }>> {
  const f = extractArticle(ParsedArticle.parse({ lang, body, publishedAt: '2025-03-01' }));
  return Object.fromEntries(f.persons.map((p) => [p.name, p.positions]));
}

describe('"голова громади" named by reference', () => {
  it('is the head of the one hromada the article names, before or after the name', () => {
    const p = positions([
      'Миколаївська громада Донецької області отримала генератори.',
      'Голова громади Петро Іваненко зазначив, що генератори допоможуть школам.',
      'Як розповіла Ольга Петренко, голова громади, укриття вже працюють.',
    ].join('\n'));
    expect(p['Петро Іваненко']).toEqual([{ title: 'голова громади', organization: 'Миколаївська територіальна громада' }]);
    expect(p['Ольга Петренко']).toEqual([{ title: 'голова громади', organization: 'Миколаївська територіальна громада' }]);
  });
  it('is left unresolved when the article names two hromadas', () => {
    const p = positions([
      'Миколаївська громада та Решетилівська громада отримали генератори.',
      'Голова громади Петро Іваненко зазначив, що генератори допоможуть школам.',
    ].join('\n'));
    expect(p['Петро Іваненко']).toEqual([]);
  });
  it('writes a title noun inside a Ukrainian title in lower case', () => {
    const p = positions('Заступник Міністра розвитку громад та територій України Роман Левченко наголосив на важливості реформи.');
    expect(p['Роман Левченко']).toEqual([{ title: 'заступник міністра', organization: 'Міністерство розвитку громад та територій України' }]);
  });
});

describe('English titles in Ukrainian', () => {
  it('reads a title before the name and gives an office head its Ukrainian word', () => {
    const p = positions('Deputy Head of the Office of the President Yulia Sokolovska opened the Social Cohesion Forum in Kyiv.', 'en');
    expect(p['Юлія Соколовська']).toEqual([{ title: 'заступник керівника', organization: 'Офіс Президента України' }]);
  });
  it('fits "Head" to a hromada, a department and a project', () => {
    const p = positions([
      'Mykola Petrenko, Head of the Reshetylivka hromada, shared his experience.',
      'Halyna Moroz, Head of the Education Department of the Poltava Oblast Military Administration, opened the forum.',
      'Olena Shevchuk, Head of the GIZ project “Energy Efficiency in Municipalities”, spoke.',
    ].join('\n'), 'en');
    expect(p['Микола Петренко']).toEqual([{ title: 'голова громади', organization: 'Решетилівська територіальна громада' }]);
    expect(p['Галина Мороз']).toEqual([{ title: 'начальник департаменту', organization: 'Полтавська обласна військова адміністрація' }]);
    expect(p['Олена Шевчук']?.[0]?.title).toBe('керівник проєкту');
  });
});
