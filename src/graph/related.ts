// Related actors of one actor, validated and batched: the widget's hot path.
import { z } from 'zod';
import type { Context } from '../context.js';
import { parse } from '../shared/inputs.js';
import type { RelatedRow } from './rows.js';

export const MAX_RELATED = 50;
const First = z.number().int().min(1).max(MAX_RELATED, `at most ${MAX_RELATED}`).nullish();

export async function relatedOf(ctx: Context, id: string, first: number | null | undefined): Promise<RelatedRow[]> {
  const limit = parse(First, first) ?? 10;
  const cached = ctx.relatedCache?.get(id, limit);
  if (cached) return cached;
  const rows = (await ctx.loaders.related.load({ id, limit }))?.rows ?? [];
  ctx.relatedCache?.set(id, limit, rows);
  return rows;
}
