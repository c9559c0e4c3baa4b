// Shortest paths between two nodes: over facts first, through articles only when facts do not connect them.
import { loadCypher, narrowed, type CardFields } from '../db/cypher.js';
import type { QueryRunner } from '../db/database.js';
import { zipEvidence } from '../shared/evidence.js';
import type { PathRow } from './rows.js';

export const MAX_HOPS = 6;
/** Evidence sentences returned per path step (PathStep.evidenceCount has the full number). */
export const PATH_EVIDENCE = 20;

const NAMES = ['graph/shortest-fact-path', 'graph/shortest-any-path'] as const;
type Name = (typeof NAMES)[number];

/**
 * A template's statement for each hop limit 1..MAX_HOPS, its pattern's bound `*..MAX_HOPS` replaced by the limit:
 * Cypher takes no parameter for a variable-length bound, and a limit checked after the search made Neo4j enumerate
 * every path up to the template's bound whenever the shortest was too long or missing. Neo4j's shortestPath is itself
 * a bidirectional breadth-first search that stops when either side runs out, so bounded in the pattern it answers an
 * unreachable node in milliseconds (10k articles: 2-12 ms, at most 55), in one round trip where a search driven from
 * here would cost one a level.
 * Throws at import time when a template has not exactly one such bound.
 */
export function statementsByHops(name: string, template: string): ReadonlyMap<number, string> {
  const bound = `*..${MAX_HOPS}]`;
  const count = template.split(bound).length - 1;
  if (count !== 1) throw new Error(`cypher/${name}.cypher must bound its path pattern once with ${bound} (found ${count}).`);
  return new Map(Array.from({ length: MAX_HOPS }, (_, i) => [i + 1, template.replace(bound, `*..${i + 1}]`)]));
}

const TEMPLATES = loadCypher(NAMES);
const BY_HOPS = Object.fromEntries(NAMES.map((n) => [n, statementsByHops(n, TEMPLATES[n])])) as Record<Name, ReadonlyMap<number, string>>;

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

function search(db: QueryRunner, name: Name, maxHops: number, cards: CardFields, params: Record<string, unknown>): Promise<Found[]> {
  const statement = BY_HOPS[name].get(maxHops);
  if (statement === undefined) throw new RangeError(`maxHops must be 1..${MAX_HOPS}, not ${maxHops}.`);
  return db.read<Found>(narrowed(`${name}/${maxHops}`, statement, ['n'], cards), params);
}

/**
 * The shortest path of at most maxHops steps (1..MAX_HOPS), or null; the same node at both ends (merged ids included)
 * is a path of no step. The path's node cards carry the fields given: the operation's (cardFieldsOf), as node pages' do.
 */
export async function shortestPath(db: QueryRunner, from: string, to: string, maxHops: number, cards: CardFields): Promise<PathRow | null> {
  const params = { from, to, maxEvidence: PATH_EVIDENCE };
  const [facts] = await search(db, 'graph/shortest-fact-path', maxHops, cards, params);
  if (facts) return toPathRow(facts);
  const [any] = await search(db, 'graph/shortest-any-path', maxHops, cards, params);
  return toPathRow(any);
}
