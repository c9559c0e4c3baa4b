// The statement that fetches a node page: the node and only the lists the query asks for. It is assembled from
// cypher/node/page/: head.cypher, then one CALL per list, each giving the list's column and `<list>Nodes`, the nodes
// it shows. The nodes of every list are returned once each, as cards, in `nodes`. One statement for every page
// with dead branches for the lists not asked cost a person page 1.7-1.8 times the Neo4j and client CPU of the
// raw driver's hand-written query, and sent 5.8 KB of text with each request (README, Benchmarks).
import { loadCypher, NODE_CARD } from '../db/cypher.js';

export const PAGE_PARTS = [
  'positions', 'events', 'statements', 'statementArticles', 'eventStatements', 'eventStatementArticles',
  'chairs', 'participants', 'organisers', 'reforms', 'articles',
] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

const FILES = {
  positions: 'node/page/positions', events: 'node/page/events', statements: 'node/page/statements',
  statementArticles: 'node/page/statement-articles', eventStatements: 'node/page/event-statements',
  eventStatementArticles: 'node/page/event-statement-articles', chairs: 'node/page/chairs', participants: 'node/page/participants',
  organisers: 'node/page/organisers', reforms: 'node/page/reforms', articles: 'node/page/articles',
} as const satisfies Record<PagePart, string>;

const Q = loadCypher(['node/page/head', ...Object.values(FILES)]);

/** Parts that only add nodes (the evidence articles of a statements part), with no column of their own. */
const NODES_ONLY: ReadonlySet<PagePart> = new Set(['statementArticles', 'eventStatementArticles']);
/** The statements part a nodes-only part reads. */
const NEEDS: Partial<Record<PagePart, PagePart>> = { statementArticles: 'statements', eventStatementArticles: 'eventStatements' };

const cache = new Map<string, string>();

/** The page statement for these parts (in PAGE_PARTS order whatever the order given); built once per set. */
export function pageStatement(parts: readonly PagePart[]): string {
  const wanted = PAGE_PARTS.filter((p) => parts.includes(p) && (!NEEDS[p] || parts.includes(NEEDS[p])));
  const key = wanted.join(',');
  let text = cache.get(key);
  if (!text) {
    const nodes = wanted.length ? wanted.map((p) => `${p}Nodes`).join(' + ') : '[]';
    text = [
      Q['node/page/head'],
      ...wanted.map((p) => Q[FILES[p]]),
      `RETURN ${[...wanted.filter((p) => !NODES_ONLY.has(p)), `${NODE_CARD('n')} AS node`].join(', ')},`,
      `  COLLECT { UNWIND ${nodes} AS m WITH DISTINCT m RETURN ${NODE_CARD('m')} } AS nodes`,
    ].join('\n');
    cache.set(key, text);
  }
  return text;
}
