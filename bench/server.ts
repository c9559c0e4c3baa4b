// One implementation under test, served over HTTP in its own process: `tsx bench/server.ts <ours|peer|raw> <port>`;
// Neo4j from BENCH_NEO4J_URI/USER/PASSWORD. Prints "READY <port>" when it listens.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { z } from 'zod';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Context } from '../src/context.js';
import { Database } from '../src/db/database.js';
import { createHttpServer } from '../src/http.js';
import { applyStackTraceSetting } from '../src/runtime.js';
import { buildPeerSchema } from './impl/peer.js';
import { RAW_OPS, runRaw } from './impl/raw.js';

const Args = z.tuple([z.enum(['ours', 'peer', 'raw']), z.coerce.number().int().min(0).max(65535)]);
const Env = z.object({ BENCH_NEO4J_URI: z.string(), BENCH_NEO4J_USER: z.string(), BENCH_NEO4J_PASSWORD: z.string() });
const RawBody = z.object({ op: z.enum(RAW_OPS), vars: z.record(z.unknown()) });

const [impl, port] = Args.parse(process.argv.slice(2));
const env = Env.parse(process.env);
const TIMEOUT_MS = 5000;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return (server.address() as AddressInfo).port;
}

async function serveOurs(): Promise<number> {
  const config = loadConfig({
    NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', SEED_ON_START: 'false', QUERY_TIMEOUT_MS: String(TIMEOUT_MS),
    // The corpus does not change while the bench runs: the widget cache keeps its answers for the whole run, as a
    // deployment whose writes all go through this server may. With the default 60 s, cells measured more than a
    // minute after the first reloaded all 20 sampled actors at once (at 100k, ours' mix cell fell to the peer's
    // 15 rps, with 129 ms of Neo4j CPU a request).
    RELATED_CACHE_TTL_S: '3600',
    NEO4J_URI: env.BENCH_NEO4J_URI, NEO4J_USER: env.BENCH_NEO4J_USER, NEO4J_PASSWORD: env.BENCH_NEO4J_PASSWORD,
  });
  return (await startApp(config, () => {})).port;
}

async function servePeer(): Promise<number> {
  const db = Database.connect(env.BENCH_NEO4J_URI, env.BENCH_NEO4J_USER, env.BENCH_NEO4J_PASSWORD, TIMEOUT_MS);
  // Configured as ours is: no cache-control plugin (neither uses cache hints).
  const apollo = new ApolloServer({
    schema: await buildPeerSchema(db.driver), includeStacktraceInErrorResponses: false, plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  // The same HTTP layer as ours (src/http.ts); the peer's context is its own (the library reads the driver).
  const server = createHttpServer({
    apollo: () => apollo as unknown as ApolloServer<Context>,
    context: () => Promise.resolve({} as Context),
    health: async () => ({ ok: true, neo4j: await db.ping() }),
  });
  return listen(server);
}

async function serveRaw(): Promise<number> {
  const db = Database.connect(env.BENCH_NEO4J_URI, env.BENCH_NEO4J_USER, env.BENCH_NEO4J_PASSWORD, TIMEOUT_MS);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = async () => {
        const body = RawBody.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        return { data: await runRaw(db, body.op, body.vars) };
      };
      answer().then(
        (out) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(out)); },
        (e: unknown) => { res.writeHead(500, { 'content-type': 'application/json' }); res.end(JSON.stringify({ errors: [{ message: (e as Error).message }] })); },
      );
    });
  });
  return listen(server);
}

// Every implementation runs as ours does in production (startApp applies its config): without source-mapped stack
// traces, which neo4j-driver captures for every query (src/runtime.ts).
applyStackTraceSetting({ SOURCE_MAPPED_STACKS: false });
const serve = { ours: serveOurs, peer: servePeer, raw: serveRaw }[impl];
const bound = await serve();
console.log(`READY ${bound}`);
// A clean exit on SIGTERM, so that `node --cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
