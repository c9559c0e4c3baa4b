// The framework floor: how much of ours' cost over the raw driver the GraphQL stack takes by itself. For each query
// it measures, at the same connections and on the same answers, four servers:
// - http: a plain Node HTTP server writing the stored answer (the least any server does);
// - apollo: our Apollo configuration and HTTP layer writing the same stored answers through graphql-js (floor-server.ts);
// - raw and ours, as `npm run bench` serves them, over the bench Neo4j.
// apollo - http is what Apollo Server and graphql-js cost by themselves; the p50 target (ours within 1.3x of raw)
// leaves ours 0.3x raw's CPU a request in all, and the report says how much of that margin the stack takes.
// Needs the bench Neo4j up with a corpus loaded (`npm run bench -- --scale 10k --check-only --keep-neo4j`):
//   npm run bench:floor -- [--queries person,event,path] [--connections 8] [--duration 5] [--warmup 1] [--json]
//     [--out bench/results] [--neo4j-uri ... --neo4j-user ... --neo4j-password ...]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readState } from '../src/db/local-neo4j.js';
import { loadCypher } from '../src/db/cypher.js';
import { BENCH_HOME, BENCH_PASSWORD, benchDatabase, type Target } from './neo4j.js';
import { machine } from './report.js';
import { bodies, measure, type Cell } from './run/load-test.js';
import { settle } from './run/settle.js';
import { spawnServer, startServer, type RunningServer } from './run/servers.js';
import { pickSamples } from './workload/samples.js';
import { QUERY_NAMES, type QueryName } from './workload/queries.js';

const SERVERS = ['http', 'apollo', 'raw', 'ours'] as const;
type ServerName = (typeof SERVERS)[number];

const { values } = parseArgs({
  options: {
    queries: { type: 'string' }, connections: { type: 'string' }, duration: { type: 'string' }, warmup: { type: 'string' },
    samples: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' },
    'neo4j-uri': { type: 'string' }, 'neo4j-user': { type: 'string' }, 'neo4j-password': { type: 'string' },
  },
});
const Options = z.object({
  queries: z.string().default('person,event,path').transform((s) => s.split(',').map((x) => x.trim()))
    .pipe(z.array(z.enum(QUERY_NAMES)).min(1)),
  connections: z.coerce.number().int().min(1).max(1000).default(8),
  duration: z.coerce.number().positive().max(600).default(5),
  warmup: z.coerce.number().min(0).max(60).default(1),
  samples: z.coerce.number().int().min(1).max(500).default(20),
  json: z.boolean().default(false),
  out: z.string().default('bench/results'),
  /** Another Neo4j holding a loaded corpus (the smoke test's) instead of the bench's own; its CPU is then not read. */
  'neo4j-uri': z.string().optional(),
  'neo4j-user': z.string().default('neo4j'),
  'neo4j-password': z.string().optional(),
});
const o = Options.parse(values);

const state = o['neo4j-uri'] ? null : readState(BENCH_HOME);
if (!o['neo4j-uri'] && !state) throw new Error('No bench Neo4j is running: start one with `npm run bench -- --scale 10k --check-only --keep-neo4j`.');
const target: Target = o['neo4j-uri']
  ? { uri: o['neo4j-uri'], user: o['neo4j-user'], password: o['neo4j-password'] ?? '' }
  : { uri: `bolt://127.0.0.1:${state!.boltPort}`, user: 'neo4j', password: BENCH_PASSWORD };
const db = benchDatabase(target, 30_000);
const log = (l: string) => { if (!o.json) console.log(l); else console.error(l); };

interface FloorRow { cells: Record<ServerName, Cell>; frameworkMs: number | null; marginMs: number | null; restMs: number | null }

const round = (x: number) => Math.round(x * 100) / 100;
const total = (c: Cell) => (c.serverCpuMs ?? NaN) + (c.neo4jCpuMs ?? 0);

