// `npm run resolve -- --report [--json] [--limit N]`: likely duplicate actors with the evidence for each pair.
// `npm run resolve -- --distinct <id> <id>`: a person's decision that two actors are not one (the report then
// leaves the pair out). Accepting a pair is `npm run merge -- <from> <into>`, which the report prints.
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { ambiguousNodes, duplicatesReport, markDistinct, REPORT_DEFAULTS } from '../actor/duplicates.js';
import { runCli } from './run.js';

const USAGE = 'Usage: npm run resolve -- --report [--json] [--limit N]  |  npm run resolve -- --distinct <id> <id>';

await runCli(async () => {
  const argv = process.argv.slice(2);
  const report = argv.includes('--report');
  const distinct = argv.indexOf('--distinct');
  if (report === (distinct >= 0)) throw new Error(USAGE);
  const limitAt = argv.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : REPORT_DEFAULTS.limit;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new Error(`--limit must be a whole number from 1 to 10000. ${USAGE}`);
  const conn = await connectDatabase(loadConfig());
  try {
    await migrate(conn.db);
    if (distinct >= 0) {
      const [a, b] = [argv[distinct + 1], argv[distinct + 2]];
      if (!a || !b || a.startsWith('--') || b.startsWith('--')) throw new Error(USAGE);
      if (!(await markDistinct(conn.db, a, b))) throw new Error(`No actor with id ${a} or ${b}: check the ids in the report.`);
      console.log(`Marked ${a} and ${b} as distinct: the report leaves the pair out from now on.`);
      return;
    }
    const [pairs, ambiguous] = await Promise.all([duplicatesReport(conn.db, { limit }), ambiguousNodes(conn.db, limit)]);
    if (argv.includes('--json')) {
      console.log(JSON.stringify({ pairs, ambiguous }, null, 2));
      return;
    }
    if (ambiguous.length > 0) {
      console.log(`Kept apart: ${ambiguous.length} node(s) whose name fits several institutions on the article's date.\n`);
      for (const n of ambiguous) {
        console.log(`- ${n.id} "${n.name}" could be ${n.candidates.join(' or ')}`);
        for (const p of n.present) console.log(`   merge: npm run merge -- ${n.id} ${p.id}   (${p.name})`);
      }
      console.log('');
    }
    if (pairs.length === 0) { console.log('No likely duplicates.'); return; }
    console.log(`Likely duplicates: ${pairs.length} pair(s), most evidence first.\n`);
    pairs.forEach((p, i) => {
      console.log(`${i + 1}. ${p.a.id} "${p.a.name}"  ~  ${p.b.id} "${p.b.name}"`);
      for (const e of p.evidence) console.log(`   - ${e}`);
      console.log(`   accept: npm run merge -- ${p.merge.from} ${p.merge.into}`);
      console.log(`   reject: npm run resolve -- --distinct ${p.a.id} ${p.b.id}\n`);
    });
  } finally {
    await conn.close();
  }
});
