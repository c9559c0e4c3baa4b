// `npm run merge -- <from id> <into id>`: merges two actors that are one (relationships move, the old id keeps
// resolving); prints the merge's id, which `npm run unmerge -- <merge id>` takes to undo it.
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { mergeActorsChecked } from '../actor/merge.js';
import { cliCaller } from './caller.js';
import { runCli } from './run.js';

await runCli(async () => {
  const [fromId, intoId, extra] = process.argv.slice(2);
  if (!fromId || !intoId || extra !== undefined) {
    throw new Error('Usage: npm run merge -- <from id> <into id>, e.g. npm run merge -- org:ministerstvo-tsyfrovoi-transformatsii org:ministerstvo-tsyfrovoi-transformatsii-ukrainy');
  }
  const conn = await connectDatabase(loadConfig());
  try {
    await migrate(conn.db);
    const r = await mergeActorsChecked(conn.db, fromId, intoId, cliCaller('npm run merge'));
    console.log(`Merged ${r.merged} into ${r.survivor} (${r.name}): ${r.relationshipsMoved} relationships moved; ${r.merged} now resolves to ${r.survivor}.`);
    console.log(`Merge id: ${r.mergeId} (undo: npm run unmerge -- ${r.mergeId})`);
  } finally {
    await conn.close();
  }
});
