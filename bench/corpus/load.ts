// Loads a generated corpus through the project's write path, batched, and records which corpus the graph holds.
import type { Database } from '../../src/db/database.js';
import type { ArticleFacts } from '../../src/facts/schema.js';
import { planBatch, writePlannedBatch, type BatchResult } from '../../src/store/write-batch.js';
import { generateArticles } from './articles.js';
import { buildWorld } from './world.js';

export interface CorpusId { articles: number; seed: number }

export interface LoadReport {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  batchSize: number;
  relations: number;
  /** Seconds spent in each write statement over the whole load. */
  statementSeconds: Record<string, number>;
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

function* batches(id: CorpusId, size: number): Generator<ArticleFacts[]> {
  let batch: ArticleFacts[] = [];
  let first = true;
  for (const facts of generateArticles(buildWorld(id.seed, id.articles), id.seed, id.articles)) {
    batch.push(facts);
    if (batch.length >= (first ? FIRST_BATCH : size)) {
      first = false;
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Generates and plans batch k+1 while batch k is written: Node and Neo4j work side by side. */
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
  for (const batch of batches(id, batchSize)) {
    const planned = planBatch(batch, 'extracted');
    await settle();
    // Plans made on an empty graph are cached and terrible at scale (the relationship MERGE scans every
    // relationship of the graph, per row): after a small first batch the statistics are real; replan.
    if (done === FIRST_BATCH && inFlight === FIRST_BATCH) await db.write('CALL db.clearQueryCaches()');
    writing = writePlannedBatch(db, planned);
    inFlight = batch.length;
  }
  await settle();
  const seconds = (performance.now() - started) / 1000;
  const [counts] = await db.read<{ nodes: number; rels: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const report: LoadReport = {
    articles: id.articles, seconds: round(seconds), articlesPerSecond: round(id.articles / seconds), batchSize, relations,
    statementSeconds: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, round(v / 1000)])),
    nodes: counts?.nodes ?? 0, relationships: counts?.rels ?? 0,
  };
  await db.write('MERGE (m:BenchCorpus) SET m.articles = $articles, m.seed = $seed, m.load = $load', {
    articles: id.articles, seed: id.seed, load: JSON.stringify(report),
  });
  return report;
}

const round = (x: number) => Math.round(x * 10) / 10;
