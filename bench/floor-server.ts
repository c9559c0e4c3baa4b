// A server that answers ours' queries from memory, for the framework floor (bench/floor.ts):
//   tsx bench/floor-server.ts <apollo|http> <samples.json>
// It first asks ours (in-process, over the bench Neo4j of BENCH_NEO4J_URI/USER/PASSWORD) for the real answer of
// every sample, then closes the database and serves those answers with no database work at all:
// - apollo: our Apollo configuration (src/apollo.ts) and HTTP layer (src/http.ts) over the API's schema, whose only
//   resolver is the root field's, returning the stored answer; every other field is graphql-js's default resolver;
// - http: a plain Node HTTP server that parses the body and writes the stored answer, the least any server does.
// Prints "READY <port>" when it listens.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { Kind, parse, print, visit, type GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { createApollo } from '../src/apollo.js';
import { loadConfig } from '../src/config.js';
import { createContext, type Context } from '../src/context.js';
import { Database } from '../src/db/database.js';
import { createHttpServer, readBody } from '../src/http.js';
import { loadTypeDefs } from '../src/schema.js';
import { QUERY_NAMES, QUERIES } from './workload/queries.js';

const Args = z.tuple([z.enum(['apollo', 'http']), z.string()]);
const Env = z.object({ BENCH_NEO4J_URI: z.string(), BENCH_NEO4J_USER: z.string(), BENCH_NEO4J_PASSWORD: z.string() });
const FloorInput = z.object({ query: z.enum(QUERY_NAMES), variables: z.array(z.record(z.unknown())).min(1) });
const Body = z.object({ variables: z.record(z.unknown()).nullish() });

const [mode, file] = Args.parse(process.argv.slice(2));
const env = Env.parse(process.env);
const input = FloorInput.parse(JSON.parse(readFileSync(file, 'utf8')));

/** The same key for the variables a client sends and for graphql-js's coerced ones: sorted, nulls dropped. */
function keyOf(vars: Record<string, unknown> | null | undefined): string {
  const v = vars ?? {};
  return JSON.stringify(Object.keys(v).sort().filter((k) => v[k] !== null && v[k] !== undefined).map((k) => [k, v[k]]));
}

// The query with __typename in every selection: the stored answers then carry it, and graphql-js's default type
// resolver finds the concrete type of Node and Actor values in them.
const typed = print(visit(parse(QUERIES[input.query].ours), {
  SelectionSet: (node) => ({ ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] }),
}));

const config = loadConfig({
  NODE_ENV: 'production', SEED_ON_START: 'false', NEO4J_URI: env.BENCH_NEO4J_URI, NEO4J_USER: env.BENCH_NEO4J_USER,
  NEO4J_PASSWORD: env.BENCH_NEO4J_PASSWORD, MAX_QUERY_COST: '1000000',
});
const answers = new Map<string, { typed: Record<string, unknown>; plain: unknown }>();
{
  const db = Database.connect(env.BENCH_NEO4J_URI, env.BENCH_NEO4J_USER, env.BENCH_NEO4J_PASSWORD, 30_000);
  const ours = createApollo(config);
  await ours.start();
  const ask = async (query: string, variables: Record<string, unknown>) => {
    const r = await ours.executeOperation({ query, variables }, { contextValue: createContext(db, config) });
    if (r.body.kind !== 'single' || r.body.singleResult.errors || !r.body.singleResult.data) {
      throw new Error(`ours failed on ${input.query} ${JSON.stringify(variables)}: ${JSON.stringify(r.body)}`);
    }
    return r.body.singleResult.data;
  };
  for (const v of input.variables) answers.set(keyOf(v), { typed: await ask(typed, v), plain: await ask(QUERIES[input.query].ours, v) });
  await ours.stop();
  await db.close();
}

function stored(vars: Record<string, unknown> | null | undefined) {
  const a = answers.get(keyOf(vars));
  if (!a) throw new Error(`no stored answer for ${JSON.stringify(vars)}`);
  return a;
}

let server;
if (mode === 'apollo') {
  const root = Object.keys(stored(input.variables[0]).typed)[0]!;
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: { Query: { [root]: (_r: unknown, _a: unknown, _c: unknown, info: GraphQLResolveInfo) => stored(info.variableValues).typed[root] } },
  });
  const apollo = createApollo(config, [], schema);
  await apollo.start();
  server = createHttpServer({
    apollo: () => apollo,
    context: () => Promise.resolve({} as Context),
    health: () => Promise.resolve({ ok: true, neo4j: false }),
  });
} else {
  server = createServer((req, res) => {
    readBody(req).then((text) => {
      const body = Body.parse(JSON.parse(text));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: stored(body.variables).plain }));
    }).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
    });
  });
}
await new Promise<void>((resolve, reject) => {
  server.once('error', reject);
  server.listen(0, '127.0.0.1', resolve);
});
console.log(`READY ${(server.address() as AddressInfo).port}`);
// A clean exit on SIGTERM, as bench/server.ts does.
process.once('SIGTERM', () => process.exit(0));