const Q = loadCypher(['store/count-articles']);
const [{ n: articles } = { n: 0 }] = await db.read<{ n: number }>(Q['store/count-articles']);
log(`Bench Neo4j on ${target.uri} holds ${articles} articles; picking samples...`);
const samples = await pickSamples(db.counting(), 1, o.samples);
const dir = mkdtempSync(join(tmpdir(), 'hromada-floor-'));
const running: RunningServer<string>[] = [];
const rows: Partial<Record<QueryName, FloorRow>> = {};
try {
  const live = { raw: await startServer('raw', target), ours: await startServer('ours', target) };
  running.push(live.raw, live.ours);
  for (const q of o.queries) {
    const file = join(dir, `${q}.json`);
    writeFileSync(file, JSON.stringify({ query: q, variables: samples[q].map((s) => s.ours) }));
    log(`${q}: storing ours' answers of ${samples[q].length} samples in the floor servers...`);
    const floor = { http: await spawnServer('http', 'floor-server.ts', ['http', file], target), apollo: await spawnServer('apollo', 'floor-server.ts', ['apollo', file], target) };
    running.push(floor.http, floor.apollo);
    const servers: Record<ServerName, RunningServer<string>> = { ...floor, ...live };
    const cells = {} as Record<ServerName, Cell>;
    for (const name of SERVERS) {
      // The floor servers take ours' requests; each cell starts on an idle Neo4j (bench/run/settle.ts).
      const impl = name === 'raw' ? 'raw' : 'ours';
      await settle(db, state?.pid);
      const s = servers[name];
      cells[name] = await measure(s.base, impl, bodies(impl, q, samples), o.connections, o.warmup, o.duration, { server: s.pid, neo4j: state?.pid });
      if (cells[name].errors) throw new Error(`${name} answered ${cells[name].errors} of ${cells[name].requests} ${q} requests with errors`);
      log(`  ${name}: ${cells[name].rps} rps, p50 ${cells[name].p50} ms, CPU ${cells[name].serverCpuMs} + ${cells[name].neo4jCpuMs} ms a request`);
    }
    await floor.http.stop();
    await floor.apollo.stop();
    const framework = (cells.apollo.serverCpuMs ?? NaN) - (cells.http.serverCpuMs ?? NaN);
    const margin = 0.3 * total(cells.raw);
    const rest = total(cells.ours) - total(cells.raw) - framework;
    const ok = (x: number) => (Number.isFinite(x) ? round(x) : null);
    rows[q] = { cells, frameworkMs: ok(framework), marginMs: ok(margin), restMs: ok(rest) };
  }
} finally {
  await Promise.all(running.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
  await db.close();
}

const result = { articles, date: new Date().toISOString(), machine: machine(), connections: o.connections, duration: o.duration, queries: rows };
const md = [
  `Framework floor, ${articles} articles, ${o.connections} connections, ${o.duration} s a cell (${result.date.slice(0, 10)}):`,
  '',
  '| query | plain HTTP | Apollo, answers in memory | raw driver | ours | Apollo − plain HTTP | 0.3 × raw | ours − raw − (Apollo − plain) |',
  '|---|---|---|---|---|---|---|---|',
  ...Object.entries(rows).map(([q, r]) => {
    const c = (x: Cell) => `${x.rps} rps, p50 ${x.p50} ms, ${x.serverCpuMs} + ${x.neo4jCpuMs ?? 0} ms`;
    return `| ${q} | ${c(r.cells.http)} | ${c(r.cells.apollo)} | ${c(r.cells.raw)} | ${c(r.cells.ours)} | ${r.frameworkMs} ms | ${r.marginMs} ms | ${r.restMs} ms |`;
  }),
  '',
  'CPU is ms a request, server process + Neo4j. The last three columns are ms of CPU a request: what Apollo Server and',
  'graphql-js cost by themselves, the whole margin the p50 target leaves ours, and what ours spends beyond raw and the stack.',
].join('\n');
// Named by scale as the bench's results are: floor-10k.json beside 10k.json.
const name = `floor-${articles % 1000 === 0 ? `${articles / 1000}k` : articles}`;
mkdirSync(o.out, { recursive: true });
writeFileSync(join(o.out, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(o.out, `${name}.md`), `${md}\n`);
log(`\n${md}\n\nWritten to ${join(o.out, `${name}.json`)} and .md`);
if (o.json) console.log(JSON.stringify(result));
