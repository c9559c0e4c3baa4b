// `npm run neo4j`: starts (or reuses) the project's local Neo4j and keeps it running until Ctrl-C; for tools like cypher-shell.
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { runCli } from './run.js';

await runCli(async () => {
  const config = loadConfig();
  const conn = await connectDatabase(config);
  await migrate(conn.db);
  console.log(`Neo4j is up on ${conn.local?.uri ?? config.NEO4J_URI}, user ${config.NEO4J_USER}. Ctrl-C stops it.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await conn.close();
});
