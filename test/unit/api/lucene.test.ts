import { describe, expect, it } from 'vitest';
import { toLucene } from '../../../src/search/lucene.js';

describe('search query building', () => {
  it('folds case and apostrophes like the index does', () => {
    expect(toLucene('Вʼячеслав')).toBe(toLucene("В'ячеслав"));
    expect(toLucene('В’ЯЧЕСЛАВ')).toBe(toLucene("в'ячеслав"));
  });

  it('offers the nominative of an inflected name', () => {
    expect(toLucene('Немчінова')).toContain('немчінов^2');
  });

  it('requires every word and escapes Lucene syntax', () => {
    const q = toLucene('Олег Немчінов')!;
    expect(q.split(' AND ')).toHaveLength(2);
    expect(toLucene('U-LEAD')).toBe('(u^4) AND (lead^4 OR lead*)');
    expect(toLucene('a:b')).toBe('(a^4) AND (b^4)');
    expect(toLucene('"()*?')).toBeNull();
  });
});
