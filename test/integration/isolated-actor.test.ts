// Issue 17, finding 3: an actor that no fact links (a hromada an article names in passing) is an actor all the same:
// `related(id:)` answers an empty list for it, not "No actor has id", and an unknown id still says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleFacts } from '../../src/facts/schema.js';
import { writeArticle } from '../../src/store/write-article.js';
import { createApollo } from '../../src/apollo.js';
import { createContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { resetGraph, testConfig, testDatabase } from './helpers.js';

let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  // Two articles, each naming one hromada and nothing else: no event, no position, no co-mention.
  for (const [i, name] of ['Вигодська територіальна громада', 'Старосамбірська територіальна громада'].entries()) {
    await writeArticle(db, ArticleFacts.parse({
      lang: 'uk', title: `Новина ${i}`, body: `У тексті згадано ${name}.`, publishedAt: '2024-03-01',
      url: `https://example.org/isolated/${i}`, organizations: [{ name, kind: 'HROMADA' }],
    }), 'extracted');
  }
});

afterAll(async () => {
  await db?.close();
});

async function query(source: string): Promise<{ data: Record<string, any> | null; errors: string[] }> {
  const config = testConfig();
  const apollo = createApollo(config);
  await apollo.start();
  try {
    const res = await apollo.executeOperation<Record<string, any>>({ query: source }, { contextValue: createContext(db, config) });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { data: res.body.singleResult.data ?? null, errors: (res.body.singleResult.errors ?? []).map((e) => e.message) };
  } finally {
    await apollo.stop();
  }
}

describe('an actor no fact links', () => {
  it('answers related(id:) with an empty list, and its node too', async () => {
    const [row] = await db.read<{ id: string }>("MATCH (h:Hromada) WHERE h.name STARTS WITH 'Вигодська' RETURN h.id AS id");
    expect(row).toBeDefined();
    const res = await query(`{ related(id: "${row!.id}") { score } node(id: "${row!.id}") { ... on Actor { name related { score } } } }`);
    expect(res.errors).toEqual([]);
    expect(res.data?.['related']).toEqual([]);
    expect(res.data?.['node']).toEqual({ name: 'Вигодська територіальна громада', related: [] });
  });
  it('still says so for an id that is no actor', async () => {
    const res = await query('{ related(id: "hromada:no-such-hromada") { score } }');
    expect(res.errors.join(' ')).toMatch(/No actor has id hromada:no-such-hromada/);
  });
});
