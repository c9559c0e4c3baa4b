import { describe, expect, it } from 'vitest';
import { packRelations, type GroupedRelation } from '../../../src/store/write-batch.js';

const rel = (fromId: string, toId: string, key = '', evidence: [string, string][] = [[fromId, `${fromId} names ${toId}`]], quote: string | null = null): GroupedRelation =>
  ({ type: 'MENTIONS', fromId, toId, key, articleIds: evidence.map((e) => e[0]), sentences: evidence.map((e) => e[1]), quote, confidence: 0.9 });

describe('packRelations', () => {
  it('lists each node id once and names the ends of every row by their position in that list', () => {
    const rows = [rel('article:1', 'org:mindev'), rel('article:1', 'person:a'), rel('article:2', 'org:mindev'), rel('person:a', 'org:mindev', 'міністр')];
    const { nodeIds, rows: packed } = packRelations(rows);
    expect(nodeIds).toEqual(['article:1', 'org:mindev', 'person:a', 'article:2']);
    expect(packed.map((r) => [nodeIds[r[2]], nodeIds[r[3]]])).toEqual(rows.map((r) => [r.fromId, r.toId]));
    expect(packed[3]?.slice(0, 2)).toEqual(['MENTIONS', 'міністр']);
  });

  it('sends each (article, sentence) once and gives back every row its evidence in order', () => {
    const s = 'Міністр виступив на форумі.';
    const rows = [
      rel('person:a', 'event:e', '', [['article:1', s], ['article:2', s]], 'цитата'),
      rel('article:1', 'person:a', '', [['article:1', s]]),
      rel('article:2', 'event:e', '', [['article:2', s], ['article:2', 'Інше речення.']]),
    ];
    const packed = packRelations(rows);
    expect(packed.sentences).toEqual([s, s, 'Інше речення.']);
    expect(packed.articleIds).toEqual(['article:1', 'article:2']);
    const unpacked = packed.rows.map((r) => ({
      articleIds: r[4].map((e) => packed.articleIds[packed.sentenceArticles[e]!]),
      sentences: r[4].map((e) => packed.sentences[e]),
      quote: r[5],
    }));
    expect(unpacked).toEqual(rows.map((r) => ({ articleIds: r.articleIds, sentences: r.sentences, quote: r.quote })));
  });

  it('gives empty lists for no rows', () => {
    expect(packRelations([])).toEqual({ nodeIds: [], articleIds: [], sentences: [], sentenceArticles: [], rows: [] });
  });
});
