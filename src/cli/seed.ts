// `npm run seed`: loads the curated seed corpus into the graph (idempotent: unchanged articles are skipped).
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { loadSeed } from '../seed/load-seed.js';
import { runCli } from './run.js';

await runCli(async () => {
  const conn = await connectDatabase(loadConfig());
  try {
    await migrate(conn.db);
    await loadSeed(conn.db);
  } finally {
    await conn.close();
  }
});
