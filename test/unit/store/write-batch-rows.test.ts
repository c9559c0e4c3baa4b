import { describe, expect, it } from 'vitest';
import { byPosition, type GroupedRelation } from '../../../src/store/write-batch.js';

const rel = (fromId: string, toId: string, key = ''): GroupedRelation =>
  ({ type: 'MENTIONS', fromId, toId, key, articleIds: [fromId], sentences: [`${fromId} names ${toId}`], quote: null });

describe('byPosition', () => {
  it('lists each node id once and names the ends of every row by their position in that list', () => {
    const rows = [rel('article:1', 'org:mindev'), rel('article:1', 'person:a'), rel('article:2', 'org:mindev'), rel('person:a', 'org:mindev', 'міністр')];
    const { nodeIds, relations } = byPosition(rows);
    expect(nodeIds).toEqual(['article:1', 'org:mindev', 'person:a', 'article:2']);
    expect(relations.map((r) => [nodeIds[r.from], nodeIds[r.to]])).toEqual(rows.map((r) => [r.fromId, r.toId]));
    expect(relations[3]).toMatchObject({ type: 'MENTIONS', key: 'міністр', articleIds: ['person:a'] });
    expect(relations[0]).not.toHaveProperty('fromId');
  });

  it('gives empty lists for no rows', () => {
    expect(byPosition([])).toEqual({ nodeIds: [], relations: [] });
  });
});
