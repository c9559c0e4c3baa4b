// One bench run: Neo4j with the asked corpus (loaded through the write path when missing), the three servers,
// the equivalence check, round trips, then autocannon over every query and the mix at each concurrency.
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import type { LocalNeo4j } from '../src/db/local-neo4j.js';
import { loadCorpus, loadedCorpus, type LoadReport } from './corpus/load.js';
import { BENCH_PASSWORD, benchDatabase, prepareSchema, startBenchNeo4j, type Target } from './neo4j.js';
import { articlesOf, type Options } from './options.js';
import { machine, summarise, type BenchResult, type Row } from './report.js';
import { checkEquivalence } from './run/equivalence.js';
import { bodies, measure } from './run/load-test.js';
import { countRoundTrips } from './run/round-trips.js';
import { settle } from './run/settle.js';
import { rssMb, startServer, type RunningServer } from './run/servers.js';
import { pickSamples } from './workload/samples.js';
import { IMPLS, QUERY_NAMES, type Impl, type QueryName } from './workload/queries.js';

async function ensureCorpus(db: Database, articles: number, o: Options, fresh: boolean, log: (l: string) => void): Promise<LoadReport | null> {
  const have = await loadedCorpus(db);
  if (!fresh && have && have.articles === articles && have.seed === o.seed) {
    log(`Corpus of ${articles} articles (seed ${o.seed}) already loaded; reusing it.`);
    return have.load;
  }
  if (!fresh) throw new Error('internal: a different corpus is loaded but the graph was not wiped');
  log(`Loading ${articles} synthetic articles (seed ${o.seed}) through the write path, ${o.batch} per transaction...`);
  const report = await loadCorpus(db, { articles, seed: o.seed }, o.batch, log);
  log(`Loaded in ${report.seconds} s (${report.articlesPerSecond} articles/s): ${report.nodes} nodes, ${report.relationships} relationships.`);
  return report;
}

