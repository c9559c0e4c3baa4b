// The five real seed articles, read exactly as the scraper delivered them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../src/ingest/readers/plain-text.js';

const dir = join(import.meta.dirname, '../../devset/articles');
const read = (name: string) => parsePlainText(readFileSync(join(dir, name), 'utf8'), name);

describe('seed 000: weekly digest', () => {
  const a = read('000_57950791ea3a02ae.txt');
  it('takes the uppercase heading as title and the range end as publication date', () => {
    expect(a.title).toBe('РОБОТА ГРОМАД В УМОВАХ ВОЄННОГО СТАНУ');
    expect(a.publishedAt).toBe('2023-12-01');
    expect(a.lang).toBe('uk');
  });
  it('keeps the body as prose, markdown removed', () => {
    expect(a.body.startsWith('ТОП')).toBe(true);
    expect(a.body).toContain('під головуванням Міністра Кабінету Міністрів України Олега Немчінова, відбулося');
    expect(a.body).not.toContain('**');
    expect(a.body).not.toContain('](#)');
    expect(a.body).not.toContain('24 листопада - 01 грудня');
    expect(a.related).toEqual([]);
  });
});

describe('seed 001: date line, no title', () => {
  const a = read('001_df824536eb2497a2.txt');
  it('reads "27 / Вересень, 2022" as the date, not the title', () => {
    expect(a.publishedAt).toBe('2022-09-27');
    expect(a.title).toBeNull();
    expect(a.body.startsWith('Асоціація міст України запрошує')).toBe(true);
    expect(a.body).toContain('(ПУЛЬС)');
    expect(a.body).not.toContain('\u00A0');
  });
});

describe('seed 002: Джерело block and Ukrainian teasers', () => {
  const a = read('002_2140ca1f56e4477e.txt');
  it('splits source and related off the body', () => {
    expect(a.title).toBeNull();
    expect(a.publishedAt).toBeNull();
    expect(a.source).toBe('Проект PROSTO');
    expect(a.tags).toEqual([]);
    expect(a.body.endsWith('Чернігівської взяли участь у заході.')).toBe(true);
    expect(a.body).not.toContain('Приєднані зображення');
    expect(a.body).not.toContain('Мінрозвитку закликає');
  });
  it('reads four teasers with their dates, collapsing the truncated title copy', () => {
    expect(a.related).toHaveLength(4);
    expect(a.related[0]).toEqual({
      title: 'Мінрозвитку закликає громадськість та експертів...',
      date: '2025-12-06',
      teaser: 'Міністерство розвитку громад та територій України продовжує роботу над оновленням підходів до оцінки спроможності...',
    });
    expect(a.related[1]?.title).toBe('Як громадам бути почутими в ЄС | П’ятниця із Cities4Cities');
    expect(a.related[1]?.teaser?.startsWith('Україна входить')).toBe(true);
    expect(a.related[3]?.date).toBe('2025-12-04');
  });
});

describe('seed 003: tags, source, teasers', () => {
  const a = read('003_332da4a4b92df22a.txt');
  it('reads tags and source, and never takes a teaser date for the article date', () => {
    expect(a.tags).toEqual(["соціальні послуги В'ячеслав Негода"]);
    expect(a.source).toBe('Офіс Президента України');
    expect(a.publishedAt).toBeNull();
    expect(a.related.map((r) => r.date)).toEqual(['2025-12-23', '2025-12-22', '2025-12-22', '2025-12-22']);
    expect(a.body.startsWith('Під головуванням заступника керівника')).toBe(true);
    expect(a.body.endsWith('в умовах децентралізації.')).toBe(true);
  });
});

describe('seed 004: English with "15 December 2025" teasers', () => {
  const a = read('004_c118e32e6b2d38a9.txt');
  it('detects English and splits the teaser list', () => {
    expect(a.lang).toBe('en');
    expect(a.title).toBeNull();
    expect(a.publishedAt).toBeNull();
    expect(a.body.endsWith('for the Ukrainian population.')).toBe(true);
    expect(a.related).toHaveLength(4);
    expect(a.related[2]).toEqual({
      title: 'Frontline territories get official status: Government changes regional policy considering security',
      date: '2025-12-15',
      teaser: 'For the first time in Ukraine, the concept of frontline territories has been officially defined. The Cabinet of...',
    });
    expect(a.related[3]?.title).toBe('The fortress in ruins. Head of Huliaipole...');
  });
});
