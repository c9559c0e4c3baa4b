// Date lines, language detection, title heuristics and trailer splitting on small inputs.
import { describe, expect, it } from 'vitest';
import { normaliseDate, parseDateLine } from '../../../src/ingest/readers/dates.js';
import { detectLang } from '../../../src/ingest/readers/lang.js';
import { looksLikeTitle, parsePlainText } from '../../../src/ingest/readers/plain-text.js';

describe('parseDateLine', () => {
  it.each([
    ['27 / Вересень, 2022', '2022-09-27', '2022-09-27'],
    ['06 грудня 2025', '2025-12-06', '2025-12-06'],
    ['15 December 2025', '2025-12-15', '2025-12-15'],
    ['December 15, 2025', '2025-12-15', '2025-12-15'],
    ['30 листопада 2023 року', '2023-11-30', '2023-11-30'],
    ['27.09.2022 10:15', '2022-09-27', '2022-09-27'],
    ['2022-09-27T10:15:00+03:00', '2022-09-27', '2022-09-27'],
    ['24 листопада - 01 грудня 2023 року', '2023-11-24', '2023-12-01'],
    ['10-12 жовтня 2025', '2025-10-10', '2025-10-12'],
    ['28 грудня – 03 січня 2024', '2023-12-28', '2024-01-03'],
  ])('%s', (line, start, end) => {
    expect(parseDateLine(line)).toMatchObject({ start, end, full: true });
  });
  it('reads a month alone as partial', () => expect(parseDateLine('Вересень 2022')).toEqual({ start: '2022-09', end: '2022-09', full: false }));
  it.each(['31 лютого 2024', '10-12 жовтня у Києві відбулася конференція', 'Громада 2022', '', '12 July'])('rejects %j', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
  it('normalises free-form dates', () => {
    expect(normaliseDate('2025-10-13T23:30:00-05:00')).toBe('2025-10-13');
    expect(normaliseDate('2023')).toBe('2023');
    expect(normaliseDate('2023-11')).toBe('2023-11');
    expect(normaliseDate('soon')).toBeNull();
  });
});

describe('detectLang', () => {
  it('counts letters', () => {
    expect(detectLang('Проєкт USAID «ГОВЕРЛА» підтримує громади')).toBe('uk');
    expect(detectLang('The hromada of Бровари held a forum')).toBe('en');
    expect(detectLang('2025')).toBe('uk');
  });
});

describe('titles', () => {
  it('takes short unpunctuated lines and uppercase headings', () => {
    expect(looksLikeTitle('Відбулось засідання Координаційної ради')).toBe(true);
    expect(looksLikeTitle('Як громадам бути почутими в ЄС?')).toBe(true);
    expect(looksLikeTitle('РОБОТА ГРОМАД.')).toBe(true);
    expect(looksLikeTitle('Учасники засідання відзначили важливість реформи.')).toBe(false);
    expect(looksLikeTitle('27 / Вересень, 2022')).toBe(false);
    expect(looksLikeTitle('ТОП')).toBe(true);
    expect(looksLikeTitle('Громада')).toBe(false);
  });
  it('reads title then date, and a "Опубліковано:" line', () => {
    const a = parsePlainText('Сесія міської ради\n15.03.2024\nДепутати ухвалили бюджет.', 'x.txt');
    expect(a).toMatchObject({ title: 'Сесія міської ради', publishedAt: '2024-03-15', body: 'Депутати ухвалили бюджет.' });
    const b = parsePlainText('Опубліковано: 5 квітня 2024\nДепутати ухвалили бюджет.', 'y.txt');
    expect(b).toMatchObject({ title: null, publishedAt: '2024-04-05', body: 'Депутати ухвалили бюджет.' });
  });
  it('does not trust an event date in the body as the publication date', () => {
    const a = parsePlainText('30 листопада 2023 року відбулося засідання ради громади.', 'z.txt');
    expect(a.publishedAt).toBeNull();
  });
});

describe('trailer', () => {
  it('keeps a body that merely ends with a date line and a paragraph', () => {
    const a = parsePlainText('Заява ради.\n\n12 травня 2024\nРада збереться знову.', 'a.txt');
    expect(a.related).toEqual([]);
    expect(a.body).toContain('Рада збереться знову.');
  });
  it('splits inline Теги: values by commas and reads inline Джерело:', () => {
    const a = parsePlainText('Рада ухвалила бюджет громади.\nТеги: бюджет, громади; ради\nДжерело: Асоціація міст України', 'b.txt');
    expect(a).toMatchObject({ body: 'Рада ухвалила бюджет громади.', tags: ['бюджет', 'громади', 'ради'], source: 'Асоціація міст України' });
  });
});
