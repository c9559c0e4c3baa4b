// The statement that fetches a node page: the node and only the lists the query asks for. It is assembled from
// cypher/node/page/: head.cypher, then one CALL per list, each giving the list's column and `<list>Nodes`, the nodes
// it shows. The nodes of every list are returned once each, as cards, in `nodes`. One statement for every page
// with dead branches for the lists not asked cost a person page 1.7-1.8 times the Neo4j and client CPU of the
// raw driver's hand-written query, and sent 5.8 KB of text with each request (docs/benchmarks.md).
import { loadCypher, narrowed, NODE_CARD, type CardFields } from '../db/cypher.js';

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

/** Statements assembled, by parts (at most 2^11 sets); narrowed() keeps them by card fields too. */
const cache = new Map<string, string>();

/**
 * The page statement for these parts (in PAGE_PARTS order whatever the order given), with node cards carrying the
 * fields given (the whole operation's: see cardFields); built once per set. With cards of the fields a page shows,
 * not of all 15, and no evidence read for speakers whose evidence is not shown, the bench's event page statement cost
 * 1.37 ms of client and Neo4j CPU against 1.58 (10k corpus, median of six interleaved rounds).
 */
export function pageStatement(parts: readonly PagePart[], cards: CardFields): string {
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
  return narrowed(`page:${key}`, text, ['n', 'm'], cards);
}