/** Connects to the target (wiping and starting the bench Neo4j when its corpus is not the asked one). */
async function prepare(o: Options, articles: number, log: (l: string) => void): Promise<{ target: Target; neo4j?: LocalNeo4j; db: Database; load: LoadReport | null }> {
  if (o.neo4jUri) {
    const target = { uri: o.neo4jUri, user: o.neo4jUser, password: o.neo4jPassword ?? '' };
    const db = benchDatabase(target);
    const have = await loadedCorpus(db).catch(() => null);
    const fresh = o.reload || !have || have.articles !== articles || have.seed !== o.seed;
    if (fresh) await db.write('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS').catch(async () => db.write('MATCH (n) DETACH DELETE n'));
    await prepareSchema(db);
    return { target, db, load: await ensureCorpus(db, articles, o, fresh, log) };
  }
  let neo4j = await startBenchNeo4j({ boltPort: o.boltPort, heap: o.heap, pageCache: o.pageCache, log }, o.reload);
  let target = { uri: neo4j.uri, user: 'neo4j', password: BENCH_PASSWORD };
  let db = benchDatabase(target);
  await prepareSchema(db);
  const have = await loadedCorpus(db);
  let fresh = o.reload;
  if (!o.reload && (!have || have.articles !== articles || have.seed !== o.seed)) {
    if (have || (await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n LIMIT 1'))[0]?.n) {
      log(`The bench Neo4j holds another corpus (${have?.articles ?? '?'} articles); wiping it.`);
      await db.close();
      await neo4j.stop();
      neo4j = await startBenchNeo4j({ boltPort: o.boltPort, heap: o.heap, pageCache: o.pageCache, log }, true);
      target = { uri: neo4j.uri, user: 'neo4j', password: BENCH_PASSWORD };
      db = benchDatabase(target);
      await prepareSchema(db);
    }
    fresh = true;
  }
  return { target, neo4j, db, load: await ensureCorpus(db, articles, o, fresh, log) };
}

const cpuNote = (c: { serverCpuMs?: number | null; neo4jCpuMs?: number | null }) =>
  c.serverCpuMs != null ? ` cpu ${c.serverCpuMs}+${c.neo4jCpuMs ?? '?'} ms` : '';

export async function runBench(o: Options, log: (l: string) => void): Promise<BenchResult> {
  const articles = articlesOf(o.scale);
  const { target, neo4j, db, load } = await prepare(o, articles, log);
  const servers: Partial<Record<Impl, RunningServer>> = {};
  try {
    const [counts] = await db.read<{ nodes: number; rels: number }>(
      'CALL () { MATCH (n:Node) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    );
    log('Picking samples...');
    const samples = await pickSamples(db, o.seed, o.samples);
    log(`Samples: ${QUERY_NAMES.map((q) => `${q} ${samples[q].length}`).join(', ')}.`);
    for (const impl of IMPLS) servers[impl] = await startServer(impl, target);
    const up = servers as Record<Impl, RunningServer>;
    const bases = Object.fromEntries(IMPLS.map((i) => [i, up[i].base])) as Record<Impl, string>;
    const before = Object.fromEntries(IMPLS.map((i) => [i, rssMb(up[i].pid)])) as Record<Impl, number | null>;

    log('Checking that the three implementations give the same answers...');
    const eq = await checkEquivalence(bases, samples, Math.min(5, o.samples));
    if (eq.mismatches.length) {
      log(`WARNING: ${eq.mismatches.length} of ${eq.checked} samples differ between implementations:`);
      for (const m of eq.mismatches.slice(0, 6)) log(`  ${m.query} #${m.sample}: ${JSON.stringify(m.answers).slice(0, 600)}`);
    } else log(`All ${eq.checked} samples agree.`);

    const config = loadConfig({ NODE_ENV: 'production', NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
    const roundTrips = await countRoundTrips(db, config, samples);

    if (!o.checkOnly && o.prewarm > 0) {
      log(`Warming up: each implementation runs each query for ${o.prewarm} s at 8 connections...`);
      for (const q of QUERY_NAMES) {
        if (!samples[q].length || (o.queries && !o.queries.includes(q) && !o.queries.includes('mix'))) continue;
        for (const impl of IMPLS) await measure(bases[impl], impl, bodies(impl, q, samples), 8, 0, o.prewarm);
      }
    }

    const cells: BenchResult['cells'] = {};
    let cellIndex = 0;
    for (const connections of o.checkOnly ? [] : o.connections) {
      const level: Partial<Record<QueryName | 'mix', Row>> = (cells[String(connections)] = {});
      for (const q of [...QUERY_NAMES, 'mix'] as const) {
        if (o.queries && !o.queries.includes(q)) continue;
        if (q !== 'mix' && !samples[q].length) {
          log(`  no samples for ${q} in this corpus: not measured`);
          continue;
        }
        const row = {} as Row;
        // Implementations take turns cell by cell, so drift over the run does not favour one of them, and who goes
        // first rotates: the first pays for the garbage Neo4j collects after the previous cell's last (at 100k, a
        // cell of the peer's related queries left ours' next cell with a p99 of 250 ms of GC pauses).
        const order = [...IMPLS.slice(cellIndex % IMPLS.length), ...IMPLS.slice(0, cellIndex % IMPLS.length)];
        cellIndex++;
        for (const impl of order) {
          await settle(db, neo4j?.pid);
          row[impl] = await measure(bases[impl], impl, bodies(impl, q, samples), connections, o.warmup, o.duration, { server: up[impl].pid, neo4j: neo4j?.pid });
        }
        level[q] = row;
        log(`  ${String(connections).padStart(2)} conn ${q.padEnd(10)} ${IMPLS.map((i) => `${i} ${row[i].rps} rps p50 ${row[i].p50} p99 ${row[i].p99}${cpuNote(row[i])}${row[i].errors ? ` ERR ${row[i].errors}` : ''}`).join(' | ')}`);
      }
    }
    const after = Object.fromEntries(IMPLS.map((i) => [i, rssMb(up[i].pid)])) as Record<Impl, number | null>;
    return {
      scale: o.scale, date: new Date().toISOString(), machine: machine(),
      corpus: { articles, seed: o.seed, nodes: counts?.nodes ?? 0, relationships: counts?.rels ?? 0, load },
      settings: { durationS: o.duration, warmupS: o.warmup, prewarmS: o.prewarm, connections: o.connections, samplesPerQuery: o.samples },
      equivalence: { checked: eq.checked, mismatches: eq.mismatches.length, details: eq.mismatches },
      roundTrips,
      memoryMb: Object.fromEntries(IMPLS.map((i) => [i, { before: before[i], after: after[i] }])) as BenchResult['memoryMb'],
      cells,
      ...summarise(cells, o.connections),
    };
  } finally {
    for (const s of Object.values(servers)) await s.stop();
    await db.close();
    // --keep-neo4j: the bench exits and Neo4j stays up for the next run (it hung here, holding the child handle).
    if (neo4j && o.keepNeo4j) neo4j.keep();
    else if (neo4j) await neo4j.stop();
  }
}
