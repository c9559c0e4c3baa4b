// Shortest paths between two nodes: over facts first, through articles only when facts do not connect them.
import { loadCypher, withCards, type CardFields } from '../db/cypher.js';
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

type Which = 'graph/shortest-fact-path' | 'graph/shortest-any-path';
/** The path statements by card fields; bounded, as clients choose the fields (oldest dropped first). */
const byCards = new Map<string, string>();
const MAX_CACHED = 200;

function statement(which: Which, cards: CardFields): string {
  const key = `${which}|${cards.key}`;
  let text = byCards.get(key);
  if (!text) {
    text = withCards(Q[which], ['n'], cards);
    if (byCards.size >= MAX_CACHED) byCards.delete(byCards.keys().next().value!);
    byCards.set(key, text);
  }
  return text;
}

/** The path's node cards carry the fields given: the operation's (cardFieldsOf), as node pages' do. */
export async function shortestPath(db: QueryRunner, from: string, to: string, maxHops: number, cards: CardFields): Promise<PathRow | null> {
  const params = { from, to, maxHops, maxEvidence: PATH_EVIDENCE };
  const [facts] = await db.read<Found>(statement('graph/shortest-fact-path', cards), params);
  if (facts) return toPathRow(facts);
  const [any] = await db.read<Found>(statement('graph/shortest-any-path', cards), params);
  return toPathRow(any);
}
