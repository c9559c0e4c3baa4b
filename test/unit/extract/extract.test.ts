import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';
import { findDates } from '../../../src/extract/dates.js';
import { splitSentences } from '../../../src/extract/sentences.js';
import { nominativePhrase } from '../../../src/extract/phrase.js';

const SEEDS = new URL('../../../test/devset/articles/', import.meta.url);

/** A tiny stand-in for the plain-text reader: body up to the "Теги:"/"Джерело:" trailer. */
function seed(name: string, lang: 'uk' | 'en', publishedAt: string | null, related: Array<{ title: string; date: string }> = []): ParsedArticle {
  const text = readFileSync(new URL(name, SEEDS), 'utf8');
  const body = text.split(/\n(?:Приєднані зображення:|Теги:|Джерело:)/)[0] ?? text;
  return ParsedArticle.parse({ file: name, lang, publishedAt, body: body.split(/\n\d{1,2} (?:December) \d{4}\n/)[0], related });
}

function rel(f: ReturnType<typeof extractArticle>, type: string, from: string): string[] {
  return f.relations.filter((r) => r.type === type && r.from === from).map((r) => r.to);
}

describe('extractArticle on the seed articles', () => {
  it('003: chair, positions, speakers with quotes', () => {
    const f = extractArticle(seed('003_332da4a4b92df22a.txt', 'uk', null));
    const byName = new Map(f.persons.map((p) => [p.name, p]));
    expect([...byName.keys()]).toEqual(expect.arrayContaining(['Юлія Соколовська', "В'ячеслав Негода", 'Віталій Музиченко']));
    expect(byName.get('Юлія Соколовська')?.positions).toContainEqual({ title: 'заступник керівника', organization: 'Офіс Президента України' });
    expect(byName.get('Юлія Соколовська')?.nameEn).toBe('Yuliia Sokolovska');
    expect(byName.get('Віталій Музиченко')?.positions).toContainEqual({ title: 'заступник міністра', organization: 'Міністерство соціальної політики України' });
    expect(byName.get("В'ячеслав Негода")?.positions).toContainEqual({ title: 'заступник міністра', organization: 'Міністерство розвитку громад та територій України' });
    const event = 'перше засідання Ради соціального розвитку регіонів';
    expect(f.events.map((e) => e.name)).toContain(event);
    expect(rel(f, 'CHAIRED', 'Юлія Соколовська')).toEqual([event]);
    const spoke = f.relations.find((r) => r.type === 'SPOKE_AT' && r.from === 'Юлія Соколовська');
    expect(spoke?.quote).toMatch(/^Важливо сформулювати/);
    expect(rel(f, 'SPOKE_AT', 'Віталій Музиченко')).toEqual([event]);
    expect(f.reforms).toEqual(expect.arrayContaining(['соціальний захист', 'децентралізація']));
  });

  it('002: dates from an article year, speakers after a colon, embassy and ministry positions', () => {
    const f = extractArticle(seed('002_2140ca1f56e4477e.txt', 'uk', null, [{ title: 'x', date: '2025-12-06' }]));
    const ev = f.events[0];
    expect(ev?.startDate).toBe('2025-10-10');
    expect(ev?.endDate).toBe('2025-10-12');
    expect(ev?.location).toBe('Київ');
    const dellans = f.persons.find((p) => p.name === 'Сусанна Делланс');
    expect(dellans?.positions).toContainEqual({ title: 'радник з питань реформ', organization: 'Посольство Швеції в Україні' });
    expect(f.relations.find((r) => r.type === 'SPOKE_AT' && r.from === 'Сусанна Делланс')?.quote).toMatch(/^Децентралізація залишається/);
    expect(f.organizations.find((o) => o.name === 'Посольство Швеції в Україні')?.kind).toBe('EMBASSY');
  });

  it('000: inflected names, headline and body mentions of one event', () => {
    const f = extractArticle(seed('000_57950791ea3a02ae.txt', 'uk', '2023-12-01'));
    expect(f.persons.map((p) => p.name)).toEqual(['Олег Немчінов']);
    expect(f.persons[0]?.aliases).toContain('Олега Немчінова');
    const names = f.events.map((e) => e.name);
    expect(names).toContain('ХХХ засідання Координаційної ради з питань реформування державного управління');
    expect(names.filter((n) => /стратегічна сесія/.test(n))).toEqual(['стратегічна сесія «Реформа старшої профільної школи»']);
    expect(f.organizations.find((o) => o.name === 'Господарський суд Донецької області')?.kind).toBe('COURT');
  });

  it('004: an English article maps a Latin name to the Ukrainian person', () => {
    const f = extractArticle(seed('004_c118e32e6b2d38a9.txt', 'en', null));
    const p = f.persons.find((x) => x.name === 'Ольга Крентовська');
    expect(p?.aliases).toContain('Olha Krentovska');
    expect(p?.positions).toContainEqual({ title: 'перший заступник міністра', organization: 'Міністерство соціальної політики України' });
    expect(f.events[0]?.startDate).toBe('2018-07-12');
    expect(rel(f, 'FUNDS', 'Світовий банк')).toEqual(['Modernisation of the Social Support System']);
  });

  it('never reads related-news teasers', () => {
    const doc = seed('003_332da4a4b92df22a.txt', 'uk', null);
    const f = extractArticle({ ...doc, related: [{ title: 'Криничанська громада прийняла статут', teaser: 'Полтавська ОДА, Іван Петренко' }] });
    expect(f.organizations.map((o) => o.name)).not.toContain('Криничанська територіальна громада');
    expect(f.persons.map((p) => p.name)).not.toContain('Іван Петренко');
  });

  it('gives every relation an evidence sentence and endpoints from the lists', () => {
    for (const [file, lang] of [['000_57950791ea3a02ae.txt', 'uk'], ['002_2140ca1f56e4477e.txt', 'uk'], ['004_c118e32e6b2d38a9.txt', 'en']] as const) {
      const f = extractArticle(seed(file, lang, '2023'));
      const names = new Set([...f.persons, ...f.organizations, ...f.projects, ...f.events].map((x) => x.name));
      for (const r of f.relations) {
        expect(r.evidence.length).toBeGreaterThan(0);
        expect(names.has(r.from)).toBe(true);
        if (r.type !== 'ABOUT') expect(names.has(r.to)).toBe(true);
      }
    }
  });
});

