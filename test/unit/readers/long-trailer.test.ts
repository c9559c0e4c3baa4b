// A derived field over its limit (a source block that swallowed a page footer) costs a warning, never the article.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { cutText, fitToSchema } from '../../../src/facts/fit.js';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { parseArticle } from '../../../src/ingest/readers/index.js';

const footer = Array.from({ length: 6 }, (_, i) => `Розділ ${i + 1} порталу «Децентралізація»: новини громад, аналітика, моніторинг реформи та інтерактивні карти регіонів`);
const ARTICLE = [
  'Засідання правління асоціації',
  '',
  '13 березня 2024 року в Києві відбулося засідання Правління Асоціації міст України.',
  'Виконавча директорка АМУ Мар\'яна Гнатюк поінформувала членів Правління про стан розгляду законопроєктів.',
  '',
  'Джерело:',
  ...footer,
].join('\n');

describe('fitting an article to its limits', () => {
  it('cuts an over-long source with a warning and still reads and extracts the article', () => {
    const read = parseArticle(ARTICLE, 'long-trailer.txt');
    expect(read.error).toBeUndefined();
    expect(read.article!.source!.length).toBeLessThanOrEqual(300);
    expect(read.article!.source).toMatch(/^Розділ 1 порталу/);
    expect(read.warnings).toEqual([expect.stringMatching(/^source: cut to 300 characters \(was \d+\)$/)]);
    const facts = extractArticle(read.article!);
    expect(facts.persons.map((p) => p.name)).toContain('Мар\'яна Гнатюк');
  });

  it('drops a malformed optional field and a failing list element, keeping the rest', () => {
    const { value, warnings } = fitToSchema(ParsedArticle, {
      lang: 'uk', body: 'Текст.', url: 'not a url', tags: ['a', 'b'],
      related: [{ title: 'ok' }, { title: '' }, { title: 'also ok', date: '2023-02' }],
    }, (path) => path[0] === 'body');
    expect(value.url).toBeNull();
    expect(value.related.map((r) => r.title)).toEqual(['ok', 'also ok']);
    expect(warnings).toHaveLength(2);
  });

  it('refuses a document whose essential part fails', () => {
    expect(() => fitToSchema(ParsedArticle, { lang: 'fr', body: 'x' }, (path) => path[0] === 'lang')).toThrow();
  });

  it('cuts text at a word boundary and marks the cut', () => {
    expect(cutText('один два три чотири', 12)).toBe('один два…');
    expect(cutText('одинслово', 5)).toBe('один…');
  });
});
