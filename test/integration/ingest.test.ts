// Ingestion end to end on the real Neo4j: the seed articles with no curated facts answer the acceptance questions,
// a second run changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startApp, type App } from '../../src/app.js';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { ingestPaths, type IngestSummary } from '../../src/ingest/pipeline.js';
import { describeAcceptance } from './acceptance.js';
import { countNodes, resetGraph, testConfig, testDatabase } from './helpers.js';

const SEEDS = join(PROJECT_ROOT, 'seed', 'articles');

let app: App;
let first: IngestSummary;

async function countRelationships(): Promise<number> {
  const [row] = await app.conn.db.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n');
  return row?.n ?? 0;
}

beforeAll(async () => {
  const db = testDatabase();
  await resetGraph(db);
  first = await ingestPaths(db, [SEEDS]);
  await db.close();
  // No curated facts: the served graph is what the extractor read from the five articles.
  app = await startApp(testConfig({ SEED_ON_START: 'false' }), () => {});
});

afterAll(async () => {
  await app?.stop();
});

describe('ingesting the seed articles', () => {
  it('writes every article as new, with actors and relations', () => {
    expect(first.failures).toEqual([]);
    expect(first.articles).toEqual({ new: 5, updated: 0, unchanged: 0, failed: 0 });
    expect(first.actorsCreated).toBeGreaterThan(20);
    expect(first.relationsAdded).toBeGreaterThan(50);
  });

  it('changes nothing when run a second time', async () => {
    const nodes = await countNodes(app.conn.db);
    const rels = await countRelationships();
    const again = await ingestPaths(app.conn.db, [SEEDS]);
    expect(again.articles).toEqual({ new: 0, updated: 0, unchanged: 5, failed: 0 });
    expect(again.relationsAdded).toBe(0);
    expect(await countNodes(app.conn.db)).toBe(nodes);
    expect(await countRelationships()).toBe(rels);
  });
});

describe('the API on ingested facts alone', () => {
  describeAcceptance(() => app.url);
});
