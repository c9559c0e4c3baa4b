// Makes sure a Neo4j is there: the one NEO4J_URI names, or the project's own local one; then connects to it.
import type { Config } from '../config.js';
import { Database } from './database.js';
import { javaOptions, startLocalNeo4j, type LocalNeo4j } from './local-neo4j.js';

export interface Connection {
  db: Database;
  local?: LocalNeo4j;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export async function connectDatabase(config: Config, log: (l: string) => void = console.log): Promise<Connection> {
  let uri = config.NEO4J_URI;
  let local: LocalNeo4j | undefined;
  if (!uri) {
    local = await startLocalNeo4j({
      home: config.NEO4J_HOME,
      boltPort: config.NEO4J_BOLT_PORT,
      password: config.NEO4J_PASSWORD,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      startTimeoutS: config.NEO4J_START_TIMEOUT_S,
      javaOptions: javaOptions(config.NEO4J_JAVA_OPTS),
      log,
    });
    uri = local.uri;
  } else {
    log(`Using the Neo4j at ${uri} (NEO4J_URI); starting none.`);
  }
  const db = Database.connect(uri, config.NEO4J_USER, config.NEO4J_PASSWORD, config.QUERY_TIMEOUT_MS, config.NEO4J_DATABASE);
  try {
    await db.driver.verifyConnectivity();
  } catch (e) {
    await db.close();
    await local?.stop();
    throw new Error(`Cannot reach Neo4j at ${uri} as ${config.NEO4J_USER}: ${(e as Error).message}`);
  }
  return {
    db,
    local,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
