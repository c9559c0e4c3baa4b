// Restores a backup (src/backup/backup.ts) into an empty graph: the whole file is checked first (a truncated or
// damaged file is refused before anything is written), the migrations are applied, the nodes and then the
// relationships are written in batches, and the restored graph's fingerprint must equal the one the backup recorded.
// A restore that fails while writing removes what it wrote: the graph is empty again.
import neo4j from 'neo4j-driver';
import { loadCypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { describeFingerprint, graphFingerprint, type GraphFingerprint } from '../db/fingerprint.js';
import { migrate } from '../db/migrate.js';
import { BackupError, splitProps, type Header } from './format.js';
import { openBackup, verifyBackup, type Entry } from './read-backup.js';

const Q = loadCypher([
  'backup/count-graph', 'backup/restore-key-create', 'backup/restore-key-drop', 'backup/restore-batch',
  'backup/restore-finish', 'backup/restore-undo-relationships', 'backup/restore-undo',
]);

export interface RestoreOptions {
  /** NEO4J_DATABASE, as the Database was connected with; the server's default database when unset. */
  database?: string;
  log?: (line: string) => void;
  /** Lines per write transaction, and their uncompressed bytes at most (an article's body can be 2 MiB). */
  batchRows?: number;
  batchBytes?: number;
}

export interface RestoreOutcome {
  header: Header;
  fingerprint: GraphFingerprint;
}

/** A batch is one transaction; a large one may take a while on a small server, and nothing else waits on it. */
const WRITE_TIMEOUT_MS = 300_000;
const UNMARK_BATCH = 10_000;
const PROGRESS_EVERY_MS = 1000;

interface GraphCounts { nodes: number; relationships: number; restoring: number }

function refusal(counts: GraphCounts): BackupError {
  const interrupted = counts.restoring > 0 ? `, ${counts.restoring.toLocaleString('en')} of the nodes from an interrupted restore` : '';
  return new BackupError(
    `The graph is not empty (${counts.nodes.toLocaleString('en')} nodes, ${counts.relationships.toLocaleString('en')} relationships${interrupted}): ` +
    'restore writes into an empty graph only, so that what it leaves is exactly the backup. Nothing was written. ' +
    'To replace this graph, back it up first if it matters (npm run backup -- <file>), then empty it: for the local Neo4j, ' +
    'stop the server and move its data aside (mv .neo4j/data .neo4j/data.old, or the data folder under NEO4J_HOME); ' +
    'for another Neo4j, point NEO4J_URI or NEO4J_DATABASE at an empty database. Then run npm run restore again, ' +
    'before npm start (which loads the seed into an empty graph unless SEED_ON_START=false).',
  );
}

/** Restores `file` into the graph, which must be empty. Throws BackupError with the reason when it cannot. */
export async function restoreGraph(db: Database, file: string, o: RestoreOptions = {}): Promise<RestoreOutcome> {
  const log = o.log ?? (() => {});
  log(`Checking ${file}...`);
  const header = await verifyBackup(file);
  log(`${file}: ${header.nodes.toLocaleString('en')} nodes and ${header.relationships.toLocaleString('en')} relationships, backed up ${header.createdAt}; every line checks.`);

  const session = db.driver.session({ database: o.database, defaultAccessMode: neo4j.session.WRITE });
  const write: Write = async (cypher, params = {}) => {
    const result = await session.executeWrite((tx) => tx.run(cypher, params), { timeout: WRITE_TIMEOUT_MS });
    const first = result.records[0];
    return first && first.keys.length ? Number(first.get(0)) : 0;
  };
  try {
    let [counts] = await db.read<GraphCounts>(Q['backup/count-graph']);
    if (counts && counts.nodes > 0 && counts.restoring === counts.nodes) {
      // Every node is marked as a restore's own: what a restore that was stopped midway wrote, and nothing else.
      log(`The graph holds only what an interrupted restore wrote (${counts.nodes.toLocaleString('en')} nodes): removing it first.`);
      await removeMarked(write);
      [counts] = await db.read<GraphCounts>(Q['backup/count-graph']);
    }
    if (!counts || counts.nodes > 0) throw refusal(counts ?? { nodes: -1, relationships: -1, restoring: 0 });
    await migrate(db);

    await write(Q['backup/restore-key-create']);
    try {
      await writeLines(file, header, write, log, o.batchRows ?? 2000, o.batchBytes ?? 8 * 1024 * 1024);
      while ((await write(Q['backup/restore-finish'], { limit: neo4j.int(UNMARK_BATCH) })) > 0) {
        // unmarking, a batch at a time
      }
    } catch (e) {
      throw await undo(write, e);
    }
    await write(Q['backup/restore-key-drop']);
  } finally {
    await session.close();
  }

  const restored = await graphFingerprint(db, o.database);
  const recorded = { nodes: header.nodes, relationships: header.relationships, digest: header.fingerprint };
  if (restored.digest !== recorded.digest || restored.nodes !== recorded.nodes || restored.relationships !== recorded.relationships) {
    throw new BackupError(
      `The restored graph is not the one backed up: ${describeFingerprint(restored)}, where the backup recorded ${describeFingerprint(recorded)}. ` +
      'It is left in place to be looked at; did something else write to the database during the restore? Empty it before restoring again.',
    );
  }
  return { header, fingerprint: restored };
}

type Write = (cypher: string, params?: Record<string, unknown>) => Promise<number>;

/** Removes every node a restore marked, with its relationships, and the restore's constraint. */
async function removeMarked(write: Write): Promise<void> {
  while ((await write(Q['backup/restore-undo-relationships'], { limit: neo4j.int(UNMARK_BATCH) })) > 0) {
    // removing, a batch at a time
  }
  while ((await write(Q['backup/restore-undo'], { limit: neo4j.int(UNMARK_BATCH) })) > 0) {
    // removing, a batch at a time
  }
  await write(Q['backup/restore-key-drop']);
}

/** Removes what a failed restore wrote and says so after the reason it failed. */
async function undo(write: Write, cause: unknown): Promise<Error> {
  const reason = cause instanceof Error ? cause.message : String(cause);
  try {
    await removeMarked(write);
    return new BackupError(`${reason} What the restore had written was removed: the graph is empty again.`);
  } catch (e) {
    return new BackupError(`${reason} Removing what the restore had written failed too (${(e as Error).message}): nodes marked :__RestoreInProgress remain; the next restore removes them first.`);
  }
}

interface BatchRow { key?: string; labels?: string[]; type?: string; start?: string; end?: string; plain: object; typed: unknown[] }

function batchRow(entry: Entry): BatchRow {
  const { plain, typed } = splitProps(entry.line.props);
  return entry.kind === 'node'
    ? { key: entry.line.node, labels: entry.line.labels, plain, typed }
    : { type: entry.line.relationship, start: entry.line.start, end: entry.line.end, plain, typed };
}

/** Writes the file's lines in batches of one kind (nodes first), checking each batch wrote all its lines. */
async function writeLines(file: string, header: Header, write: Write, log: (line: string) => void, maxRows: number, maxBytes: number): Promise<void> {
  const { entries } = await openBackup(file);
  const done = { node: 0, relationship: 0 };
  const total = { node: header.nodes, relationship: header.relationships };
  let batch: BatchRow[] = [];
  let bytes = 0;
  let kind: Entry['kind'] = 'node';
  let firstLine = 0;
  let lastLine = 0;
  let lastLog = 0;
  const flush = async () => {
    if (!batch.length) return;
    let written: number;
    try {
      written = await write(Q['backup/restore-batch'], { rows: batch });
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code.includes('ConstraintValidationFailed')) {
        throw new BackupError(`${file}, lines ${firstLine}-${lastLine}: a node the graph cannot hold twice (${(e as Error).message.split('\n')[0]}); the file is not a consistent backup.`);
      }
      throw e;
    }
    if (written !== batch.length) {
      throw new BackupError(`${file}, lines ${firstLine}-${lastLine}: ${batch.length - written} relationship(s) name nodes the file does not hold; the file is not a consistent backup.`);
    }
    done[kind] += written;
    batch = [];
    bytes = 0;
    if (Date.now() - lastLog >= PROGRESS_EVERY_MS || done[kind] === total[kind]) {
      lastLog = Date.now();
      log(`  ${kind === 'node' ? 'nodes' : 'relationships'}: ${done[kind].toLocaleString('en')} of ${total[kind].toLocaleString('en')}`);
    }
  };
  for await (const entry of entries) {
    if (entry.kind !== kind || batch.length >= maxRows || (batch.length > 0 && bytes + entry.bytes > maxBytes)) await flush();
    if (!batch.length) firstLine = entry.number;
    kind = entry.kind;
    batch.push(batchRow(entry));
    bytes += entry.bytes;
    lastLine = entry.number;
  }
  await flush();
}
