// node(id) on a profile or event page: when the query selects the node's lists, one Cypher statement fetches the
// node and the first page of each, and primes the request's loaders with them; the field resolvers then read the
// loaders as always and find everything there. Without this, a person profile cost 7 statements in 3 waves, and
// each statement costs Neo4j and the driver about 0.5 ms of CPU whatever it does (README, Benchmarks).
import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.js';
import { loadCypher } from '../db/cypher.js';
import type { PositionRow } from '../actor/rows.js';
import { pageRequest } from '../shared/lists.js';
import { pageArgs, type Page } from '../pagination.js';
import type { StatementRow } from '../statement/rows.js';
import { primeNodes, toNodeRow, type NodeCard } from './loaders.js';
import type { NodeRow } from './rows.js';

const Q = loadCypher(['node/get-node-page']);

/** Which lists to fetch with the node; null members are not wanted. */
export interface Want {
  positions: boolean;
  events: Page | null;
  statements: Page | null;
  eventStatements: Page | null;
  eventLinks: boolean;
}

const EVENT_LINKS = new Set(['chairs', 'participants', 'organisers', 'reforms', 'articles']);

/** The lists node(id)'s selection asks for, by type condition; null when it asks for none (a plain node load). */
export function wantedLists(info: GraphQLResolveInfo, maxPage: number): Want | null {
  const want: Want = { positions: false, events: null, statements: null, eventStatements: null, eventLinks: false };
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
  const field = (node: FieldNode, typeName: string) => {
    const name = node.name.value;
    const actor = typeName === 'Actor' || typeName === 'Person';
    if (typeName === 'Person' && name === 'positions') want.positions = true;
    else if (actor && name === 'events') want.events ??= page(node);
    else if (typeName === 'Person' && name === 'statements') want.statements ??= page(node);
    else if (typeName === 'Event' && name === 'statements') want.eventStatements = { skip: 0, limit: maxPage };
    else if (typeName === 'Event' && EVENT_LINKS.has(name)) want.eventLinks = true;
  };
  visit(info.fieldNodes[0]?.selectionSet, 'Node');
  const any = want.positions || want.eventLinks || want.events || want.statements || want.eventStatements;
  return any ? want : null;
}

interface NodePageRow {
  node: NodeCard;
  positions: PositionRow[];
  positionNodes: NodeCard[];
  events: { totalCount: number; ids: string[]; nodes: NodeCard[] };
  /** A person's statements page or an event's, whichever the node is. */
  statements: { totalCount: number; rows: StatementRow[]; nodes: NodeCard[] };
  eventLinks: { chairs: string[]; participants: string[]; organisers: string[]; reforms: string[]; articles: string[]; nodes: NodeCard[] } | null;
}

/** Loads the node with its wanted lists in one statement and primes the loaders; null when no node has this id. */
export async function loadNodePage(ctx: Context, id: string, want: Want): Promise<NodeRow | null> {
  const [row] = await ctx.runner.read<NodePageRow>(Q['node/get-node-page'], { id, want });
  const node = row ? toNodeRow(row.node) : null;
  if (!row || !node) return null;
  const l = ctx.loaders;
  // Under the asked id too: a merged-away id resolves to the survivor, as the node loader does.
  l.nodes.prime(id, node).prime(node.id, node);
  const key = node.id;
  if (want.positions && node.__typename === 'Person') {
    l.positionsOfPerson.prime(key, { key, rows: row.positions });
    primeNodes(l.nodes, row.positionNodes);
  }
  if (want.events && 'aliases' in node) {
    const { nodes, ...page } = row.events;
    l.eventPages.prime(pageRequest({ actor: key }, want.events), { key, ...page });
    primeNodes(l.nodes, nodes);
  }
  const statementsOf = node.__typename === 'Person' ? { speaker: key, page: want.statements }
    : node.__typename === 'Event' ? { event: key, page: want.eventStatements } : null;
  if (statementsOf?.page) {
    const { page, ...filter } = statementsOf;
    const { nodes, ...rows } = row.statements;
    l.statementPages.prime(pageRequest(filter, page), { key, ...rows });
    primeNodes(l.nodes, nodes);
  }
  if (want.eventLinks && row.eventLinks && node.__typename === 'Event') {
    const { nodes, ...links } = row.eventLinks;
    l.eventLinks.prime(key, { key, ...links });
    primeNodes(l.nodes, nodes);
  }
  return node;
}
