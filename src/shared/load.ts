// Loads nodes by id through the request's node loader, typed by kind; ids of the wrong kind or gone are dropped.
// Known nodes come back as plain values, not promises (NodeLoader), so that graphql-js completes them in place.
import type { Context } from '../context.js';
import type { NodeRow } from '../node/rows.js';

export type ActorNode = Extract<NodeRow, { __typename: 'Person' | 'Organization' | 'Hromada' | 'Territory' | 'Project' }>;
export type EventNode = Extract<NodeRow, { __typename: 'Event' }>;
export type ArticleNode = Extract<NodeRow, { __typename: 'Article' }>;
export type ReformNode = Extract<NodeRow, { __typename: 'Reform' }>;
export type Maybe<T> = T | Promise<T>;

const guards = {
  actor: (r: NodeRow): r is ActorNode => 'aliases' in r,
  event: (r: NodeRow): r is EventNode => r.__typename === 'Event',
  article: (r: NodeRow): r is ArticleNode => r.__typename === 'Article',
  reform: (r: NodeRow): r is ReformNode => r.__typename === 'Reform',
};
type Kind = keyof typeof guards;
type Of<K extends Kind> = { actor: ActorNode; event: EventNode; article: ArticleNode; reform: ReformNode }[K];

/** Applies f to a value now, or to a promise's value when it comes. (Not named `then`: a module exporting `then` is
 * a thenable, and awaiting its import calls it.) */
export function whenReady<T, U>(v: Maybe<T>, f: (x: T) => Maybe<U>): Maybe<U> {
  return v instanceof Promise ? v.then(f) : f(v);
}

export function loadNodes(ctx: Context, ids: readonly string[]): Maybe<NodeRow[]> {
  return whenReady(ctx.loaders.nodes.getMany(ids), (rows) => rows.filter((r): r is NodeRow => !!r));
}

export function loadMany<K extends Kind>(ctx: Context, kind: K, ids: readonly string[]): Maybe<Of<K>[]> {
  return whenReady(loadNodes(ctx, ids), (rows) => rows.filter(guards[kind]) as Of<K>[]);
}

export function loadOne<K extends Kind>(ctx: Context, kind: K, id: string | null | undefined): Maybe<Of<K> | null> {
  if (!id) return null;
  return whenReady(ctx.loaders.nodes.get(id), (row) => (row && guards[kind](row) ? (row as Of<K>) : null));
}

/** For fields the schema declares non-null: a dangling id is a server error, not a silent null. */
export function requireOne<K extends Kind>(ctx: Context, kind: K, id: string): Maybe<Of<K>> {
  return whenReady(loadOne(ctx, kind, id), (row) => {
    if (!row) throw new Error(`${kind} ${id} is referenced but missing`);
    return row;
  });
}
