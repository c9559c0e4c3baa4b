// Loads nodes of any kind by id in one batched query per request, following merged-away ids.
import DataLoader from 'dataloader';
import { loadCypher } from '../db/cypher.js';
import type { QueryRunner } from '../db/database.js';
import type { ActorKind } from '../facts/schema.js';
import type { NodeRow } from './rows.js';

const Q = loadCypher(['node/get-nodes']);

/** A node's labels and shown properties, as get-nodes returns them and as link and page queries carry them in `nodes`. */
export interface NodeCard { labels: string[]; props: Record<string, unknown> }
type Raw = NodeCard & { key: string };
export type NodeLoader = DataLoader<string, NodeRow | null>;

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

export function toNodeRow(raw: NodeCard): NodeRow | null {
  const p = raw.props;
  const id = String(p['id']);
  if (raw.labels.includes('Actor')) {
    const kind = (s(p['kind']) ?? 'OTHER') as ActorKind;
    return {
      __typename: actorTypename(kind), id, kind, name: s(p['name']) ?? id, nameEn: s(p['nameEn']),
      aliases: Array.isArray(p['aliases']) ? (p['aliases'] as string[]) : [], katottg: s(p['katottg']),
    };
  }
  if (raw.labels.includes('Event')) {
    return {
      __typename: 'Event', id, name: s(p['name']) ?? id, kind: s(p['eventKind']), startDate: s(p['startDate']),
      endDate: s(p['endDate']), location: s(p['location']),
    };
  }
  if (raw.labels.includes('Article')) {
    return {
      __typename: 'Article', id, url: s(p['url']), title: s(p['title']), publishedAt: s(p['publishedAt']),
      source: s(p['source']), lang: s(p['lang']) ?? 'uk',
    };
  }
  if (raw.labels.includes('Reform')) return { __typename: 'Reform', id, name: s(p['name']) ?? id, nameEn: s(p['nameEn']) };
  return null;
}

export function createNodeLoader(db: QueryRunner) {
  return new DataLoader<string, NodeRow | null>(async (ids) => {
    const rows = await db.read<Raw>(Q['node/get-nodes'], { ids: [...ids] });
    const byKey = new Map(rows.map((r) => [r.key, toNodeRow(r)]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
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
