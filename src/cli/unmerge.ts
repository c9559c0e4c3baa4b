// `npm run unmerge -- <merge id>`: undoes a merge (the id `npm run merge` printed): the merged-away actor comes back
// with its relationships, the survivor's are put back, and the old id resolves to itself again.
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { unmergeActor } from '../actor/unmerge.js';
import { cliCaller } from './caller.js';
import { runCli } from './run.js';

await runCli(async () => {
  const [mergeId, extra] = process.argv.slice(2);
  if (!mergeId || extra !== undefined) {
    throw new Error('Usage: npm run unmerge -- <merge id>, the id npm run merge printed (mergeActors returns it as mergeId), e.g. npm run unmerge -- merge:0c5e…');
  }
  const conn = await connectDatabase(loadConfig());
  try {
    await migrate(conn.db);
    const r = await unmergeActor(conn.db, mergeId, cliCaller('npm run unmerge'));
    console.log(`Undid merge ${r.mergeId}: ${r.restored} is an actor again, with ${r.relationshipsRestored} relationships; ${r.survivor} has its own back.`);
    for (const note of r.notes) console.log(`  note: ${note}`);
  } finally {
    await conn.close();
  }
});
