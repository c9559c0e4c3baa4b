// Shortest paths between two nodes: over facts first, through articles only when facts do not connect them.
import { loadCypher, narrowed, type CardFields } from '../db/cypher.js';
import type { QueryRunner } from '../db/database.js';
import { zipEvidence } from '../shared/evidence.js';
import type { PathRow } from './rows.js';

const Q = loadCypher(['graph/shortest-fact-path', 'graph/shortest-any-path']);

export const MAX_HOPS = 6;
/** Evidence sentences returned per path step (PathStep.evidenceCount has the full number). */
export const PATH_EVIDENCE = 20;

/** A step as the path statements return it: [from, to, type, evidence count, article ids, sentences]. */
type StepList = [string, string, string, number, string[], (string | null)[]];
type Found = Omit<PathRow, 'steps'> & { steps: StepList[] };

function toPathRow(found: Found | undefined): PathRow | null {
  if (!found) return null;
  const steps = found.steps.map(([fromId, toId, relation, evidenceCount, articles, sentences]) => ({
    fromId, toId, relation, evidenceCount,
    evidence: zipEvidence(articles, sentences),
  }));
  return { ...found, steps };
}

/** The path's node cards carry the fields given: the operation's (cardFieldsOf), as node pages' do. */
export async function shortestPath(db: QueryRunner, from: string, to: string, maxHops: number, cards: CardFields): Promise<PathRow | null> {
  const params = { from, to, maxHops, maxEvidence: PATH_EVIDENCE };
  const [facts] = await db.read<Found>(narrowed('shortest-fact-path', Q['graph/shortest-fact-path'], ['n'], cards), params);
  if (facts) return toPathRow(facts);
  const [any] = await db.read<Found>(narrowed('shortest-any-path', Q['graph/shortest-any-path'], ['n'], cards), params);
  return toPathRow(any);
}
