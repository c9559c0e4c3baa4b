// The dev set itself: every article readable, every gold file valid and consistent with its article's text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGold } from '../../../src/eval/check-gold.js';
import { loadDevset } from '../../../src/eval/devset.js';
import { scoreArticle, sumCounts } from '../../../src/eval/score.js';

const dir = join(import.meta.dirname, '../../devset');

describe('dev set', async () => {
  const { items, orphans } = await loadDevset(dir);

  it('has the five seeds and at least seventy-five more articles, a quarter or more in English, each with gold', () => {
    expect(items.length).toBeGreaterThanOrEqual(80);
    expect(items.filter((i) => i.article?.lang === 'en').length).toBeGreaterThanOrEqual(items.length / 4);
    expect(items.filter((i) => /^00[0-4]_/.test(i.id))).toHaveLength(5);
    expect(items.filter((i) => i.error)).toEqual([]);
    expect(orphans).toEqual([]);
  });

  it('covers both languages and all three input formats', () => {
    expect(new Set(items.map((i) => i.article?.lang))).toEqual(new Set(['uk', 'en']));
    expect(new Set(items.map((i) => i.file.replace(/#.*$/, '').split('.').pop()))).toEqual(new Set(['txt', 'html', 'jsonl']));
  });

  it.each(items.map((i) => [i.id, i] as const))('%s: gold agrees with the article text', (_id, item) => {
    expect(checkGold(item.gold!, item.article!)).toEqual([]);
  });

  it('scores perfectly against itself', () => {
    const total = sumCounts(items.map((i) => scoreArticle(i.id, i.gold!, i.gold!)));
    for (const c of Object.values(total)) expect(c.fp + c.fn).toBe(0);
  });
});

describe('test part of the dev set', async () => {
  const { items, orphans } = await loadDevset(join(dir, 'heldout'));

  it('has at least thirty articles in both languages, each with gold', () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(new Set(items.map((i) => i.article?.lang))).toEqual(new Set(['uk', 'en']));
    expect(items.filter((i) => i.error)).toEqual([]);
    expect(orphans).toEqual([]);
  });

  it.each(items.map((i) => [i.id, i] as const))('%s: gold agrees with the article text', (_id, item) => {
    expect(checkGold(item.gold!, item.article!)).toEqual([]);
  });
});
