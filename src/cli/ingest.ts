// `npm run ingest -- <files or folders>`: grows the graph from articles; a summary at the end, exit 1 if any failed.
// The summary is also one JSON log line on stderr (stdout stays the human one).
import cliProgress from 'cli-progress';
import pino from 'pino';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { ingestPaths } from '../ingest/pipeline.js';
import { createLogger, useLogger } from '../log.js';
import { logWrite } from '../logging/writes.js';
import { cliCaller } from './caller.js';
import { runCli } from './run.js';

await runCli(async () => {
  const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!paths.length) throw new Error('Usage: npm run ingest -- <file or folder>... (.txt, .html, .jsonl)');
  const config = loadConfig();
  useLogger(createLogger(config, pino.destination({ dest: 2, sync: true })));
  const conn = await connectDatabase(config);
  // A bar on a terminal; plain lines (one per 50 articles) when output is piped or logged.
  const bar = process.stdout.isTTY ? new cliProgress.SingleBar({ format: 'ingest {value} articles | {file}' }, cliProgress.Presets.shades_classic) : null;
  bar?.start(0, 0, { file: '' });
  try {
    await migrate(conn.db);
    const started = Date.now(); // the rate is of ingestion alone, not of starting Neo4j
    const s = await ingestPaths(conn.db, paths, (done, file) => {
      if (bar) { bar.setTotal(done); bar.update(done, { file }); } else if (done % 50 === 0) console.log(`  ${done} articles...`);
    });
    bar?.stop();
    const secs = (Date.now() - started) / 1000;
    const a = s.articles;
    const total = a.new + a.updated + a.unchanged + a.failed;
    console.log(`Articles: ${a.new} new, ${a.updated} updated, ${a.unchanged} unchanged, ${a.failed} failed, ${s.skipped.length} skipped (${secs.toFixed(1)} s, ${(total / secs).toFixed(1)} articles/s).`);
    console.log(`Actors: ${s.actorsCreated} created, ${s.actorsMatched} matched. Relations added: ${s.relationsAdded}.`);
    logWrite('ingest', cliCaller('npm run ingest'), {
      paths: paths.length, articles: a, skipped: s.skipped.length, actorsCreated: s.actorsCreated, actorsMatched: s.actorsMatched,
      relationsAdded: s.relationsAdded, ambiguous: s.ambiguous.length, durationMs: Date.now() - started,
    });
    for (const k of s.skipped) console.log(`  skipped ${k.file}: ${k.reason}`);
    for (const w of s.warnings) console.log(`  warning ${w.file}: ${w.warning}`);
    if (s.ambiguous.length) {
      console.log(`Ambiguous matches: ${s.ambiguous.length}, each kept apart under its own id. Check them, and merge where they are the same: npm run merge -- <from id> <into id>`);
      for (const m of s.ambiguous) console.log(`  ${m.file}: "${m.name}" (${m.kind}) could be ${m.candidates.join(' or ')}; kept as ${m.keptAs}`);
    }
    for (const f of s.failures) console.error(`  FAILED ${f.file}: ${f.reason}`);
    if (a.failed) process.exitCode = 1;
  } finally {
    bar?.stop();
    await conn.close();
  }
});
