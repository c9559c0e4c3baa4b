// Issue 17, finding 2: a stalled or dead Neo4j. A "black hole" (a port that accepts connections and never answers)
// stands for a stalled database, a closed port for a dead one: requests answer 503 SERVICE_UNAVAILABLE with
// Retry-After within their deadline, never INTERNAL_SERVER_ERROR, and /health answers within a second, saying
// neo4j: false. No real Neo4j is paused here: the suite's shared one keeps serving the other files.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApollo } from '../../src/apollo.js';
import { createContext } from '../../src/context.js';
import { Database } from '../../src/db/database.js';
import { createHttpServer } from '../../src/http.js';
import { testConfig } from './helpers.js';

const sockets: Socket[] = [];
let hole: Server;
let holePort: number;
let closedPort: number;

function listen(server: Server | HttpServer): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

beforeAll(async () => {
  hole = createServer((s) => { sockets.push(s); s.on('error', () => {}); });
  holePort = await listen(hole);
  const probe = createServer();
  closedPort = await listen(probe);
  await new Promise<void>((r) => probe.close(() => r()));
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => hole.close(() => r()));
});

/** The API over HTTP against a database at `port`, for one test. */
async function serve(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = testConfig({ QUERY_TIMEOUT_MS: '1000' });
  const db = Database.connect(`bolt://127.0.0.1:${port}`, 'neo4j', 'x', config.QUERY_TIMEOUT_MS);
  const apollo = createApollo(config);
  await apollo.start();
  const http = createHttpServer({
    apollo: () => apollo,
    context: (req) => Promise.resolve(createContext(db, config, req.headers.authorization)),
    health: async () => { const neo4j = await db.ping(); return { ok: neo4j, neo4j }; },
  });
  const p = await listen(http);
  return {
    url: `http://127.0.0.1:${p}`,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((r) => http.close(() => r()));
      await db.close().catch(() => {});
    },
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

describe.each([
  ['stalled (a port that never answers)', () => holePort],
  ['dead (a closed port)', () => closedPort],
])('a %s Neo4j', (_name, port) => {
  it('answers a query with 503 SERVICE_UNAVAILABLE and Retry-After within its deadline', async () => {
    const api = await serve(port());
    try {
      const { value: res, ms } = await timed(() => fetch(`${api.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(query: "громада") { __typename } }' }),
      }));
      const body = await res.json() as { errors?: { extensions?: { code?: string } }[] };
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(body.errors?.map((e) => e.extensions?.code)).toContain('SERVICE_UNAVAILABLE');
      expect(body.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
      // The connection timeout (2 s) and the query deadline (1 s + 1 s grace) bound it: not the 20 s of before.
      expect(ms).toBeLessThan(4500);
    } finally {
      await api.stop();
    }
  });

  it('answers /health within a second, saying neo4j: false', async () => {
    const api = await serve(port());
    try {
      const { value: res, ms } = await timed(() => fetch(`${api.url}/health`));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false, neo4j: false });
      expect(ms).toBeLessThan(1200);
    } finally {
      await api.stop();
    }
  });
});
