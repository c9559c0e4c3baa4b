// The KATOTTG importer against the real codifier: units, codes, nesting, idempotency and linking seed hromadas.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { importKatottg } from '../../src/territory/import.js';
import { ingestOne } from '../../src/ingest/pipeline.js';
import { parseArticle } from '../../src/ingest/readers/index.js';
import { countNodes, resetGraph, testDatabase } from './helpers.js';

// The codifier is not committed: users (and this test) pass their own copy.
const CODIFIER = process.env['KATOTTG_CSV'] ?? join(PROJECT_ROOT, '..', 'shared', 'data', 'katottg-2025-07-02.csv');

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
});
afterAll(async () => { await db?.close(); });

describe.runIf(existsSync(CODIFIER))('KATOTTG import', () => {
  it('links a seed hromada loaded earlier to its KATOTTG node, and is idempotent', async () => {
    await loadSeed(db, () => {});
    const first = await importKatottg(db, CODIFIER, () => {});
    expect(first.oblasts).toBe(27);
    expect(first.raions).toBe(136);
    expect(first.hromadas).toBe(1772);
    expect(first.linkedFromArticles).toEqual(['Маріупольська громада -> hromada:UA14140050000020560']);
    const nodes = await countNodes(db);
    const again = await importKatottg(db, CODIFIER, () => {});
    expect(again.linkedFromArticles).toEqual([]);
    expect(await countNodes(db)).toBe(nodes);

    const [mariupol] = await db.read<{ katottg: string; raion: string; oblast: string; mentions: number }>(
      `MATCH (h:Hromada {id: 'hromada:UA14140050000020560'})-[:LOCATED_IN]->(r:Raion)-[:LOCATED_IN]->(o:Oblast)
       RETURN h.katottg AS katottg, r.name AS raion, o.name AS oblast, COUNT { (:Article)-[:MENTIONS]->(h) } AS mentions`,
    );
    expect(mariupol).toEqual({ katottg: 'UA14140050000020560', raion: 'Маріупольський район', oblast: 'Донецька область', mentions: 1 });
    // The id it had before keeps resolving.
    const [old] = await db.read<{ id: string }>(`MATCH (:MergedId {id: 'hromada:mariupolska-hromada'})-[:MERGED_INTO]->(h) RETURN h.id AS id`);
    expect(old?.id).toBe('hromada:UA14140050000020560');
  });

  it('resolves hromadas named in articles ingested later to their KATOTTG nodes, and reports names it cannot tell apart', async () => {
    // Named as "… територіальна громада" or "… громада": one key (ids.ts nameKey).
    const text = 'Криничанська громада відкрила ЦНАП\n\n12 березня 2025 року Криничанська селищна територіальна громада відкрила новий ЦНАП. '
      + 'Досвідом поділилася й Броварська громада, де центр працює з 2019 року. У Миколаївській громаді також планують відкрити ЦНАП.\n';
    const outcome = await ingestOne(db, parseArticle(text, 'krynychanska.txt'));
    const mentioned = await db.read<{ id: string }>(
      `MATCH (a:Article {id: $id})-[:MENTIONS]->(h:Hromada) RETURN h.id AS id ORDER BY id`, { id: outcome.result?.articleId },
    );
    // One Криничанська (Dnipropetrovsk oblast) and one Броварська (Kyiv oblast) in the codifier: linked.
    expect(mentioned.map((m) => m.id)).toEqual(expect.arrayContaining(['hromada:UA12040170000019083', 'hromada:UA32060050000030591']));
    // Nine hromadas are called Миколаївська (one in Crimea): kept apart and reported, not guessed.
    const mykolaivska = outcome.result?.ambiguous.find((a) => a.name === 'Миколаївська територіальна громада');
    expect(mykolaivska?.candidates).toHaveLength(9);
    expect(mentioned.map((m) => m.id)).toContain(mykolaivska?.keptAs);
  });
});
