// The curated seed is checked against its articles: every evidence sentence and quote is in the text.
import { describe, expect, it } from 'vitest';
import { searchFold } from '../../../src/extract/normalise.js';
import { readSeed } from '../../../src/seed/load-seed.js';

describe('curated seed', async () => {
  const seed = await readSeed();

  it('has the five seed articles, with language and partial dates', () => {
    expect(seed).toHaveLength(5);
    expect(seed.map((a) => a.lang)).toEqual(['uk', 'uk', 'uk', 'uk', 'en']);
    expect(seed.every((a) => a.publishedAt)).toBe(true);
  });

  it.each([0, 1, 2, 3, 4])('article %i: every evidence sentence and quote is in the article body', (i) => {
    const article = seed[i]!;
    const body = searchFold(article.body!.replace(/\*\*/g, ''));
    for (const r of article.relations) {
      expect(body, r.evidence).toContain(searchFold(r.evidence.replace(/\*\*/g, '')));
      if (r.quote) expect(body, r.quote).toContain(searchFold(r.quote));
    }
  });

  it('never takes facts from the related-news teasers', () => {
    for (const article of seed) {
      for (const t of article.related) {
        const teaser = searchFold(t.title);
        expect(article.relations.some((r) => searchFold(r.evidence).includes(teaser))).toBe(false);
      }
    }
  });
});
