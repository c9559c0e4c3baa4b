// Every .cypher file is valid Cypher for the running Neo4j: EXPLAIN plans it without running it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCypherFiles, loadCypher } from '../../src/db/cypher.js';
import type { Database } from '../../src/db/database.js';
import { testDatabase } from './helpers.js';

let db: Database;
beforeAll(() => { db = testDatabase(); });
afterAll(async () => { await db?.close(); });

const files = allCypherFiles().filter((f) => !f.startsWith('schema/'));

describe('cypher files', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files)('%s plans under EXPLAIN', async (name) => {
    const text = loadCypher([name])[name] ?? '';
    // Every $parameter gets a value: EXPLAIN checks the statement, not the data.
    const params = Object.fromEntries([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => [m[1], null]));
    const session = db.driver.session();
    try {
      const result = await session.run(`EXPLAIN ${text}`, params);
      expect(result.summary.plan).toBeTruthy();
    } finally {
      await session.close();
    }
  });
});
