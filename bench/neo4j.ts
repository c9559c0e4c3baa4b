// The bench's own Neo4j: a separate folder (.neo4j-bench) and Bolt port, more memory than the dev instance;
// wiped and started afresh when the corpus in it is not the one asked for.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../src/db/database.js';
import { javaOptions, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j } from '../src/db/local-neo4j.js';
import { migrate } from '../src/db/migrate.js';
import { PROJECT_ROOT } from '../src/db/paths.js';

export const BENCH_HOME = join(PROJECT_ROOT, '.neo4j-bench');
export const BENCH_PASSWORD = 'hromada-graph-bench';

export interface Target { uri: string; user: string; password: string }

export interface BenchNeo4jOptions { boltPort: number; heap: string; pageCache: string; log: (l: string) => void }

export async function startBenchNeo4j(o: BenchNeo4jOptions, wipe: boolean): Promise<LocalNeo4j> {
  if (wipe) {
    await stopLocalNeo4j(BENCH_HOME, o.log);
    rmSync(join(BENCH_HOME, 'data'), { recursive: true, force: true });
    rmSync(join(BENCH_HOME, 'state.json'), { force: true });
  }
  return startLocalNeo4j({
    home: BENCH_HOME, boltPort: o.boltPort, password: BENCH_PASSWORD, heap: o.heap, pageCache: o.pageCache,
    startTimeoutS: 240, javaOptions: javaOptions(process.env['NEO4J_JAVA_OPTS']), log: o.log,
  });
}

/** A database handle with generous timeouts (bulk loads, cold caches). */
export function benchDatabase(t: Target, timeoutMs = 60_000): Database {
  return Database.connect(t.uri, t.user, t.password, timeoutMs);
}

export async function prepareSchema(db: Database): Promise<void> {
  await migrate(db);
}
