// The raw floor: one hand-written Cypher statement per operation, run with neo4j-driver, no GraphQL.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../../src/db/database.js';
import { PATH_EVIDENCE } from '../../src/graph/path.js';
import { toLucene } from '../../src/search/lucene.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, string>();

/** bench/cypher/<name>.cypher without its comment lines. */
export function rawCypher(name: string): string {
  let text = cache.get(name);
  if (!text) {
    text = readFileSync(join(HERE, '..', 'cypher', `${name}.cypher`), 'utf8')
      .split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').trim();
    cache.set(name, text);
  }
  return text;
}

export const RAW_OPS = ['related', 'person', 'statements', 'search', 'path', 'event'] as const;
export type RawOp = (typeof RAW_OPS)[number];

/** What the GraphQL fields default to. */
const DEFAULTS: Record<RawOp, Record<string, unknown>> = {
  related: { first: 10 }, person: { first: 20 }, statements: { first: 50, skip: 0 }, search: { first: 10 }, path: { maxHops: 4, maxEvidence: PATH_EVIDENCE }, event: {},
};

/** Runs one operation: its variables as the GraphQL queries take them; the row, or null. */
export async function runRaw(db: QueryRunner, op: RawOp, vars: Record<string, unknown>): Promise<unknown> {
  const params: Record<string, unknown> = { ...DEFAULTS[op], ...vars };
  if (op === 'search') {
    params['lucene'] = toLucene(typeof vars['query'] === 'string' ? vars['query'] : '');
    params['limit'] = 500;
    delete params['query'];
  }
  for (const k of ['first', 'skip', 'limit', 'maxHops', 'maxEvidence']) if (typeof params[k] === 'number') params[k] = neo4j.int(params[k]);
  const rows = await db.read<{ row: unknown }>(rawCypher(op), params);
  // related answers one record per actor (as the peer's @cypher list field expects); the others one record.
  return op === 'related' ? rows.map((r) => r.row) : (rows[0]?.row ?? null);
}
