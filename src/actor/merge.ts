// Merging two actors: relationships move to the survivor and the old id keeps resolving.
import { loadCypher } from '../db/cypher.js';
import type { QueryRunner } from '../db/database.js';

const Q = loadCypher(['actor/merge-actors']);

export async function mergeActors(db: QueryRunner, fromId: string, intoId: string): Promise<boolean> {
  const rows = await db.write<{ id: string }>(Q['actor/merge-actors'], { fromId, intoId });
  return rows.length === 1;
}
