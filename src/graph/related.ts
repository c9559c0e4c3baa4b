// Related actors of one actor, validated, batched and cached: the widget's hot path.
import { z } from 'zod';
import type { Context } from '../context.js';
import { primeNodes, type NodeCard } from '../node/loaders.js';
import { parse } from '../shared/inputs.js';
import type { RelatedRow } from './rows.js';

export const MAX_RELATED = 50;
const First = z.number().int().min(1).max(MAX_RELATED, `at most ${MAX_RELATED}`).nullish();

/** What the cache keeps for one (id, first): the ranked rows and the related actors' properties. */
export interface RelatedAnswer { rows: RelatedRow[]; nodes: NodeCard[] }

/** The ranked related actors, or null when no actor has this id (merged-away ids are followed). */
export async function relatedOf(ctx: Context, id: string, first: number | null | undefined): Promise<RelatedRow[] | null> {
  const limit = parse(First, first) ?? 10;
  const load = async () => (await ctx.loaders.related.load({ id, limit })) ?? null;
  const answer = ctx.relatedCache ? await ctx.relatedCache.getOrLoad(id, limit, load) : await load();
  if (!answer) return null;
  // The actors' properties came with the ranking (or from the cache): `actor { name }` needs no second query.
  primeNodes(ctx.loaders.nodes, answer.nodes);
  return answer.rows;
}
