// `npm run bench:ingest`: articles per second for extraction alone and for the whole ingest path
// (read -> extract -> resolve -> write, one transaction per article) into a fresh local Neo4j of its own.
// A benchmark, not a test: it prints figures and asserts nothing.
import { rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { Database, type QueryRunner } from '../src/db/database.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-neo4j.js';
import { migrate } from '../src/db/migrate.js';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { extractArticle } from '../src/extract/index.js';
import { addOutcome, emptySummary, ingestOne } from '../src/ingest/pipeline.js';
import { readArticles } from '../src/ingest/readers/index.js';
import type { ParsedArticle } from '../src/facts/schema.js';

const Args = z.object({
  copies: z.coerce.number().int().min(1).max(1000).default(10),
  port: z.coerce.number().int().min(1024).max(65535).default(7698),
  json: z.boolean().default(false),
  profile: z.boolean().default(false),
});

function parseArgs(argv: string[]) {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json' || a === '--profile') raw[a.slice(2)] = true;
    else if (a.startsWith('--')) raw[a.slice(2)] = argv[++i];
  }
  const parsed = Args.safeParse(raw);
  if (!parsed.success) throw new Error(`Usage: npm run bench:ingest -- [--copies N] [--port P] [--json] [--profile]\n${parsed.error.message}`);
  return parsed.data;
}

const HOME = join(PROJECT_ROOT, '.neo4j-ingest-bench');
const SOURCES = [join(PROJECT_ROOT, 'seed', 'articles'), join(PROJECT_ROOT, 'test', 'devset', 'articles')];

/** The seed and dev-set articles, each text once (the dev set holds the seeds too). */
async function readCorpus(): Promise<{ file: string; article: ParsedArticle }[]> {
  const out = new Map<string, { file: string; article: ParsedArticle }>();
  for (const dir of SOURCES) {
    for await (const r of readArticles(dir)) if (r.article && !out.has(r.article.body)) out.set(r.article.body, { file: r.file, article: r.article });
  }
  return [...out.values()];
}

/**
 * Copies of each article under their own url: distinct articles to the write path (nothing is skipped as
 * unchanged) whose actors mostly exist already, as in a steady stream of news about the same people.
 */
function copies(corpus: { file: string; article: ParsedArticle }[], n: number) {
  return Array.from({ length: n }, (_, k) => corpus.map(({ file, article }) => ({
    file: `${file}#copy${k}`,
    // Another url and a last line of its own: a copy must not match the original by url or by content hash.
    article: { ...article, url: `https://bench.invalid/${k}/${encodeURIComponent(file.split('/').pop() ?? '')}`, body: `${article.body}\n\n(${k})` },
  }))).flat();
}

/** Time spent per Cypher statement (named by its file's first comment line), for --profile. */
const spent = new Map<string, number[]>();
function timed(db: Database): Database {
  const wrap = (tx: QueryRunner): QueryRunner => {
    const time = <T>(run: () => Promise<T[]>, cypher: string) => async () => {
      const t0 = performance.now();
      try { return await run(); } finally {
        const name = cypher.split('\n')[0]?.slice(0, 70) ?? '?';
        spent.set(name, [...(spent.get(name) ?? []), performance.now() - t0]);
      }
    };
    return {
      read: <T>(q: string, p?: Record<string, unknown>) => time(() => tx.read<T>(q, p), q)(),
      write: <T>(q: string, p?: Record<string, unknown>) => time(() => tx.write<T>(q, p), q)(),
    };
  };
  return { inWriteTransaction: <T>(work: (tx: QueryRunner) => Promise<T>) => db.inWriteTransaction((tx) => work(wrap(tx))) } as unknown as Database;
}

const log = (l: string) => console.error(l);
const args = parseArgs(process.argv.slice(2));
const corpus = await readCorpus();
const items = copies(corpus, args.copies);

let t = performance.now();
for (const { article } of items) extractArticle(article);
const extractSecs = (performance.now() - t) / 1000;
log(`extraction alone: ${items.length} articles in ${extractSecs.toFixed(2)} s`);

await stopLocalNeo4j(HOME, log);
rmSync(join(HOME, 'data'), { recursive: true, force: true });
rmSync(join(HOME, 'state.json'), { force: true });
const neo4j = await startLocalNeo4j({ home: HOME, boltPort: args.port, password: 'hromada-ingest-bench', heap: '1g', pageCache: '512m', startTimeoutS: 240, log });
const db = Database.connect(neo4j.uri, 'neo4j', 'hromada-ingest-bench', 60_000);
try {
  await migrate(db);
  const first = emptySummary();
  const writer = args.profile ? timed(db) : db;
  t = performance.now();
  for (const [i, item] of items.entries()) {
    addOutcome(first, await ingestOne(writer, item));
    if ((i + 1) % 100 === 0) log(`  ingested ${i + 1}/${items.length}`);
  }
  const ingestSecs = (performance.now() - t) / 1000;
  const again = emptySummary();
  t = performance.now();
  for (const item of items) addOutcome(again, await ingestOne(db, item));
  const againSecs = (performance.now() - t) / 1000;

  const rate = (n: number, s: number) => Math.round((n / s) * 10) / 10;
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    articles: items.length,
    distinctTexts: corpus.length,
    extractPerSec: rate(items.length, extractSecs),
    ingestPerSec: rate(items.length, ingestSecs),
    unchangedPerSec: rate(items.length, againSecs),
    firstRun: { ...first.articles, actorsCreated: first.actorsCreated, actorsMatched: first.actorsMatched, relationsAdded: first.relationsAdded },
    secondRun: again.articles,
  };
  if (!args.json) {
    console.log(`${items.length} articles (${corpus.length} texts x ${args.copies} copies), ${result.machine.cpus} cores, Node ${process.version}`);
    console.log(`  extraction alone          ${result.extractPerSec} articles/s`);
    console.log(`  ingest into Neo4j         ${result.ingestPerSec} articles/s  (${first.articles.new} new, ${first.articles.failed} failed, ${first.actorsCreated} actors created, ${first.actorsMatched} matched, ${first.relationsAdded} relations)`);
    console.log(`  re-ingest, all unchanged  ${result.unchangedPerSec} articles/s  (${again.articles.unchanged} unchanged)`);
  }
  if (args.profile) {
    const total = (ms: number[]) => ms.reduce((a, b) => a + b, 0);
    console.error('  total s  calls  median ms  max ms  statement');
    for (const [name, ms] of [...spent].sort((a, b) => total(b[1]) - total(a[1]))) {
      const sorted = [...ms].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
      console.error(`  ${(total(ms) / 1000).toFixed(2).padStart(7)} ${String(ms.length).padStart(6)} ${median.toFixed(1).padStart(10)} ${(sorted.at(-1) ?? 0).toFixed(0).padStart(7)}  ${name}`);
    }
  }
  console.log(JSON.stringify(result));
} finally {
  await db.close();
  await neo4j.stop();
}
