// The seed loads through the one write path, is idempotent, and survives a Neo4j restart.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { countNodes, resetGraph, testDatabase } from './helpers.js';

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
});
afterAll(async () => { await db?.close(); });

describe('seed', () => {
  it('loads five articles, then changes nothing when loaded again', async () => {
    const first = await loadSeed(db, () => {});
    expect(first.map((r) => r.status)).toEqual(['new', 'new', 'new', 'new', 'new']);
    expect(first.every((r) => r.warnings.length === 0)).toBe(true);
    const nodes = await countNodes(db);
    const [rels] = await db.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n');
    const again = await loadSeed(db, () => {});
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(await countNodes(db)).toBe(nodes);
    const [rels2] = await db.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n');
    expect(rels2!.n).toBe(rels!.n);
  });

  it('keeps related news apart: teasers are stub articles, not facts', async () => {
    const [row] = await db.read<{ stubs: number; facts: number }>(
      `MATCH (a:Article {stub: true}) OPTIONAL MATCH (a)-[r:MENTIONS|REPORTS]->() RETURN count(DISTINCT a) AS stubs, count(r) AS facts`,
    );
    expect(row!.stubs).toBe(12);
    expect(row!.facts).toBe(0);
  });

  it('every fact relationship cites an article and a sentence', async () => {
    const [row] = await db.read<{ bad: number; total: number }>(
      `MATCH ()-[r:HOLDS_POSITION|SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED|FUNDS|IMPLEMENTS|ABOUT|MENTIONS|REPORTS]->()
       RETURN count(r) AS total, sum(CASE WHEN size(r.evArticles) = 0 OR size(r.evArticles) <> size(r.evSentences) THEN 1 ELSE 0 END) AS bad`,
    );
    expect(row!.total).toBeGreaterThan(50);
    expect(row!.bad).toBe(0);
  });

  it('a restarted Neo4j finds every node', async () => {
    const home = inject('neo4jHome');
    if (!home) return; // an external test database is not ours to restart
    const before = await countNodes(db);
    await db.close();
    const port = Number(new URL(inject('neo4jUri').replace('bolt', 'http')).port);
    // Stop the running instance through its state file, then start it again on the same folder.
    const running = await startLocalNeo4j({ home, boltPort: port, password: inject('neo4jPassword'), heap: '768m', pageCache: '256m', startTimeoutS: 240, log: () => {} });
    expect(running.owned).toBe(false);
    process.kill(running.pid, 'SIGTERM');
    for (let i = 0; i < 300; i++) {
      try { process.kill(running.pid, 0); await new Promise((r) => setTimeout(r, 200)); } catch { break; }
    }
    const again = await startLocalNeo4j({ home, boltPort: port, password: inject('neo4jPassword'), heap: '768m', pageCache: '256m', startTimeoutS: 240, log: () => {} });
    expect(again.owned).toBe(true);
    db = testDatabase();
    expect(await countNodes(db)).toBe(before);
  });
});
