// The per-request DataLoaders: created in the context factory, never at module level, so caches never leak across requests.
import { loadCypher } from './db/cypher.js';
import type { Params, QueryRunner } from './db/database.js';
import type { EvidenceRow } from './article/rows.js';
import type { PositionEvidenceRow, PositionRow } from './actor/rows.js';
import type { RelatedRow } from './graph/rows.js';
import type { StatementRow } from './statement/rows.js';
import { byIdLoader, pageLoader, type OnRows } from './loading/batch.js';
import type { EventLinks, PrefetchedEventLinks } from './event/links.js';
import { NodeLoader, primeNodes, type NodeCard } from './node/loaders.js';

const Q = loadCypher([
  'actor/get-positions', 'actor/get-position-evidence', 'actor/get-links', 'actor/get-territory', 'event/get-event-links', 'event/list-events',
  'statement/list-statements', 'article/list-articles', 'article/get-article-links', 'graph/related-actors',
]);

export interface Filters {
  reform: string | null;
  actor?: string | null;
  speaker?: string | null;
  event?: string | null;
  from: string | null;
  to: string | null;
  /** Statements only: facts read with at least this confidence. */
  minConfidence?: number | null;
}
/**
 * `articles`: whether statement pages carry their evidence articles' cards; `evidence`: whether their rows carry
 * evidence at all (absent: they do). Built by statementPageKey (src/shared/lists.ts), for loads and primes alike.
 */
export type PageKey = Filters & { skip: number; limit: number; articles?: boolean; evidence?: boolean };

export type { EvidenceRow };

/** Rows of link and page queries carry the nodes they name, for the node loader. */
type Carrying = { nodes?: NodeCard[] };

export function createLoaders(db: QueryRunner) {
  const nodes = new NodeLoader(db);
  const prime: OnRows = (rows) => { for (const r of rows as Carrying[]) primeNodes(nodes, r.nodes); };
  const byId = <R extends { key: string }>(cypher: string, params: Params = {}) => byIdLoader<R>(db, cypher, params, prime);
  const pages = <K extends object, R extends { key: string }>(cypher: string) => pageLoader<K, R>(db, cypher, prime);
  const links = (type: string, direction: 'in' | 'out') => byId<{ key: string; ids: string[] }>(Q['actor/get-links'], { type, direction });
  return {
    nodes,
    positionsOfPerson: byId<{ key: string; rows: PositionRow[] }>(Q['actor/get-positions'], { side: 'person' }),
    positionsAtOrganization: byId<{ key: string; rows: PositionRow[] }>(Q['actor/get-positions'], { side: 'organization' }),
    positionEvidence: byId<PositionEvidenceRow>(Q['actor/get-position-evidence']),
    funders: links('FUNDS', 'in'),
    implementers: links('IMPLEMENTS', 'in'),
    funds: links('FUNDS', 'out'),
    implements: links('IMPLEMENTS', 'out'),
    territory: byId<{ key: string; raionId: string | null; oblastId: string | null }>(Q['actor/get-territory']),
    eventLinks: byId<EventLinks & { key: string }>(Q['event/get-event-links']),
    prefetchedEventLinks: new Map() as PrefetchedEventLinks,
    articleLinks: byId<{ key: string; mentions: string[]; events: string[]; related: string[] }>(Q['article/get-article-links']),
    eventPages: pages<PageKey, { key: string; totalCount: number; ids: string[] }>(Q['event/list-events']),
    articlePages: pages<PageKey, { key: string; totalCount: number; ids: string[] }>(Q['article/list-articles']),
    statementPages: pages<PageKey, { key: string; totalCount: number; rows: StatementRow[] }>(Q['statement/list-statements']),
    // Not primed here: relatedOf primes from the answer, which may come from its cache instead.
    related: pageLoader<{ id: string; limit: number }, { key: string; rows: RelatedRow[]; nodes: NodeCard[] }>(db, Q['graph/related-actors']),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
