// node(id) on a profile or event page: when the query selects the node's lists, one Cypher statement fetches the
// node and the first page of each, and primes the request's loaders with them; the field resolvers then read the
// loaders as always and find everything there. Without this, a person profile cost 7 statements in 3 waves, and
// each statement costs Neo4j and the driver about 0.5 ms of CPU whatever it does (docs/architecture.md, Round trips).
import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.js';
import { EVENT_LINK_LISTS, isEventLinkList, primeEventLinks, type EventLinkList } from '../event/links.js';
import type { PositionRow } from '../actor/rows.js';
import type { CardFields } from '../db/cypher.js';
import { pageRequest, statementPageKey } from '../shared/lists.js';
import { shows, showsBeyondId } from '../shared/selection.js';
import { pageArgs, type Page } from '../pagination.js';
import type { StatementRow } from '../statement/rows.js';
import { primeNodes, toNodeRow, type NodeCard } from './loaders.js';
import { PAGE_PARTS, pageStatement } from './page-statement.js';
import type { NodeRow } from './rows.js';

/**
 * Which lists to fetch with the node, with their pages; a list not named is not wanted. statementArticles and
 * eventStatementArticles: the articles of the statements' evidence, fetched when the selection shows more of them
 * than their ids (Evidence.article answers an id-only selection from the evidence itself); statementEvidence and
 * eventStatementEvidence: the statements' evidence, fetched when the selection shows it.
 */
export type Want = {
  positions?: true; events?: Page; statements?: Page; eventStatements?: Page;
  statementArticles?: true; eventStatementArticles?: true; statementEvidence?: true; eventStatementEvidence?: true;
} & Partial<Record<EventLinkList, true>>;

/** The lists node(id)'s selection asks for, by type condition; null when it asks for none (a plain node load). */
export function wantedLists(info: GraphQLResolveInfo, maxPage: number): Want | null {
  const want: Want = {};
  const visit = (set: SelectionSetNode | undefined, typeName: string) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet, sel.typeCondition?.name.value ?? typeName);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = info.fragments[sel.name.value];
        if (frag) visit(frag.selectionSet, frag.typeCondition.name.value);
      } else field(sel, typeName);
    }
  };
  // The first selection of a list decides its page; other aliases with other arguments load as usual.
  // Read from the AST, not with graphql's typed helpers: their instanceof checks fail when Apollo and this module
  // load graphql through different entry points (CJS and ESM).
  const page = (node: FieldNode): Page | null => {
    const args = Object.fromEntries((node.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)]));
    try {
      return pageArgs(args, maxPage);
    } catch {
      return null; // invalid arguments: the field's own resolver reports them
    }
  };
  // Any `article` anywhere under the field, through fragments: a false positive only costs the articles' lookup.
  const showsArticles = (set: SelectionSetNode | undefined) => showsBeyondId(set, 'article', info.fragments);
  const field = (node: FieldNode, typeName: string) => {
    const name = node.name.value;
    const actor = typeName === 'Actor' || typeName === 'Person';
    if (typeName === 'Person' && name === 'positions') want.positions = true;
    else if (actor && name === 'events') want.events ??= page(node) ?? undefined;
    else if (typeName === 'Person' && name === 'statements') {
      want.statements ??= page(node) ?? undefined;
      if (showsArticles(node.selectionSet)) want.statementArticles = true;
      if (shows(node.selectionSet, 'evidence', info.fragments)) want.statementEvidence = true;
    } else if (typeName === 'Event' && name === 'statements') {
      want.eventStatements = { skip: 0, limit: maxPage };
      if (showsArticles(node.selectionSet)) want.eventStatementArticles = true;
      if (shows(node.selectionSet, 'evidence', info.fragments)) want.eventStatementEvidence = true;
    }
    else if (typeName === 'Event' && isEventLinkList(name)) want[name] = true;
  };
  visit(info.fieldNodes[0]?.selectionSet, 'Node');
  return PAGE_PARTS.some((p) => want[p]) ? want : null;
}

type Rows = { key: string; totalCount: number; rows: StatementRow[] };

interface NodePageRow extends Partial<Record<EventLinkList, string[]>> {
  node: NodeCard;
  nodes: NodeCard[];
  positions?: PositionRow[];
  events?: { totalCount: number; ids: string[] };
  statements?: Omit<Rows, 'key'>;
  eventStatements?: Omit<Rows, 'key'>;
}

/**
 * Loads the node with its wanted lists in one statement and primes the loaders; null when no node has this id. Node
 * cards carry the fields given: the operation's (cardFieldsOf), since every field of the request reads the rows.
 */
export async function loadNodePage(ctx: Context, id: string, want: Want, cards: CardFields): Promise<NodeRow | null> {
  const parts = PAGE_PARTS.filter((p) => want[p]);
  const params = {
    id, events: want.events ?? null,
    statements: want.statements ? { ...want.statements, evidence: !!want.statementEvidence } : null,
    eventStatements: want.eventStatements ? { ...want.eventStatements, evidence: !!want.eventStatementEvidence } : null,
  };
  const [row] = await ctx.runner.read<NodePageRow>(pageStatement(parts, cards), params);
  const node = row ? toNodeRow(row.node) : null;
  if (!row || !node) return null;
  const l = ctx.loaders;
  // Under the asked id too: a merged-away id resolves to the survivor, as the node loader does.
  l.nodes.prime(id, node).prime(node.id, node);
  primeNodes(l.nodes, row.nodes);
  const key = node.id;
  if (want.positions && row.positions && node.__typename === 'Person') l.positionsOfPerson.prime(key, { key, rows: row.positions });
  if (want.events && row.events && 'aliases' in node) l.eventPages.prime(pageRequest({ actor: key }, want.events), { key, ...row.events });
  if (want.statements && row.statements && node.__typename === 'Person') {
    l.statementPages.prime(statementPageKey({ speaker: key }, want.statements, !!want.statementArticles, !!want.statementEvidence), { key, ...row.statements });
  }
  if (want.eventStatements && row.eventStatements && node.__typename === 'Event') {
    l.statementPages.prime(statementPageKey({ event: key }, want.eventStatements, !!want.eventStatementArticles, !!want.eventStatementEvidence), { key, ...row.eventStatements });
  }
  if (node.__typename === 'Event') {
    const lists = Object.fromEntries(EVENT_LINK_LISTS.flatMap((list) => (want[list] && row[list] ? [[list, row[list]]] : [])));
    primeEventLinks(l, key, lists);
  }
  return node;
}
