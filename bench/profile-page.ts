// CPU per request of one query, in-process and one request at a time, without HTTP or a load generator: ours through
// Apollo's executeOperation, or the raw driver's statement. For profiling (`node --cpu-prof --import tsx ...`) and
// for before/after figures of a change. Needs the bench Neo4j up with a corpus loaded:
//   npm run bench -- --scale 10k --check-only --keep-neo4j
//   npm run bench:page -- person [--requests 3000] [--raw]
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createApollo } from '../src/apollo.js';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { applyStackTraceSetting } from '../src/runtime.js';
import { readState } from '../src/db/local-neo4j.js';
import { runRaw } from './impl/raw.js';
import { BENCH_HOME, BENCH_PASSWORD, benchDatabase } from './neo4j.js';
import { cpuMs } from './run/servers.js';
import { pickSamples } from './workload/samples.js';
import { QUERY_NAMES, QUERIES } from './workload/queries.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { requests: { type: 'string' }, raw: { type: 'boolean' } } });
const Args = z.object({ query: z.enum(QUERY_NAMES), requests: z.coerce.number().int().min(1).max(1_000_000).default(3000), raw: z.boolean().default(false) });
const args = Args.parse({ query: positionals[0], requests: values.requests, raw: values.raw });

const state = readState(BENCH_HOME);
if (!state) throw new Error('No bench Neo4j is running: start one with `npm run bench -- --scale 10k --check-only --keep-neo4j`.');
const uri = `bolt://127.0.0.1:${state.boltPort}`;
const config = loadConfig({ NODE_ENV: 'production', SEED_ON_START: 'false', NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: BENCH_PASSWORD });
applyStackTraceSetting(config); // as startApp does, for ours and raw alike
const db = benchDatabase({ uri, user: 'neo4j', password: BENCH_PASSWORD }, 5000);
const apollo = createApollo(config);
await apollo.start();
try {
  const samples = (await pickSamples(db.counting(), 1, 20))[args.query];
  if (!samples.length) throw new Error(`The loaded corpus has no samples for ${args.query}.`);
  const run = async (i: number) => {
    const sample = samples[i % samples.length]!;
    if (args.raw) return void (await runRaw(db.counting(), QUERIES[args.query].raw, sample.raw));
    const r = await apollo.executeOperation({ query: QUERIES[args.query].ours, variables: sample.ours }, { contextValue: createContext(db, config) });
    if (r.body.kind !== 'single' || r.body.singleResult.errors) throw new Error(`The query failed: ${JSON.stringify(r.body)}`);
  };
  for (let i = 0; i < 300; i++) await run(i); // JIT and plan caches warm
  const server0 = process.cpuUsage();
  const neo4j0 = cpuMs(state.pid);
  for (let i = 0; i < args.requests; i++) await run(i);
  const server = process.cpuUsage(server0);
  const neo4j = (cpuMs(state.pid) ?? 0) - (neo4j0 ?? 0);
  console.log(`${args.query} (${args.raw ? 'raw driver' : 'ours'}), ${args.requests} requests one at a time: ` +
    `server ${((server.user + server.system) / 1000 / args.requests).toFixed(3)} ms, Neo4j ${(neo4j / args.requests).toFixed(3)} ms of CPU a request`);
} finally {
  await apollo.stop();
  await db.close();
}
