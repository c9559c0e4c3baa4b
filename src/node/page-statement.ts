// The statement that fetches a node page: the node and only the lists the query asks for. It is assembled from
// cypher/node/page/: head.cypher, then one CALL per list, each giving the list's column and `<list>Nodes`, the nodes
// it shows. The nodes of every list are returned once each, as cards, in `nodes`. One statement for every page
// with dead branches for the lists not asked cost a person page 1.7-1.8 times the Neo4j and client CPU of the
// raw driver's hand-written query, and sent 5.8 KB of text with each request (README, Benchmarks).
import { loadCypher, NODE_CARD, withCards, type CardFields } from '../db/cypher.js';

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

/** Statements built, by parts and card fields; bounded, as clients choose the fields (oldest dropped first). */
const cache = new Map<string, string>();
export const MAX_CACHED_PAGE_STATEMENTS = 500;

/**
 * The page statement for these parts (in PAGE_PARTS order whatever the order given), with node cards carrying the
 * fields given (the whole operation's: see cardFields); built once per set. Cards of the fields a page shows, not of
 * all 15: on the 10k bench corpus an event page's statement cost 0.1 ms less of client and Neo4j CPU together.
 */
export function pageStatement(parts: readonly PagePart[], cards: CardFields): string {
  const wanted = PAGE_PARTS.filter((p) => parts.includes(p) && (!NEEDS[p] || parts.includes(NEEDS[p])));
  const key = `${wanted.join(',')}|${cards.key}`;
  let text = cache.get(key);
  if (!text) {
    const nodes = wanted.length ? wanted.map((p) => `${p}Nodes`).join(' + ') : '[]';
    text = withCards([
      Q['node/page/head'],
      ...wanted.map((p) => Q[FILES[p]]),
      `RETURN ${[...wanted.filter((p) => !NODES_ONLY.has(p)), `${NODE_CARD('n')} AS node`].join(', ')},`,
      `  COLLECT { UNWIND ${nodes} AS m WITH DISTINCT m RETURN ${NODE_CARD('m')} } AS nodes`,
    ].join('\n'), ['n', 'm'], cards);
    if (cache.size >= MAX_CACHED_PAGE_STATEMENTS) cache.delete(cache.keys().next().value!);
    cache.set(key, text);
  }
  return text;
}
