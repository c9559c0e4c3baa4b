// Makes a document fit its schema by cutting or dropping the parts that do not, so that one over-long derived
// field (a source line that swallowed a trailer, a runaway name) never costs the whole article.
import type { z } from 'zod';

export interface Fitted<T> {
  value: T;
  /** One line per part cut or dropped, saying which and why. */
  warnings: string[];
}

/** Paths that must never be cut or dropped: without them the document means something else. */
export type Keep = (path: readonly (string | number)[]) => boolean;

const ELLIPSIS = '…';

/** Cuts at the last word boundary before the limit, marking the cut. */
export function cutText(s: string, max: number): string {
  const room = Math.max(1, max - ELLIPSIS.length);
  const head = s.slice(0, room);
  const space = head.search(/\s\S*$/);
  return `${(space > room / 2 ? head.slice(0, space) : head).trimEnd()}${ELLIPSIS}`;
}

type Container = Record<string | number, unknown> | unknown[];

function parentOf(root: unknown, path: readonly (string | number)[]): Container | null {
  let at: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (at === null || typeof at !== 'object') return null;
    at = (at as Container)[key as never];
  }
  return at !== null && typeof at === 'object' ? (at as Container) : null;
}

/**
 * Parses `input` with `schema`; where it fails, an over-long string is cut to its limit and any other failing
 * part is dropped (an array element removed, an optional field nulled), each with a warning, and the parse is
 * tried again. Throws the schema's error only when a kept path fails or nothing more can be removed.
 */
export function fitToSchema<S extends z.ZodTypeAny>(schema: S, input: unknown, keep: Keep = () => false): Fitted<z.infer<S>> {
  // Nearly every document fits: it is parsed as it is, and copied only to be cut.
  const first = schema.safeParse(input);
  if (first.success) return { value: first.data as z.infer<S>, warnings: [] };
  const value: unknown = structuredClone(input);
  const warnings: string[] = [];
  for (let round = 0; round < 50; round += 1) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return { value: parsed.data as z.infer<S>, warnings };
    // Array elements are removed from the highest index down, so that earlier paths stay valid in this round.
    const issues = [...parsed.error.issues].sort((a, b) => comparePaths(b.path, a.path));
    let changed = false;
    const removed = new Set<string>();
    for (const issue of issues) {
      const path = issue.path;
      if (path.length === 0 || keep(path)) throw parsed.error;
      const parent = parentOf(value, path);
      const key = path[path.length - 1]!;
      if (!parent) continue;
      const current = (parent as Record<string | number, unknown>)[key];
      const label = path.join('.');
      if (issue.code === 'too_big' && issue.type === 'string' && typeof current === 'string') {
        (parent as Record<string | number, unknown>)[key] = cutText(current, Number(issue.maximum));
        warnings.push(`${label}: cut to ${String(issue.maximum)} characters (was ${current.length})`);
        changed = true;
        continue;
      }
      // Drop the smallest enclosing part that can go: an array element, else the field itself.
      const arrayAt = lastArrayIndex(value, path);
      const target = arrayAt ?? path;
      const id = target.join('.');
      if (removed.has(id) || target.length === 0 || keep(target)) continue;
      const holder = parentOf(value, target);
      const last = target[target.length - 1]!;
      if (!holder) continue;
      if (Array.isArray(holder) && typeof last === 'number') holder.splice(last, 1);
      else (holder as Record<string | number, unknown>)[last] = null;
      removed.add(id);
      warnings.push(`${id}: dropped (${issue.message})`);
      changed = true;
    }
    if (!changed) throw parsed.error;
  }
  return { value: schema.parse(value) as z.infer<S>, warnings };
}

/** The deepest prefix of path that ends at an array index: the element to remove for a failure inside it. */
function lastArrayIndex(root: unknown, path: readonly (string | number)[]): (string | number)[] | null {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    if (typeof path[i] !== 'number') continue;
    const holder = parentOf(root, path.slice(0, i + 1));
    if (Array.isArray(holder)) return path.slice(0, i + 1);
  }
  return null;
}

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
