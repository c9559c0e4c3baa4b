// The backup file: gzipped JSON Lines. Line 1 is the header (format, version, when, counts, the graph's fingerprint);
// then one line per node, then one per relationship. Properties keep their Cypher types: strings, booleans and lists
// of them are plain JSON; every other type is {"$type": "ZONED DATETIME", "value": "2024-06-04T10:11:12.5Z"} with
// Cypher's own text of the value (a list: of each element), which restore parses back with the function of its type.
import { z } from 'zod';
import type { NodeRow, Prop, PropValue, RelationshipRow } from '../db/fingerprint.js';

export const FORMAT = 'hromada-graph-backup';
export const VERSION = 1;

/** A backup or restore refused, with the reason and what to do, meant for the person running it. */
export class BackupError extends Error {}

/** Types stored as plain JSON. */
const PLAIN_TYPES = new Set(['STRING', 'BOOLEAN', 'LIST<STRING>', 'LIST<BOOLEAN>', 'LIST<NOTHING>']);
/** Types stored as text that a Cypher function parses back exactly (cypher/backup/restore-batch.cypher). */
const SCALAR_TYPES = ['INTEGER', 'FLOAT', 'DATE', 'ZONED DATETIME', 'LOCAL DATETIME', 'ZONED TIME', 'LOCAL TIME', 'DURATION'] as const;
export const TYPED_TYPES = [...SCALAR_TYPES, ...SCALAR_TYPES.map((t) => `LIST<${t}>` as const)] as const;
type TypedType = (typeof TYPED_TYPES)[number];
const TYPED = new Set<string>(TYPED_TYPES);

export const Header = z.object({
  format: z.literal(FORMAT, { errorMap: () => ({ message: `not "${FORMAT}"` }) }),
  version: z.number().int().positive(),
  createdAt: z.string().datetime(),
  nodes: z.number().int().nonnegative(),
  relationships: z.number().int().nonnegative(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 in hex'),
});
export type Header = z.infer<typeof Header>;

type TypedValue = { $type: TypedType; value: string | string[] };
type Value = PropValue | TypedValue;

/**
 * What is wrong with a property's value as the file holds it, or null. By hand: as a zod union of the five shapes it
 * took 70% of the time a 240 MB backup took to check (13.1 s, now 3.9 s), making an issue for every shape not taken.
 */
function valueProblem(v: unknown): string | null {
  if (typeof v === 'string' || typeof v === 'boolean') return null;
  if (Array.isArray(v)) {
    return v.every((x) => typeof x === 'string') || v.every((x) => typeof x === 'boolean') ? null : 'a list of mixed or unknown values';
  }
  if (v === null || typeof v !== 'object') return 'a value of no type a backup carries';
  const { $type: type, value, ...rest } = v as Record<string, unknown>;
  if (Object.keys(rest).length) return `unexpected keys ${Object.keys(rest).join(', ')}`;
  if (typeof type !== 'string' || !TYPED.has(type)) return `a type backups do not carry (${JSON.stringify(type)})`;
  const list = type.startsWith('LIST<');
  if (list ? !(Array.isArray(value) && value.every((x) => typeof x === 'string')) : typeof value !== 'string') {
    return list ? 'a list type needs a list of texts' : 'a value of this type is written as text';
  }
  return null;
}

const Props = z.record(z.string().min(1), z.unknown()).superRefine((props, ctx) => {
  for (const [key, v] of Object.entries(props)) {
    const problem = valueProblem(v);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: problem });
  }
}).transform((props) => props as Record<string, Value>);

export const NodeLine = z.object({ node: z.string().min(1), labels: z.array(z.string().min(1)), props: Props }).strict();
export const RelationshipLine = z.object({ relationship: z.string().min(1), start: z.string().min(1), end: z.string().min(1), props: Props }).strict();
export type NodeLine = z.infer<typeof NodeLine>;
export type RelationshipLine = z.infer<typeof RelationshipLine>;

/** A property in the file's form; throws BackupError for a type the format cannot carry back. */
function encodeProps(props: Prop[], owner: () => string): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [key, type, value] of props) {
    if (PLAIN_TYPES.has(type)) out[key] = value;
    else if (TYPED.has(type)) out[key] = { $type: type as TypedType, value: value as string | string[] };
    else {
      throw new BackupError(`Property ${key} of ${owner()} is of type ${type}, which backups cannot restore (they carry strings, booleans, numbers, temporal types and lists of them); nothing was written.`);
    }
  }
  return out;
}

export function nodeLine(row: NodeRow): NodeLine {
  return { node: row.key, labels: row.labels, props: encodeProps(row.props, () => `node ${row.key} (${row.labels.join(':')})`) };
}

export function relationshipLine(row: RelationshipRow): RelationshipLine {
  return { relationship: row.type, start: row.start, end: row.end, props: encodeProps(row.props, () => `a ${row.type} relationship from ${row.start}`) };
}

/** A line's properties as restore-batch.cypher takes them: plain ones as a map, typed ones as [key, type, text]. */
export function splitProps(props: NodeLine['props']): { plain: Record<string, PropValue>; typed: [string, string, string | string[]][] } {
  const plain: Record<string, PropValue> = {};
  const typed: [string, string, string | string[]][] = [];
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'object' && !Array.isArray(value)) typed.push([key, value.$type, value.value]);
    else plain[key] = value;
  }
  return { plain, typed };
}
