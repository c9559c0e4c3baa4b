// The duplicates report: pairs of actors likely to be one, each with the evidence for it (shared name forms after
// folding, one Latin key for two spellings, the same title at the same body), for a person to accept (merge) or
// reject (mark distinct: the report leaves the pair out from then on).
import { z } from 'zod';
import { loadCypher } from '../db/cypher.js';
import type { QueryRunner } from '../db/database.js';

const Q = loadCypher(['resolve/duplicate-names', 'resolve/duplicate-latin', 'resolve/duplicate-positions', 'resolve/ambiguous-nodes', 'resolve/mark-distinct']);

const NameRow = z.object({ a: z.string(), aName: z.string(), aKind: z.string(), b: z.string(), bName: z.string(), bKind: z.string(), shared: z.array(z.string()) });
const LatinRow = z.object({ a: z.string(), aName: z.string(), b: z.string(), bName: z.string(), latinKey: z.string(), aVerified: z.boolean(), bVerified: z.boolean() });
const AmbiguousRow = z.object({ id: z.string(), name: z.string(), candidates: z.array(z.string()), present: z.array(z.object({ id: z.string(), name: z.string() })) });
const PositionRow = z.object({ a: z.string(), aName: z.string(), b: z.string(), bName: z.string(), org: z.string(), orgName: z.string(), title: z.string() });

export interface DuplicatePair {
  a: { id: string; name: string };
  b: { id: string; name: string };
  evidence: string[];
  /** The id to merge away and the one to keep: a person's name read back from Latin gives way to a verified one. */
  merge: { from: string; into: string };
}

/** A node kept apart because its name fits several institutions: the candidates, and those the graph has. */
export interface AmbiguousNode { id: string; name: string; candidates: string[]; present: { id: string; name: string }[] }

export async function ambiguousNodes(db: QueryRunner, limit = REPORT_LIMIT): Promise<AmbiguousNode[]> {
  return parseRows(AmbiguousRow, await db.read(Q['resolve/ambiguous-nodes'], { limit }), 'ambiguous-node');
}

export interface ReportOptions { limit: number; maxShare: number; minLength: number }
const REPORT_LIMIT = 200;
export const REPORT_DEFAULTS: ReportOptions = { limit: REPORT_LIMIT, maxShare: 5, minLength: 5 };

function parseRows<T>(schema: z.ZodType<T>, rows: unknown[], what: string): T[] {
  return rows.map((r) => {
    const p = schema.safeParse(r);
    if (!p.success) throw new Error(`duplicates report: unexpected ${what} row: ${p.error.issues[0]?.message ?? 'invalid'}`);
    return p.data;
  });
}

export async function duplicatesReport(db: QueryRunner, options: Partial<ReportOptions> = {}): Promise<DuplicatePair[]> {
  const o = { ...REPORT_DEFAULTS, ...options };
  const params = { limit: o.limit, maxShare: o.maxShare, minLength: o.minLength };
  const [names, latin, positions] = await Promise.all([
    db.read(Q['resolve/duplicate-names'], params).then((r) => parseRows(NameRow, r, 'shared-name')),
    db.read(Q['resolve/duplicate-latin'], params).then((r) => parseRows(LatinRow, r, 'Latin-key')),
    db.read(Q['resolve/duplicate-positions'], params).then((r) => parseRows(PositionRow, r, 'same-position')),
  ]);
  const pairs = new Map<string, DuplicatePair>();
  const pair = (a: string, aName: string, b: string, bName: string): DuplicatePair => {
    const key = `${a}\u0000${b}`;
    const found = pairs.get(key) ?? { a: { id: a, name: aName }, b: { id: b, name: bName }, evidence: [], merge: { from: a, into: b } };
    pairs.set(key, found);
    return found;
  };
  for (const r of names) pair(r.a, r.aName, r.b, r.bName).evidence.push(`shared name forms: ${r.shared.slice(0, 4).map((s) => `"${s}"`).join(', ')}${r.shared.length > 4 ? ` (+${r.shared.length - 4})` : ''}`);
  for (const r of latin) {
    const p = pair(r.a, r.aName, r.b, r.bName);
    p.evidence.push(`one Latin key "${r.latinKey}" for both spellings${!r.aVerified || !r.bVerified ? ' (a name read back from Latin)' : ''}`);
    // Keep the Ukrainian spelling: merge the node named by transliteration into the verified one.
    if (!r.aVerified && r.bVerified) p.merge = { from: r.a, into: r.b };
    if (r.aVerified && !r.bVerified) p.merge = { from: r.b, into: r.a };
  }
  for (const r of positions) pair(r.a, r.aName, r.b, r.bName).evidence.push(`same title "${r.title}" at ${r.orgName} (${r.org})`);
  // Most evidence first.
  return [...pairs.values()].sort((x, y) => y.evidence.length - x.evidence.length || x.a.id.localeCompare(y.a.id)).slice(0, o.limit);
}

export async function markDistinct(db: QueryRunner, a: string, b: string): Promise<boolean> {
  const rows = await db.write(Q['resolve/mark-distinct'], { a, b });
  return rows.length > 0;
}
