// Loader batching: many loads in one tick become one query, results come back in key order.
import { describe, expect, it } from 'vitest';
import type { Params, QueryRunner } from '../../../src/db/database.js';
import { byIdLoader, pageLoader } from '../../../src/loading/batch.js';
import { NodeLoader } from '../../../src/node/loaders.js';

function recordingRunner(answer: (params: Params) => unknown[]) {
  const calls: Params[] = [];
  const runner: QueryRunner = {
    read: async <T>(_c: string, p: Params = {}) => { calls.push(p); return answer(p) as T[]; },
    write: async <T>(_c: string, p: Params = {}) => { calls.push(p); return answer(p) as T[]; },
  };
  return { runner, calls };
}

describe('batch loaders', () => {
  it('turns many id loads into one query and re-orders rows to the keys', async () => {
    const { runner, calls } = recordingRunner((p) => [...(p['ids'] as string[])].reverse().filter((id) => id !== 'c').map((key) => ({ key, v: key.toUpperCase() })));
    const loader = byIdLoader<{ key: string; v: string }>(runner, 'UNWIND $ids AS key RETURN key');
    const rows = await Promise.all(['a', 'b', 'c', 'a'].map((id) => loader.load(id)));
    expect(calls).toHaveLength(1);
    expect(calls[0]!['ids']).toEqual(['a', 'b', 'c']);
    expect(rows.map((r) => r?.v ?? null)).toEqual(['A', 'B', null, 'A']);
  });

  it('batches page requests with different filters into one query', async () => {
    const { runner, calls } = recordingRunner((p) => (p['keys'] as { key: string }[]).map((k) => ({ key: k.key, n: 1 })));
    const loader = pageLoader<{ id: string; skip: number }, { key: string; n: number }>(runner, 'UNWIND $keys AS k RETURN k.key AS key');
    await Promise.all([loader.load({ id: 'x', skip: 0 }), loader.load({ id: 'y', skip: 0 }), loader.load({ id: 'x', skip: 0 })]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!['keys']).toHaveLength(2);
  });

  it('answers known nodes at once and loads the others in one batch', async () => {
    const { runner, calls } = recordingRunner((p) => (p['ids'] as string[]).map((key) => ({ key, card: ['Reform', key, key.toUpperCase(), null] })));
    const nodes = new NodeLoader(runner);
    nodes.prime('reform:a', { __typename: 'Reform', id: 'reform:a', name: 'A', nameEn: null });
    // Primed: a plain value, no promise and no query.
    expect(nodes.get('reform:a')).toEqual({ __typename: 'Reform', id: 'reform:a', name: 'A', nameEn: null });
    expect(nodes.getMany(['reform:a'])).toEqual([nodes.get('reform:a')]);
    const many = nodes.getMany(['reform:a', 'reform:b', 'reform:c']);
    expect(many).toBeInstanceOf(Promise);
    expect((await many).map((r) => (r && 'name' in r ? r.name : null))).toEqual(['A', 'REFORM:B', 'REFORM:C']);
    expect(calls).toHaveLength(1);
    expect(calls[0]!['ids']).toEqual(['reform:b', 'reform:c']);
    // Loaded nodes are known from then on; a later prime does not replace them.
    nodes.prime('reform:b', { __typename: 'Reform', id: 'reform:b', name: 'other', nameEn: null });
    expect(nodes.get('reform:b')).toMatchObject({ name: 'REFORM:B' });
    expect(calls).toHaveLength(1);
  });
});
