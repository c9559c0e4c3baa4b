// Paginated lists shared by top-level queries and nested fields: events, articles, statements.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { Filters, PageKey } from '../loaders.js';
import { connection, pageArgs, type Connection, type Page } from '../pagination.js';
import type { StatementRow } from '../statement/rows.js';
import { loadMany, type ArticleNode, type EventNode } from './load.js';
import { showsArticlesBeyondId, showsEvidence } from './selection.js';

type PageInput = { first?: number | null; after?: string | null };

const none: Filters = { reform: null, actor: null, speaker: null, event: null, from: null, to: null, minConfidence: null };

/** The page loaders' key for a list request; built in one place so that prefetched pages are found under it. */
export function pageRequest(filters: Partial<Filters>, page: Page): PageKey {
  return { ...none, ...filters, ...page };
}

/**
 * A statement page's key: with whether its rows carry their evidence articles' cards and their evidence at all. The
 * loaders key pages by their JSON, so loads and primes (src/node/prefetch.ts) build it here, in one order.
 */
export function statementPageKey(filters: Partial<Filters>, page: Page, articles: boolean, evidence: boolean): PageKey {
  return { ...pageRequest(filters, page), articles, evidence };
}

export async function eventConnection(ctx: Context, filters: Partial<Filters>, args: PageInput): Promise<Connection<EventNode>> {
  const page = pageArgs(args, ctx.config.MAX_PAGE_SIZE);
  const res = await ctx.loaders.eventPages.load(pageRequest(filters, page));
  return connection(await loadMany(ctx, 'event', res?.ids ?? []), res?.totalCount ?? 0, page);
}

export async function articleConnection(ctx: Context, filters: Partial<Filters>, args: PageInput): Promise<Connection<ArticleNode>> {
  const page = pageArgs(args, ctx.config.MAX_PAGE_SIZE);
  const res = await ctx.loaders.articlePages.load(pageRequest(filters, page));
  return connection(await loadMany(ctx, 'article', res?.ids ?? []), res?.totalCount ?? 0, page);
}

/**
 * A page of statements. The evidence articles' cards come only when the field shows more of them than their ids, and
 * the evidence only when it shows evidence (node(id)'s prefetch primes its pages under the same key,
 * src/node/prefetch.ts).
 */
export async function statementConnection(ctx: Context, filters: Partial<Filters>, args: PageInput, info: GraphQLResolveInfo): Promise<Connection<StatementRow>> {
  const page = pageArgs(args, ctx.config.MAX_PAGE_SIZE);
  const res = await ctx.loaders.statementPages.load(statementPageKey(filters, page, showsArticlesBeyondId(info), showsEvidence(info)));
  return connection(res?.rows ?? [], res?.totalCount ?? 0, page);
}
