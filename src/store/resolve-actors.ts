// Resolution of planned actors against the graph: the node each already is, or none, or several (ambiguous).
import { loadCypher } from '../db/cypher.js';
import type { QueryRunner } from '../db/database.js';
import type { ActorKind } from '../facts/schema.js';
import { pickCandidate, type Candidate } from './candidates.js';
import type { ActorPlan } from './plan.js';

const Q = loadCypher(['store/resolve-actors']);

/** A name that matched several existing nodes: kept apart under its own id, for a person to merge or not. */
export interface AmbiguousMatch { name: string; kind: ActorKind; keptAs: string; candidates: string[] }

export interface Resolution {
  /** Planned id -> id of the existing node it is. */
  map: Map<string, string>;
  /** Planned ids that matched an existing node. */
  matched: Set<string>;
  ambiguous: AmbiguousMatch[];
}

/** One query for all actors (of one article or of a batch): by merged-away id, by id, else by canonical name. */
export async function resolveActors(tx: QueryRunner, actors: ActorPlan[]): Promise<Resolution> {
  const rows = await tx.read<{ planned: string; existing: string | null; candidates: Candidate[] }>(Q['store/resolve-actors'], {
    actors: actors.map((a) => ({
      id: a.id, kind: a.kind, nameKey: a.nameKey, altKeys: a.altKeys, latinKey: a.latinKey, authorityId: a.authorityId,
      open: a.candidates.length === 0,
    })),
  });
  const byId = new Map(actors.map((a) => [a.id, a]));
  const resolution: Resolution = { map: new Map(), matched: new Set(), ambiguous: [] };
  // A name the authority file gives to several bodies, its date not deciding: kept on the article's own node.
  for (const a of actors) if (a.candidates.length > 0) resolution.ambiguous.push({ name: a.name, kind: a.kind, keptAs: a.id, candidates: a.candidates });
  for (const row of rows) {
    const actor = byId.get(row.planned);
    let target = row.existing;
    if (!target && actor) {
      const pick = pickCandidate(row.candidates, actor.oblast);
      target = pick.id ?? null;
      if (pick.ambiguous.length) resolution.ambiguous.push({ name: actor.name, kind: actor.kind, keptAs: actor.id, candidates: pick.ambiguous });
    }
    if (target) {
      resolution.matched.add(row.planned);
      resolution.map.set(row.planned, target);
    }
  }
  return resolution;
}
