// Loads nodes of any kind by id in one batched query per request, following merged-away ids.
import DataLoader from 'dataloader';
import { loadCypher } from '../db/cypher.js';
import type { QueryRunner } from '../db/database.js';
import type { ActorKind } from '../facts/schema.js';
import type { NodeRow } from './rows.js';

const Q = loadCypher(['node/get-nodes']);

/**
 * A node as get-nodes returns it and as link and page queries carry it in `nodes`: its kind, then the properties
 * that kind shows, in the order NODE_CARD (src/db/cypher.ts) writes them.
 */
export type NodeCard = readonly unknown[];
type Raw = { key: string; card: NodeCard | null };

const s = (v: unknown) => (typeof v === 'string' ? v : null);

export function actorTypename(kind: ActorKind): 'Person' | 'Organization' | 'Hromada' | 'Territory' | 'Project' {
  switch (kind) {
    case 'PERSON': return 'Person';
    case 'HROMADA': return 'Hromada';
    case 'OBLAST': case 'RAION': return 'Territory';
    case 'PROJECT': return 'Project';
    default: return 'Organization';
  }
}

export function toNodeRow(card: NodeCard | null): NodeRow | null {
  if (!card) return null;
  const id = String(card[1]);
  switch (card[0]) {
    case 'Actor': {
      const [, , kind, name, nameEn, aliases, katottg, nameVerified, authorityId, candidates] = card;
      const k = (s(kind) ?? 'OTHER') as ActorKind;
      return {
        __typename: actorTypename(k), id, kind: k, name: s(name) ?? id, nameEn: s(nameEn),
        aliases: Array.isArray(aliases) ? (aliases as string[]) : [], katottg: s(katottg),
        nameVerified: typeof nameVerified === 'boolean' ? nameVerified : null, authorityId: s(authorityId),
        candidates: Array.isArray(candidates) ? (candidates as string[]) : [],
      };
    }
    case 'Event': {
      const [, , name, kind, startDate, endDate, location] = card;
      return { __typename: 'Event', id, name: s(name) ?? id, kind: s(kind), startDate: s(startDate), endDate: s(endDate), location: s(location) };
    }
    case 'Article': {
      const [, , url, title, publishedAt, source, lang] = card;
      return { __typename: 'Article', id, url: s(url), title: s(title), publishedAt: s(publishedAt), source: s(source), lang: s(lang) ?? 'uk' };
    }
    case 'Reform': return { __typename: 'Reform', id, name: s(card[2]) ?? id, nameEn: s(card[3]) };
    default: return null;
  }
}

/**
 * The request's node loader. Nodes it knows (primed from link and page queries, or loaded) are answered at once,
 * not as promises: graphql-js completes a plain value in place, while each promise costs it a tick and an
 * allocation, and a person page resolves about 80 nodes (measured in-process: no gain beyond the noise).
 */
export class NodeLoader {
  private readonly known = new Map<string, NodeRow>();
  private readonly loader: DataLoader<string, NodeRow | null>;

  constructor(db: QueryRunner) {
    this.loader = new DataLoader<string, NodeRow | null>(async (ids) => {
      const rows = await db.read<Raw>(Q['node/get-nodes'], { ids: [...ids] });
      const byKey = new Map(rows.map((r) => [r.key, toNodeRow(r.card)]));
      return ids.map((id) => {
        const row = byKey.get(id) ?? null;
        if (row && !this.known.has(id)) this.known.set(id, row);
        return row;
      });
    });
  }

  /** Ids already known keep their value. */
  prime(id: string, row: NodeRow): this {
    if (!this.known.has(id)) {
      this.known.set(id, row);
      this.loader.prime(id, row);
    }
    return this;
  }

  /** The node if known, else a promise of it (null when no node has this id). */
  get(id: string): NodeRow | null | Promise<NodeRow | null> {
    return this.known.get(id) ?? this.loader.load(id);
  }

  /**
   * The nodes in order, null for unknown ids: at once when all are known. A failed batch rejects with its error
   * (DataLoader's loadMany would hand it back as a value, and a list of nodes with holes reads as missing data).
   */
  getMany(ids: readonly string[]): (NodeRow | null)[] | Promise<(NodeRow | null)[]> {
    const rows: NodeRow[] = [];
    for (const id of ids) {
      const row = this.known.get(id);
      if (!row) return Promise.all(ids.map((x) => this.loader.load(x)));
      rows.push(row);
    }
    return rows;
  }

  load(id: string): Promise<NodeRow | null> {
    return this.loader.load(id);
  }
}

/**
 * Puts the nodes a link or page query carried (`nodes`) into the request's node loader, so that the fields reading
 * them cost no second round trip. Ids already loaded keep their value.
 */
export function primeNodes(loader: NodeLoader, cards: readonly NodeCard[] | null | undefined): void {
  for (const card of cards ?? []) {
    const row = toNodeRow(card);
    if (row) loader.prime(row.id, row);
  }
}
