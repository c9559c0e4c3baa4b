// Starts one real Neo4j for the integration run: its own folder, a free port, fresh data; stopped at the end.
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j.js';
import { PROJECT_ROOT } from '../../src/db/paths.js';

export const TEST_PASSWORD = 'hromada-graph-test';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

let neo4j: LocalNeo4j | undefined;
let home: string | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jHome: string;
  }
}

export async function setup(project: TestProject) {
  // NEO4J_TEST_URI points the tests at another (disposable!) Neo4j 5: the tests clear it.
  const external = process.env['NEO4J_TEST_URI'];
  if (external) {
    project.provide('neo4jUri', external);
    project.provide('neo4jUser', process.env['NEO4J_TEST_USER'] ?? 'neo4j');
    project.provide('neo4jPassword', process.env['NEO4J_TEST_PASSWORD'] ?? '');
    project.provide('neo4jHome', '');
    return;
  }
  // A folder per run: two runs at once (a developer's and a watcher's) must not share a store.
  home = join(PROJECT_ROOT, '.neo4j-test', `run-${process.pid}`);
  rmSync(home, { recursive: true, force: true });
  neo4j = await startLocalNeo4j({
    home, boltPort: await freePort(), password: TEST_PASSWORD, heap: '768m', pageCache: '256m', startTimeoutS: 240,
    log: (l) => console.log(`[neo4j] ${l}`),
  });
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jUser', 'neo4j');
  project.provide('neo4jPassword', TEST_PASSWORD);
  project.provide('neo4jHome', home);
}

export async function teardown() {
  await neo4j?.stop();
  if (!home) return;
  // A test restarts Neo4j on the same folder; whichever instance runs now is stopped too, then the folder goes.
  await stopLocalNeo4j(home);
  rmSync(home, { recursive: true, force: true });
}
