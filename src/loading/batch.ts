// DataLoader factories for the two batched query shapes: `UNWIND $ids` lookups and `UNWIND $keys` page requests.
import DataLoader from 'dataloader';
import type { Params, QueryRunner } from '../db/database.js';

/** One query per batch of ids; rows carry `key` and are re-ordered to the ids. */
export function byIdLoader<R extends { key: string }>(db: QueryRunner, cypher: string, params: Params = {}) {
  return new DataLoader<string, R | null>(async (ids) => {
    const rows = await db.read<R>(cypher, { ...params, ids: [...ids] });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** One query per batch of page requests (filters + skip + limit); each request is keyed by its JSON. */
export function pageLoader<K extends object, R extends { key: string }>(db: QueryRunner, cypher: string) {
  return new DataLoader<K, R | null, string>(
    async (keys) => {
      const withKeys = keys.map((k) => ({ ...k, key: JSON.stringify(k) }));
      const rows = await db.read<R>(cypher, { keys: withKeys });
      const byKey = new Map(rows.map((r) => [r.key, r]));
      return withKeys.map((k) => byKey.get(k.key) ?? null);
    },
    { cacheKeyFn: (k) => JSON.stringify(k) },
  );
}
