// `npm run import:katottg -- <file.csv>`: loads oblasts, raions and hromadas from the official codifier (idempotent).
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { importKatottg } from '../territory/import.js';
import { runCli } from './run.js';

await runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: npm run import:katottg -- <katottg.csv> (the official codifier, `;`-separated)');
  const started = Date.now();
  const conn = await connectDatabase(loadConfig());
  try {
    await migrate(conn.db);
    const r = await importKatottg(conn.db, file);
    console.log(`KATOTTG: ${r.oblasts} oblasts, ${r.raions} raions, ${r.hromadas} hromadas, ${r.links} LOCATED_IN links in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    for (const l of r.linkedFromArticles) console.log(`  linked: ${l}`);
    for (const a of r.ambiguous) console.log(`  ambiguous, left apart: ${a}`);
    if (r.invalid.length) console.log(`  ${r.invalid.length} invalid lines skipped, e.g. ${r.invalid.slice(0, 3).join('; ')}`);
  } finally {
    await conn.close();
  }
});
