// Backs the graph up to a file (src/backup/format.ts): a logical dump through Bolt, so it works with any Neo4j 5
// (the local one, a server, Aura) while it runs. Neo4j's transactions are read committed, not snapshots: one read
// transaction first takes the graph's fingerprint, then streams every node and relationship to the file, taking the
// fingerprint of what it wrote. The two agree only if no write landed in between that the dump half saw; when they
// differ the dump is not one state of the graph, and it is read again.
import { once } from 'node:events';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { link, open, rename, unlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import neo4j, { type Driver } from 'neo4j-driver';
import { Fingerprinter, fingerprintIn, readNodes, readRelationships, sameFingerprint, WHOLE_GRAPH_TIMEOUT_MS, type GraphFingerprint } from '../db/fingerprint.js';
import { BackupError, FORMAT, nodeLine, relationshipLine, VERSION, type Header } from './format.js';

export interface BackupOptions {
  /** NEO4J_DATABASE; the server's default database when unset. */
  database?: string;
  log?: (line: string) => void;
  /** How many times to read the graph again when writes land during the backup. */
  attempts?: number;
}

export interface BackupOutcome {
  file: string;
  header: Header;
  fingerprint: GraphFingerprint;
  bytes: number;
  attempts: number;
}

const PROGRESS_EVERY_MS = 2000;
/** The label restore marks its nodes with until it has written them all (cypher/backup/restore-batch.cypher). */
const RESTORING = '__RestoreInProgress';

/** Writes the backup to `file`, which must not exist (a backup never overwrites one). */
export async function backupGraph(db: { driver: Driver }, file: string, o: BackupOptions = {}): Promise<BackupOutcome> {
  const target = resolve(file);
  const log = o.log ?? (() => {});
  const attempts = o.attempts ?? 3;
  if (existsSync(target)) throw new BackupError(`${file} exists already: backups never overwrite one. Choose another name, e.g. with the date in it.`);
  if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) throw new BackupError(`The folder of ${file} does not exist: create it first.`);
  // Written beside the target and renamed when complete: a failed or interrupted backup never looks like a backup.
  const partial = `${target}.partial-${process.pid}`;
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const written = await dumpOnce(db, partial, o.database, log);
      if (written.consistent) {
        await publish(partial, target, file);
        return { file: target, header: written.header, fingerprint: written.fingerprint, bytes: statSync(target).size, attempts: attempt };
      }
      await unlink(partial);
      log(`The graph changed while it was read (a write landed during the backup)${attempt < attempts ? `; reading it again (attempt ${attempt + 1} of ${attempts})` : ''}.`);
    }
    throw new BackupError(`The graph kept changing during the backup (${attempts} attempts): a backup is exact only when no write lands while it reads. Pause the writers (the server's mutations, npm run ingest) and run it again.`);
  } finally {
    await unlink(partial).catch(() => {});
  }
}

/** Gives the complete file its name, never over a file that appeared meanwhile (a link fails where one exists). */
async function publish(partial: string, target: string, file: string): Promise<void> {
  try {
    await link(partial, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new BackupError(`${file} was created by someone else during the backup: choose another name.`);
    // A file system without hard links: a rename, after a last look.
    if (existsSync(target)) throw new BackupError(`${file} was created by someone else during the backup: choose another name.`);
    await rename(partial, target);
  }
}

interface Dump {
  header: Header;
  fingerprint: GraphFingerprint;
  /** The graph's fingerprint before the dump equals that of the lines written. */
  consistent: boolean;
}

async function dumpOnce(db: { driver: Driver }, partial: string, database: string | undefined, log: (line: string) => void): Promise<Dump> {
  const session = db.driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({ timeout: WHOLE_GRAPH_TIMEOUT_MS });
  try {
    const before = await fingerprintIn(tx);
    const header: Header = {
      format: FORMAT, version: VERSION, createdAt: new Date().toISOString(),
      nodes: before.nodes, relationships: before.relationships, fingerprint: before.digest,
    };
    const gzip = createGzip();
    const done = pipeline(gzip, createWriteStream(partial, { flags: 'wx' }));
    done.catch(() => {}); // awaited below; an early failure must not go unhandled meanwhile
    const write = async (value: unknown): Promise<void> => {
      if (!gzip.write(`${JSON.stringify(value)}\n`)) await Promise.race([once(gzip, 'drain'), done]);
    };
    const dumped = new Fingerprinter();
    let lastLog = Date.now();
    const progress = (what: string, n: number, of: number) => {
      if (Date.now() - lastLog < PROGRESS_EVERY_MS) return;
      lastLog = Date.now();
      log(`  ${what}: ${n.toLocaleString('en')} of about ${of.toLocaleString('en')}`);
    };
    try {
      await write(header);
      let n = 0;
      for await (const row of readNodes(tx)) {
        if (row.labels.includes(RESTORING)) {
          throw new BackupError(`The graph holds nodes of a restore that was interrupted (:${RESTORING}): it is not a graph to back up. Empty it and run the restore again.`);
        }
        dumped.node(row);
        await write(nodeLine(row));
        progress('nodes', ++n, before.nodes);
      }
      let r = 0;
      for await (const row of readRelationships(tx)) {
        dumped.relationship(row);
        await write(relationshipLine(row));
        progress('relationships', ++r, before.relationships);
      }
    } finally {
      gzip.end();
      await done;
    }
    // On disk before it is called a backup.
    const handle = await open(partial, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const fingerprint = dumped.result();
    return { header, fingerprint, consistent: sameFingerprint(before, fingerprint) };
  } finally {
    await tx.close();
    await session.close();
  }
}
