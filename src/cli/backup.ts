// `npm run backup -- <file>`: writes every node and relationship of the graph, with their properties' types, to a
// gzipped JSON Lines file whose header records the graph's fingerprint (src/backup/); `npm run restore` reads it back.
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { describeFingerprint } from '../db/fingerprint.js';
import { backupGraph } from '../backup/backup.js';
import { runCli } from './run.js';

await runCli(async () => {
  const [file, extra] = process.argv.slice(2);
  if (!file || extra !== undefined || file.startsWith('-')) {
    throw new Error('Usage: npm run backup -- <file>, e.g. npm run backup -- backups/hromada-graph-2025-07-02.jsonl.gz (a new file: backups never overwrite one)');
  }
  const config = loadConfig();
  const conn = await connectDatabase(config);
  try {
    const started = Date.now();
    console.log(`Backing up the graph to ${file}...`);
    const r = await backupGraph(conn.db, file, { database: config.NEO4J_DATABASE, log: (l) => console.log(l) });
    console.log(`Backed up ${describeFingerprint(r.fingerprint)} to ${r.file} (${(r.bytes / 1024 / 1024).toFixed(1)} MiB, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
    console.log(`Restore into an empty graph with: npm run restore -- ${file}`);
  } finally {
    await conn.close();
  }
});
