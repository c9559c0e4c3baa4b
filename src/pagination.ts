// Relay connections over offset cursors: validated page arguments, opaque cursors, edges and pageInfo.
import { z } from 'zod';
import { fromZod } from './errors.js';

const PREFIX = 'o:';
/**
 * The largest offset a cursor may carry: far past any list of this graph, and an exact integer for JavaScript and for
 * Neo4j's SKIP (a cursor reading 9999999999999999999 went on to Neo4j and failed there as an internal error).
 */
export const MAX_CURSOR_OFFSET = 2 ** 31 - 1;
const CURSOR_TEXT = /^o:(0|[1-9][0-9]*)$/;

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

const FOREIGN = 'not a cursor from this API: pass an edge cursor or pageInfo.endCursor as this API returned it';

const Cursor = z.string().max(100).transform((s, ctx) => {
  const text = Buffer.from(s, 'base64url').toString();
  const m = CURSOR_TEXT.exec(text);
  // Decoding skips characters outside base64url, so only a cursor that encodes back to itself is ours.
  if (!m || Buffer.from(text).toString('base64url') !== s.replace(/=+$/, '')) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: FOREIGN });
    return z.NEVER;
  }
  const n = Number(m[1]);
  if (n > MAX_CURSOR_OFFSET) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `cursor out of range: its offset is past ${MAX_CURSOR_OFFSET}, beyond any list; pass a cursor this API returned` });
    return z.NEVER;
  }
  return n + 1;
});

export interface Page { skip: number; limit: number }

const pageSchema = (max: number) => z.object({
  first: z.number().int().min(1).max(max, `at most ${max}`).nullish(),
  after: Cursor.nullish(),
});
// Built once per maximum: building a zod schema on every list field was 2% of a profile request's CPU.
const schemas = new Map<number, ReturnType<typeof pageSchema>>();

/** Validates first/after against the configured maximum; errors name the argument. */
export function pageArgs(args: { first?: number | null; after?: string | null }, max: number, defaultFirst = 20): Page {
  let schema = schemas.get(max);
  if (!schema) schemas.set(max, (schema = pageSchema(max)));
  const parsed = schema.safeParse(args);
  if (!parsed.success) throw fromZod(parsed.error);
  return { skip: parsed.data.after ?? 0, limit: parsed.data.first ?? defaultFirst };
}

export interface Connection<T, E extends object = object> {
  edges: ({ cursor: string; node: T } & E)[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export function connection<T, E extends object = object>(nodes: T[], totalCount: number, page: Page, extra?: (i: number) => E): Connection<T, E> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(page.skip + i), node, ...(extra?.(i) ?? ({} as E)) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.skip + nodes.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
