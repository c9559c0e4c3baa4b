// Loads a generated corpus through the project's write path, batched, and records which corpus the graph holds.
import type { Database } from '../../src/db/database.js';
import type { ArticleFacts } from '../../src/facts/schema.js';
import { planBatch, writePlannedBatch, type BatchResult, type PlannedBatch } from '../../src/store/write-batch.js';
import { generateArticles } from './articles.js';
import { buildWorld } from './world.js';

export interface CorpusId { articles: number; seed: number }

export interface LoadReport {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  batchSize: number;
  relations: number;
  /** Seconds spent in each write statement over the whole load ("commit": the rest of each transaction). */
  statementSeconds: Record<string, number>;
  /** Seconds Node spent generating and planning batches, and waiting for Neo4j to finish the previous one. */
  planSeconds?: number;
  waitSeconds?: number;
  nodes: number;
  relationships: number;
}

/** The corpus the graph holds, from its marker node (not a :Node, so the APIs never see it). */
export async function loadedCorpus(db: Database): Promise<(CorpusId & { load: LoadReport | null }) | null> {
  const [row] = await db.read<{ articles: number; seed: number; load: string | null }>(
    'MATCH (m:BenchCorpus) RETURN m.articles AS articles, m.seed AS seed, m.load AS load LIMIT 1',
  );
  return row ? { articles: row.articles, seed: row.seed, load: row.load ? (JSON.parse(row.load) as LoadReport) : null } : null;
}

/** The first batch is small: see loadCorpus. */
export const FIRST_BATCH = 100;

/** Articles generated and planned between two turns of the event loop: see planned(). */
const SLICE = 25;

/**
 * Generates and plans the corpus batch by batch. Generation and planning are synchronous CPU work; done in one go
 * they held the event loop for 150 ms a batch, and the write of the previous batch could not send its next
 * statement or take its results meanwhile. In slices, Node's work and Neo4j's overlap.
 */
async function* planned(id: CorpusId, size: number): AsyncGenerator<{ batch: PlannedBatch; cpuMs: number }> {
  const articles = generateArticles(buildWorld(id.seed, id.articles), id.seed, id.articles);
  let chunk: ArticleFacts[] = [];
  let plans: PlannedBatch['plans'] = [];
  let count = 0;
  let cpuMs = 0;
  let t0 = performance.now();
  for (const facts of articles) {
    chunk.push(facts);
    count++;
    const full = count === FIRST_BATCH || (count > FIRST_BATCH && (count - FIRST_BATCH) % size === 0);
    if (chunk.length >= SLICE || full) {
      plans = plans.concat(planBatch(chunk, 'extracted').plans);
      chunk = [];
      cpuMs += performance.now() - t0;
      await new Promise((resolve) => setImmediate(resolve));
      t0 = performance.now();
    }
    if (full) {
      yield { batch: { provenance: 'extracted', plans: uniqueById(plans) }, cpuMs };
      plans = [];
      cpuMs = 0;
      t0 = performance.now();
    }
  }
  if (chunk.length) plans = plans.concat(planBatch(chunk, 'extracted').plans);
  if (plans.length) yield { batch: { provenance: 'extracted', plans: uniqueById(plans) }, cpuMs: cpuMs + performance.now() - t0 };
}

/** One plan per article id within a batch, as planBatch keeps within its slice. */
function uniqueById<T extends { id: string }>(plans: T[]): T[] {
  return [...new Map(plans.map((p) => [p.id, p] as const)).values()];
}

/** Plans batch k+1 while batch k is written: Node and Neo4j work side by side. */
export async function loadCorpus(db: Database, id: CorpusId, batchSize: number, log: (l: string) => void): Promise<LoadReport> {
  const started = performance.now();
  let relations = 0;
  let done = 0;
  let lastLog = started;
  let writing: Promise<BatchResult> | null = null;
  let inFlight = 0;
  const ms: Record<string, number> = {};
  const settle = async () => {
    if (!writing) return;
    const r = await writing;
    relations += r.relations;
    for (const [k, v] of Object.entries(r.ms)) ms[k] = (ms[k] ?? 0) + v;
    done += inFlight;
    if (performance.now() - lastLog > 15_000 || done === inFlight) {
      lastLog = performance.now();
      const s = (lastLog - started) / 1000;
      log(`  ${done} / ${id.articles} articles in ${s.toFixed(0)} s (${(done / s).toFixed(0)}/s); last batch ${JSON.stringify(Object.fromEntries(Object.entries(r.ms).map(([k, v]) => [k, Math.round(v)])))}`);
    }
  };
  // Time on Node's side (generating and planning) and time spent waiting for the previous write to finish.
  let cpuMs = 0;
  let waitMs = 0;
  for await (const next of planned(id, batchSize)) {
    cpuMs += next.cpuMs;
    const w0 = performance.now();
    await settle();
    waitMs += performance.now() - w0;
    // Plans made on an empty graph are cached and terrible at scale (the relationship MERGE scans every
    // relationship of the graph, per row): after a small first batch the statistics are real; replan.
    if (done === FIRST_BATCH && inFlight === FIRST_BATCH) await db.write('CALL db.clearQueryCaches()');
    writing = writePlannedBatch(db, next.batch);
    inFlight = next.batch.plans.length;
  }
  await settle();
  const seconds = (performance.now() - started) / 1000;
  const [counts] = await db.read<{ nodes: number; rels: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const report: LoadReport = {
    articles: id.articles, seconds: round(seconds), articlesPerSecond: round(id.articles / seconds), batchSize, relations,
    statementSeconds: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, round(v / 1000)])),
    planSeconds: round(cpuMs / 1000), waitSeconds: round(waitMs / 1000),
    nodes: counts?.nodes ?? 0, relationships: counts?.rels ?? 0,
  };
  await db.write('MERGE (m:BenchCorpus) SET m.articles = $articles, m.seed = $seed, m.load = $load', {
    articles: id.articles, seed: id.seed, load: JSON.stringify(report),
  });
  return report;
}

const round = (x: number) => Math.round(x * 10) / 10;
