// Loads nodes by id through the request's node loader, typed by kind; ids of the wrong kind or gone are dropped.
import type { Context } from '../context.js';
import type { NodeRow } from '../node/rows.js';

export type ActorNode = Extract<NodeRow, { __typename: 'Person' | 'Organization' | 'Hromada' | 'Territory' | 'Project' }>;
export type EventNode = Extract<NodeRow, { __typename: 'Event' }>;
export type ArticleNode = Extract<NodeRow, { __typename: 'Article' }>;
export type ReformNode = Extract<NodeRow, { __typename: 'Reform' }>;

const guards = {
  actor: (r: NodeRow): r is ActorNode => 'aliases' in r,
  event: (r: NodeRow): r is EventNode => r.__typename === 'Event',
  article: (r: NodeRow): r is ArticleNode => r.__typename === 'Article',
  reform: (r: NodeRow): r is ReformNode => r.__typename === 'Reform',
};
type Kind = keyof typeof guards;
type Of<K extends Kind> = { actor: ActorNode; event: EventNode; article: ArticleNode; reform: ReformNode }[K];

export async function loadNodes(ctx: Context, ids: readonly string[]): Promise<NodeRow[]> {
  const rows = await ctx.loaders.nodes.loadMany(ids);
  return rows.filter((r): r is NodeRow => !!r && !(r instanceof Error));
}

export async function loadMany<K extends Kind>(ctx: Context, kind: K, ids: readonly string[]): Promise<Of<K>[]> {
  return (await loadNodes(ctx, ids)).filter(guards[kind]) as Of<K>[];
}

export async function loadOne<K extends Kind>(ctx: Context, kind: K, id: string | null | undefined): Promise<Of<K> | null> {
  const row = id ? await ctx.loaders.nodes.load(id) : null;
  return row && guards[kind](row) ? (row as Of<K>) : null;
}

/** For fields the schema declares non-null: a dangling id is a server error, not a silent null. */
export async function requireOne<K extends Kind>(ctx: Context, kind: K, id: string): Promise<Of<K>> {
  const row = await loadOne(ctx, kind, id);
  if (!row) throw new Error(`${kind} ${id} is referenced but missing`);
  return row;
}
