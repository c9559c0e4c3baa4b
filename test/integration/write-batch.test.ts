// The bulk write path (write-batch.ts, used by the bench's loader) must store exactly what the one-article write path
// stores: the same relationships with the same evidence, in the same order, and the same quotes. The synthetic
// corpus cites hub facts from many articles of one batch, which is what the batch statement groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/corpus/articles.js';
import { buildWorld } from '../../bench/corpus/world.js';
import type { Database } from '../../src/db/database.js';
import type { ArticleFacts } from '../../src/facts/schema.js';
import { groupRelations, writeArticlesBatch } from '../../src/store/write-batch.js';
import { writeArticle } from '../../src/store/write-article.js';
import { resetGraph, testConfig, testDatabase } from './helpers.js';

let db: Database;
const ARTICLES = 80;
let corpus: ArticleFacts[];

beforeAll(async () => {
  db = testDatabase(testConfig());
  corpus = [...generateArticles(buildWorld(7, ARTICLES), 7, ARTICLES)];
});

afterAll(async () => {
  await db?.close();
});

interface Rel { type: string; from: string; to: string; key: string; quote: string | null; title: string | null; provenance: string; props: string[]; evidence: string[] }

async function dump(): Promise<{ rels: Rel[]; nodes: number }> {
  const rels = await db.read<Rel>(`MATCH (a:Node)-[r]->(b:Node) WHERE r.evArticles IS NOT NULL
    RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, r.quote AS quote, r.title AS title,
           r.provenance AS provenance, keys(r) AS props,
           [i IN range(0, size(r.evArticles) - 1) | r.evArticles[i] + ' | ' + r.evSentences[i]] AS evidence
    ORDER BY type, from, to, key`);
  const [n] = await db.read<{ n: number }>('MATCH (n:Node) RETURN count(n) AS n');
  // The bulk path creates an article's relationships with CREATE, the other with MERGE: the same properties either way.
  return { rels: rels.map((r) => ({ ...r, props: [...r.props].sort() })), nodes: n?.n ?? 0 };
}

describe('bulk write path', () => {
  it('stores the same relationships, evidence and quotes as writing the articles one by one', async () => {
    await resetGraph(db);
    for (const facts of corpus) await writeArticle(db, facts, 'curated');
    const single = await dump();

    await resetGraph(db);
    let added = 0;
    for (let i = 0; i < corpus.length; i += 40) added += (await writeArticlesBatch(db, corpus.slice(i, i + 40), 'curated')).relations;
    const batched = await dump();

    // The same in parts of 7 rows: many relations statements per batch, sent back to back.
    await resetGraph(db);
    for (let i = 0; i < corpus.length; i += 40) await writeArticlesBatch(db, corpus.slice(i, i + 40), 'curated', 7);
    const inParts = await dump();

    expect(single.rels.length).toBeGreaterThan(100);
    // Some facts are cited by several articles of one batch: the case the grouping is for.
    expect(single.rels.some((r) => r.evidence.length > 3)).toBe(true);
    expect(batched.nodes).toBe(single.nodes);
    expect(batched.rels).toEqual(single.rels);
    expect(inParts).toEqual(batched);
    expect(added).toBe(single.rels.reduce((n, r) => n + r.evidence.length, 0));
  });

  it('groups rows by relationship, keeping each article and sentence once, the first quote and the highest confidence', () => {
    const row = (articleId: string, sentence: string, quote: string | null, key = '', confidence = 0.75) =>
      ({ type: 'SPOKE_AT', fromId: 'person:a', toId: 'event:e', key, sentence, quote, articleId, confidence });
    const grouped = groupRelations([
      row('article:1', 's1', null), row('article:2', 's2', 'q2', '', 0.9), row('article:2', 's2', 'q2'), row('article:3', 's3', 'q3'),
      row('article:1', 's1', null, 'other'),
    ]);
    expect(grouped).toEqual([
      { type: 'SPOKE_AT', fromId: 'person:a', toId: 'event:e', key: '', articleIds: ['article:1', 'article:2', 'article:3'], sentences: ['s1', 's2', 's3'], quote: 'q2', confidence: 0.9 },
      { type: 'SPOKE_AT', fromId: 'person:a', toId: 'event:e', key: 'other', articleIds: ['article:1'], sentences: ['s1'], quote: null, confidence: 0.75 },
    ]);
  });
});
