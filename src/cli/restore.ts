// `npm run restore -- <file>`: restores a backup written by `npm run backup` into an empty graph, and checks that the
// restored graph's fingerprint is the one the backup recorded (src/backup/restore.ts).
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { describeFingerprint } from '../db/fingerprint.js';
import { restoreGraph } from '../backup/restore.js';
import { runCli } from './run.js';

await runCli(async () => {
  const [file, extra] = process.argv.slice(2);
  if (!file || extra !== undefined || file.startsWith('-')) {
    throw new Error('Usage: npm run restore -- <file>, a backup npm run backup wrote, e.g. npm run restore -- backups/hromada-graph-2025-07-02.jsonl.gz (into an empty graph only)');
  }
  const config = loadConfig();
  const conn = await connectDatabase(config);
  try {
    const started = Date.now();
    const r = await restoreGraph(conn.db, file, { database: config.NEO4J_DATABASE, log: (l) => console.log(l) });
    console.log(`Restored ${describeFingerprint(r.fingerprint)} from ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log(`The fingerprint equals the backup's (taken ${r.header.createdAt}): the graph is the one backed up.`);
  } finally {
    await conn.close();
  }
});
