// Every .cypher file is valid Cypher for the running Neo4j: EXPLAIN plans it without running it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCypherFiles, cardFields, loadCypher } from '../../src/db/cypher.js';
import { PAGE_PARTS, pageStatement } from '../../src/node/page-statement.js';
import type { Database } from '../../src/db/database.js';
import { testDatabase } from './helpers.js';

let db: Database;
beforeAll(() => { db = testDatabase(); });
afterAll(async () => { await db?.close(); });

// The node page's parts are not statements alone: they are planned as the page statements they make.
const files = allCypherFiles().filter((f) => !f.startsWith('schema/') && !f.startsWith('node/page/'));
// Full cards, and cards of no field beyond the kind and id.
const full = cardFields(new Set(['kind', 'name', 'nameEn', 'aliases', 'katottg', 'startDate', 'endDate', 'location', 'url', 'title', 'publishedAt', 'source', 'lang']));
const bare = cardFields(new Set());
const pages: [string, string][] = [
  ...PAGE_PARTS.map((p) => [p, pageStatement([p], full)] as [string, string]),
  ['every part', pageStatement(PAGE_PARTS, full)], ['every part, bare cards', pageStatement(PAGE_PARTS, bare)],
];

async function explain(text: string) {
  // Every $parameter gets a value: EXPLAIN checks the statement, not the data.
  const params = Object.fromEntries([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => [m[1], null]));
  const session = db.driver.session();
  try {
    return (await session.run(`EXPLAIN ${text}`, params)).summary.plan;
  } finally {
    await session.close();
  }
}

describe('cypher files', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files)('%s plans under EXPLAIN', async (name) => {
    expect(await explain(loadCypher([name])[name] ?? '')).toBeTruthy();
  });

  it.each(pages)('the node page with %s plans under EXPLAIN', async (_name, text) => {
    expect(await explain(text)).toBeTruthy();
  });
});
