// The fingerprint of a graph: one hash over every node (labels, properties with their types) and every relationship
// (type, its ends named by their labels and `id`, properties with their types), nothing left out. Two graphs have the
// same fingerprint when they hold the same nodes and relationships, whatever their internal ids. Backups record it and
// restores check it (src/backup/); tests compare graphs with it. The typed reading of the graph here is also what
// backups write.
import { createHash } from 'node:crypto';
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { loadCypher } from './cypher.js';

const Q = loadCypher(['backup/read-nodes', 'backup/read-relationships']);

/**
 * A property's value as read: strings and booleans (and lists of them) as they are; any other type as Cypher's
 * toString of it (of each element for a list), which the Cypher function of its type parses back exactly.
 */
export type PropValue = string | boolean | string[] | boolean[];

/** A property as read: its key, its Cypher type (`INTEGER`, `LIST<STRING>`, `ZONED DATETIME`...) and its value. */
export type Prop = [key: string, type: string, value: PropValue];

export interface NodeRow {
  /** The node's element id in the graph it was read from: a backup's name for it, not part of the fingerprint. */
  key: string;
  labels: string[];
  props: Prop[];
}

/** An end of a relationship as the fingerprint names it: its labels and its `id`, or all its properties when it has none. */
export interface EndIdentity {
  labels: string[];
  props: Prop[];
}

export interface RelationshipRow {
  type: string;
  /** The ends' element ids (NodeRow.key). */
  start: string;
  end: string;
  props: Prop[];
  startIdentity: EndIdentity;
  endIdentity: EndIdentity;
}

/** Whatever runs a statement and streams its records: an open transaction, so that both reads see one graph. */
export interface StreamRunner {
  run(query: string, parameters?: Record<string, unknown>): AsyncIterable<Neo4jRecord>;
}

/** valueType() says `INTEGER NOT NULL`, `LIST<STRING NOT NULL> NOT NULL`: a stored property is never null. */
const typeName = (valueType: string): string => valueType.replaceAll(' NOT NULL', '');

function props(raw: unknown): Prop[] {
  return (raw as [string, string, PropValue][]).map(([k, t, v]) => [k, typeName(t), v]);
}

/** Every node, streamed (the driver pulls more as they are consumed: a large graph is never held whole). */
export async function* readNodes(tx: StreamRunner): AsyncGenerator<NodeRow> {
  for await (const r of tx.run(Q['backup/read-nodes'])) {
    yield { key: r.get('key') as string, labels: r.get('labels') as string[], props: props(r.get('props')) };
  }
}

/** Every relationship, streamed. */
export async function* readRelationships(tx: StreamRunner): AsyncGenerator<RelationshipRow> {
  for await (const r of tx.run(Q['backup/read-relationships'])) {
    yield {
      type: r.get('type') as string,
      start: r.get('start') as string,
      end: r.get('end') as string,
      props: props(r.get('props')),
      startIdentity: { labels: r.get('startLabels') as string[], props: props(r.get('startProps')) },
      endIdentity: { labels: r.get('endLabels') as string[], props: props(r.get('endProps')) },
    };
  }
}

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  /** SHA-256, hex. */
  digest: string;
}

const MODULUS = 1n << 256n;
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const canonicalProps = (p: Prop[]): Prop[] => [...p].sort((x, y) => byCodeUnit(x[0], y[0]));
const canonicalEnd = (e: EndIdentity) => [[...e.labels].sort(byCodeUnit), canonicalProps(e.props)];
const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * Adds nodes and relationships in any order. Each one's canonical form (labels and properties sorted) is hashed and
 * the hashes are summed modulo 2^256: the sum of a multiset does not depend on the order, so the graph streams through
 * in constant memory where sorting it would hold it whole, and a node twice counts twice (XOR would cancel them).
 */
export class Fingerprinter {
  private nodeCount = 0;
  private relationshipCount = 0;
  private nodeSum = 0n;
  private relationshipSum = 0n;

  node(row: Pick<NodeRow, 'labels' | 'props'>): void {
    this.nodeCount++;
    this.nodeSum = (this.nodeSum + itemHash(['node', [...row.labels].sort(byCodeUnit), canonicalProps(row.props)])) % MODULUS;
  }

  relationship(row: Pick<RelationshipRow, 'type' | 'props' | 'startIdentity' | 'endIdentity'>): void {
    this.relationshipCount++;
    const item = ['relationship', row.type, canonicalEnd(row.startIdentity), canonicalEnd(row.endIdentity), canonicalProps(row.props)];
    this.relationshipSum = (this.relationshipSum + itemHash(item)) % MODULUS;
  }

  result(): GraphFingerprint {
    const { nodeCount: nodes, relationshipCount: relationships } = this;
    const digest = sha256(`nodes ${nodes} ${this.nodeSum.toString(16)} relationships ${relationships} ${this.relationshipSum.toString(16)}`);
    return { nodes, relationships, digest };
  }
}

function itemHash(item: unknown): bigint {
  return BigInt(`0x${sha256(JSON.stringify(item))}`);
}

/** The fingerprint of the graph an open transaction sees. */
export async function fingerprintIn(tx: StreamRunner): Promise<GraphFingerprint> {
  const f = new Fingerprinter();
  for await (const n of readNodes(tx)) f.node(n);
  for await (const r of readRelationships(tx)) f.relationship(r);
  return f.result();
}

/**
 * How long a whole-graph read may take. Servers may set a default transaction timeout (the local Neo4j's is 60 s, a
 * safety net for queries): a large graph takes longer, and a read holds no lock that would make others wait.
 */
export const WHOLE_GRAPH_TIMEOUT_MS = 24 * 3600 * 1000;

/** The fingerprint of the graph, read in one read transaction. */
export async function graphFingerprint(db: { driver: Driver }, database?: string): Promise<GraphFingerprint> {
  const session = db.driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const tx = session.beginTransaction({ timeout: WHOLE_GRAPH_TIMEOUT_MS });
    try {
      return await fingerprintIn(tx);
    } finally {
      await tx.close();
    }
  } finally {
    await session.close();
  }
}

export function sameFingerprint(a: GraphFingerprint, b: GraphFingerprint): boolean {
  return a.nodes === b.nodes && a.relationships === b.relationships && a.digest === b.digest;
}

/** `497 nodes, 1,234 relationships, fingerprint 3f9a…` for messages. */
export function describeFingerprint(f: GraphFingerprint): string {
  return `${f.nodes.toLocaleString('en')} nodes, ${f.relationships.toLocaleString('en')} relationships, fingerprint ${f.digest.slice(0, 16)}`;
}
