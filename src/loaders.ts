// The per-request DataLoaders: created in the context factory, never at module level, so caches never leak across requests.
import { loadCypher } from './db/cypher.js';
import type { QueryRunner } from './db/database.js';
import type { EvidenceRow } from './article/rows.js';
import type { PositionEvidenceRow, PositionRow } from './actor/rows.js';
import type { RelatedRow } from './graph/rows.js';
import type { StatementRow } from './statement/rows.js';
import { byIdLoader, pageLoader } from './loading/batch.js';
import { createNodeLoader } from './node/loaders.js';

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
}
export type PageKey = Filters & { skip: number; limit: number };

export type { EvidenceRow };

export function createLoaders(db: QueryRunner) {
  const links = (type: string, direction: 'in' | 'out') =>
    byIdLoader<{ key: string; ids: string[] }>(db, Q['actor/get-links'], { type, direction });
  return {
    nodes: createNodeLoader(db),
    positionsOfPerson: byIdLoader<{ key: string; rows: PositionRow[] }>(db, Q['actor/get-positions'], { side: 'person' }),
    positionsAtOrganization: byIdLoader<{ key: string; rows: PositionRow[] }>(db, Q['actor/get-positions'], { side: 'organization' }),
    positionEvidence: byIdLoader<PositionEvidenceRow>(db, Q['actor/get-position-evidence']),
    funders: links('FUNDS', 'in'),
    implementers: links('IMPLEMENTS', 'in'),
    funds: links('FUNDS', 'out'),
    implements: links('IMPLEMENTS', 'out'),
    territory: byIdLoader<{ key: string; raionId: string | null; oblastId: string | null }>(db, Q['actor/get-territory']),
    eventLinks: byIdLoader<{
      key: string; chairs: string[]; participants: string[]; organisers: string[]; reforms: string[]; articles: string[];
    }>(db, Q['event/get-event-links']),
    articleLinks: byIdLoader<{ key: string; mentions: string[]; events: string[]; related: string[] }>(db, Q['article/get-article-links']),
    eventPages: pageLoader<PageKey, { key: string; totalCount: number; ids: string[] }>(db, Q['event/list-events']),
    articlePages: pageLoader<PageKey, { key: string; totalCount: number; ids: string[] }>(db, Q['article/list-articles']),
    statementPages: pageLoader<PageKey, { key: string; totalCount: number; rows: StatementRow[] }>(db, Q['statement/list-statements']),
    related: pageLoader<{ id: string; limit: number }, { key: string; rows: RelatedRow[] }>(db, Q['graph/related-actors']),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
