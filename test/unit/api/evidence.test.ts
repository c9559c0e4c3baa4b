// Evidence comes back from Cypher as two lists, article ids and sentences, paired here.
import { describe, expect, it } from 'vitest';
import { zipEvidence } from '../../../src/shared/evidence.js';

describe('zipEvidence', () => {
  it('pairs each article with its sentence, in order', () => {
    expect(zipEvidence(['article:a', 'article:b'], ['Перше.', 'Друге.'])).toEqual([
      { articleId: 'article:a', sentence: 'Перше.' },
      { articleId: 'article:b', sentence: 'Друге.' },
    ]);
  });

  it('shows no pair without its sentence, and nothing for absent lists', () => {
    expect(zipEvidence(['article:a', 'article:b'], ['Перше.'])).toEqual([{ articleId: 'article:a', sentence: 'Перше.' }]);
    expect(zipEvidence(['article:a'], [null])).toEqual([]);
    expect(zipEvidence(null, null)).toEqual([]);
  });
});
