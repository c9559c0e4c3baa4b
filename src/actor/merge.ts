// Merging two actors: relationships move to the survivor and the old id keeps resolving.
import { loadCypher } from '../db/cypher.js';
import type { Database, QueryRunner } from '../db/database.js';
import { bumpGraphVersion } from '../store/graph-version.js';

const Q = loadCypher(['actor/merge-actors', 'actor/get-merge-pair']);

/** Merges without checks, inside a caller's transaction (the KATOTTG importer knows its pairs are sound). */
export async function mergeActors(db: QueryRunner, fromId: string, intoId: string): Promise<boolean> {
  const rows = await db.write<{ id: string }>(Q['actor/merge-actors'], { fromId, intoId });
  return rows.length === 1;
}

/** A merge refused, with the reason meant for the person asking. */
export class MergeError extends Error {}

export interface MergeOutcome {
  survivor: string;
  merged: string;
  name: string;
  /** Relationships the merged-away actor had, now on the survivor (joined where both had the same one). */
  relationshipsMoved: number;
}

interface PairRow { key: string; id: string | null; kind: string | null; name: string | null; relationships: number }

/** Persons merge with persons, hromadas with hromadas, and so on: merging across families is always a mistake. */
function family(kind: string): string {
  if (kind === 'PERSON' || kind === 'HROMADA' || kind === 'PROJECT') return kind;
  if (kind === 'OBLAST' || kind === 'RAION') return 'TERRITORY';
  return 'ORGANIZATION';
}

/**
 * Merges actor `fromId` into `intoId` in one transaction after checking both exist (a merged-away id counts as its
 * survivor), differ and are of one family. Throws MergeError with the reason otherwise.
 */
export async function mergeActorsChecked(db: Database, fromId: string, intoId: string): Promise<MergeOutcome> {
  const outcome = await db.inWriteTransaction(async (tx) => {
    const rows = await tx.read<PairRow>(Q['actor/get-merge-pair'], { ids: [fromId, intoId] });
    const [from, into] = [fromId, intoId].map((k) => rows.find((r) => r.key === k));
    if (!from?.id) throw new MergeError(`No actor with id ${fromId}.`);
    if (!into?.id) throw new MergeError(`No actor with id ${intoId}.`);
    if (from.id === into.id) throw new MergeError(`${fromId} and ${intoId} are already one actor (${into.id}).`);
    if (family(from.kind ?? '') !== family(into.kind ?? '')) {
      throw new MergeError(`Cannot merge ${from.id} (${from.kind}) into ${into.id} (${into.kind}): they are different kinds of actor.`);
    }
    if (!(await mergeActors(tx, from.id, into.id))) throw new MergeError(`${from.id} changed during the merge; try again.`);
    return { survivor: into.id, merged: from.id, name: into.name ?? into.id, relationshipsMoved: from.relationships };
  });
  bumpGraphVersion();
  return outcome;
}
