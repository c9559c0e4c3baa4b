// Shortest paths between two nodes: over facts first, through articles only when facts do not connect them.
import { loadCypher } from '../db/cypher.js';
import type { QueryRunner } from '../db/database.js';
import type { PathRow } from './rows.js';

const Q = loadCypher(['graph/shortest-fact-path', 'graph/shortest-any-path']);

export const MAX_HOPS = 6;
/** Evidence sentences returned per path step (PathStep.evidenceCount has the full number). */
export const PATH_EVIDENCE = 20;

export async function shortestPath(db: QueryRunner, from: string, to: string, maxHops: number): Promise<PathRow | null> {
  const params = { from, to, maxHops, maxEvidence: PATH_EVIDENCE };
  const [facts] = await db.read<PathRow>(Q['graph/shortest-fact-path'], params);
  if (facts) return facts;
  const [any] = await db.read<PathRow>(Q['graph/shortest-any-path'], params);
  return any ?? null;
}
