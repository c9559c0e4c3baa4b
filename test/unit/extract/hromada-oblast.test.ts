import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';
import { townAdjective } from '../../../src/extract/geo-data.js';

function oblasts(body: string, lang: 'uk' | 'en' = 'uk'): Record<string, string | null | undefined> {
  const facts = extractArticle(ParsedArticle.parse({ lang, body, publishedAt: '2025-03-01' }));
  return Object.fromEntries(facts.organizations.filter((o) => o.kind === 'HROMADA').map((o) => [o.name, o.oblast]));
}

describe('the oblast a hromada is named with', () => {
  it('reads the genitive oblast after the hromada, in any case of the hromada', () => {
    expect(oblasts('Миколаївська громада Донецької області отримала генератори.')).toEqual({ 'Миколаївська територіальна громада': 'Донецька область' });
    expect(oblasts('Партнери допомогли Миколаївській громаді Дніпропетровської області.')).toEqual({ 'Миколаївська територіальна громада': 'Дніпропетровська область' });
  });
  it('reads the colloquial region in the locative and the oblast in the locative', () => {
    expect(oblasts('У Миколаївській громаді на Донеччині відкрили укриття.')).toEqual({ 'Миколаївська територіальна громада': 'Донецька область' });
    expect(oblasts('Решетилівська громада у Полтавській області відкрила ЦНАП.')).toEqual({ 'Решетилівська територіальна громада': 'Полтавська область' });
  });
  it('keeps the oblast from one mention when another names the hromada alone', () => {
    expect(oblasts('Миколаївська громада отримала генератори. Миколаївській громаді Донецької області їх передали партнери.'))
      .toEqual({ 'Миколаївська територіальна громада': 'Донецька область' });
  });
  it('reads English "of Donetsk oblast" and "(Poltava region)"', () => {
    expect(oblasts('Mykolaivska hromada of Donetsk oblast received generators. Reshetylivka hromada (Poltava region) joined.', 'en'))
      .toEqual({ 'Миколаївська територіальна громада': 'Донецька область', 'Решетилівська територіальна громада': 'Полтавська область' });
  });
  it('leaves the oblast empty when none is named with the hromada', () => {
    expect(oblasts('Миколаївська громада отримала генератори.')).toEqual({ 'Миколаївська територіальна громада': null });
  });
  it('keeps a Latin town name already written as an adjective', () => {
    expect(townAdjective('Миколаївська')).toBe('Миколаївська');
  });
});
