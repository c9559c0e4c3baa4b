// DataLoader factories for the two batched query shapes: `UNWIND $ids` lookups and `UNWIND $keys` page requests.
import DataLoader from 'dataloader';
import type { Params, QueryRunner } from '../db/database.js';

/** Called with every batch's rows: the node loader is primed from the `nodes` they carry. */
export type OnRows = (rows: readonly object[]) => void;

/** One query per batch of ids; rows carry `key` and are re-ordered to the ids. */
export function byIdLoader<R extends { key: string }>(db: QueryRunner, cypher: string, params: Params = {}, onRows?: OnRows) {
  return new DataLoader<string, R | null>(async (ids) => {
    const rows = await db.read<R>(cypher, { ...params, ids: [...ids] });
    onRows?.(rows);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** The cache key of a page request: its JSON. */
const pageKey = (k: object): string => JSON.stringify(k);

/** One query per batch of page requests (filters + skip + limit); each request is keyed by its JSON. */
export function pageLoader<K extends object, R extends { key: string }>(db: QueryRunner, cypher: string, onRows?: OnRows) {
  return new DataLoader<K, R | null, string>(
    async (keys) => {
      const withKeys = keys.map((k) => ({ ...k, key: pageKey(k) }));
      const rows = await db.read<R>(cypher, { keys: withKeys });
      onRows?.(rows);
      const byKey = new Map(rows.map((r) => [r.key, r]));
      return withKeys.map((k) => byKey.get(k.key) ?? null);
    },
    { cacheKeyFn: pageKey },
  );
}
