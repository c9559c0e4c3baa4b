// Merging two actors: relationships move to the survivor and the old id keeps resolving. Every merge is recorded
// (a :Merge node: who, when, and snapshots of all it changed), so that unmergeActor (src/actor/unmerge.ts) can undo it.
import { randomUUID } from 'node:crypto';
import { loadCypher } from '../db/cypher.js';
import type { Database, QueryRunner } from '../db/database.js';
import { bumpGraphVersion } from '../store/graph-version.js';

const Q = loadCypher(['actor/merge-actors', 'actor/get-merge-pair']);

/**
 * Merges without checks, inside a caller's transaction (the KATOTTG importer knows its pairs are sound); `by` says who
 * asked, for the record. Returns the merge's id, or null when either actor is missing or they are one.
 */
export async function mergeActors(db: QueryRunner, fromId: string, intoId: string, by = 'npm run import:katottg'): Promise<string | null> {
  const rows = await db.write<{ mergeId: string }>(Q['actor/merge-actors'], { fromId, intoId, by, mergeId: `merge:${randomUUID()}` });
  return rows[0]?.mergeId ?? null;
}

/** A merge refused, with the reason meant for the person asking. */
export class MergeError extends Error {}

export interface MergeOutcome {
  survivor: string;
  merged: string;
  name: string;
  /** Relationships the merged-away actor had, now on the survivor (joined where both had the same one). */
  relationshipsMoved: number;
  /** The merge's record: unmergeActor(mergeId) and `npm run unmerge -- <mergeId>` undo it. */
  mergeId: string;
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
 * survivor), differ and are of one family. Throws MergeError with the reason otherwise. `by` (an API key's name, or
 * who ran the command) goes into the merge's record.
 */
export async function mergeActorsChecked(db: Database, fromId: string, intoId: string, by = 'unknown'): Promise<MergeOutcome> {
  const outcome = await db.inWriteTransaction(async (tx) => {
    const rows = await tx.read<PairRow>(Q['actor/get-merge-pair'], { ids: [fromId, intoId] });
    const [from, into] = [fromId, intoId].map((k) => rows.find((r) => r.key === k));
    if (!from?.id) throw new MergeError(`No actor with id ${fromId}.`);
    if (!into?.id) throw new MergeError(`No actor with id ${intoId}.`);
    if (from.id === into.id) throw new MergeError(`${fromId} and ${intoId} are already one actor (${into.id}).`);
    if (family(from.kind ?? '') !== family(into.kind ?? '')) {
      throw new MergeError(`Cannot merge ${from.id} (${from.kind}) into ${into.id} (${into.kind}): they are different kinds of actor.`);
    }
    const mergeId = await mergeActors(tx, from.id, into.id, by);
    if (!mergeId) throw new MergeError(`${from.id} changed during the merge; try again.`);
    return { survivor: into.id, merged: from.id, name: into.name ?? into.id, relationshipsMoved: from.relationships, mergeId };
  });
  bumpGraphVersion();
  return outcome;
}