describe('generalises beyond the seeds', () => {
  it('reads a mayor, a hromada and a quote in an unseen article', () => {
    const body = [
      '5 березня 2024 року у Полтаві відбувся форум «Громади єднають» під головуванням Решетилівського міського голови Миколи Петренка.',
      '«Громади мають бути сильними», – наголосив Микола Петренко.',
      'Участь у форумі взяли представники Криничанської громади та Полтавської ОДА.',
    ].join('\n');
    const f = extractArticle(ParsedArticle.parse({ lang: 'uk', body, publishedAt: '2024-03-06' }));
    expect(f.persons.map((p) => p.name)).toEqual(['Микола Петренко']);
    expect(f.persons[0]?.positions).toContainEqual({ title: 'міський голова', organization: 'Решетилівська міська рада' });
    expect(f.events[0]).toMatchObject({ name: 'форум «Громади єднають»', startDate: '2024-03-05', location: 'Полтава' });
    expect(rel(f, 'CHAIRED', 'Микола Петренко')).toEqual(['форум «Громади єднають»']);
    expect(f.relations.find((r) => r.type === 'SPOKE_AT')?.quote).toBe('Громади мають бути сильними');
    const orgs = f.organizations.map((o) => `${o.kind}:${o.name}`);
    expect(orgs).toEqual(expect.arrayContaining(['HROMADA:Криничанська територіальна громада', 'LOCAL_ADMINISTRATION:Полтавська обласна державна адміністрація']));
  });
});

describe('building blocks', () => {
  it('splits sentences but not inside quotes or after initials', () => {
    const s = splitSentences('Перше речення. «Цитата. Ще цитата», – сказав О. Петренко. Третє речення.');
    expect(s.map((x) => x.text)).toEqual(['Перше речення.', '«Цитата. Ще цитата», – сказав О. Петренко.', 'Третє речення.']);
  });
  it('resolves date ranges with the article year', () => {
    expect(findDates('10-12 жовтня у Києві', 2025)[0]).toMatchObject({ startDate: '2025-10-10', endDate: '2025-10-12' });
    expect(findDates('30 листопада 2023 року', 2020)[0]).toMatchObject({ startDate: '2023-11-30', endDate: null });
    expect(findDates('held on 12 July', 2018)[0]).toMatchObject({ startDate: '2018-07-12' });
    expect(findDates('у жовтні 2023 року', null)[0]).toMatchObject({ startDate: '2023-10' });
  });
  it('puts organisation phrases in the nominative', () => {
    expect(nominativePhrase('Координаційної ради з питань реформування'.split(' '), 1)).toBe('Координаційна рада з питань реформування');
    expect(nominativePhrase('Господарського суду Донецької області'.split(' '), 1)).toBe('Господарський суд Донецької області');
  });
});
