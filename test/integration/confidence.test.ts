// Every fact carries the confidence of the rule that read it: curated facts 1.0, extracted ones their rule's, and
// the API shows it and filters by it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { ingestOne } from '../../src/ingest/pipeline.js';
import { parseArticle } from '../../src/ingest/readers/index.js';
import { gql, resetGraph, testConfig, testDatabase } from './helpers.js';

const ARTICLE = [
  'Правління асоціації обговорило бюджети громад',
  '',
  '12 травня 2025 року в Києві відбулося засідання Правління Асоціації міст України.',
  'Виконавча директорка АМУ Ганна Зінченко поінформувала членів Правління про зміни до Бюджетного кодексу.',
  '«Громади мають зберегти свої доходи», – наголосила Ганна Зінченко.',
].join('\n');

const STATEMENTS = `query($speaker: ID, $min: Float) {
  statements(speaker: $speaker, minConfidence: $min, first: 50) { totalCount edges { node { confidence speaker { id } } } }
}`;

let app: App;

beforeAll(async () => {
  const db = testDatabase();
  await resetGraph(db);
  await db.close();
  app = await startApp(testConfig(), () => {}); // the curated seed is loaded on start
  const outcome = await ingestOne(app.conn.db, parseArticle(ARTICLE, 'confidence.txt'));
  if (!outcome.result) throw new Error(outcome.reason);
});

afterAll(async () => {
  await app?.stop();
});

describe('confidence', () => {
  it('is 1 on every curated statement and position', async () => {
    const res = await gql(app.url, STATEMENTS, { speaker: 'person:yuliia-sokolovska' });
    expect(res.errors).toBeUndefined();
    const rows = (res.data!.statements.edges as { node: { confidence: number } }[]).map((e) => e.node.confidence);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((c) => c === 1)).toBe(true);
    const pos = await gql(app.url, '{ node(id: "person:yuliia-sokolovska") { ... on Person { positions { confidence } } } }');
    expect(pos.data!.node.positions.map((p: { confidence: number }) => p.confidence)).toEqual(pos.data!.node.positions.map(() => 1));
  });

  it('is the rule\'s on extracted facts, below 1, and minConfidence filters by it', async () => {
    const all = await gql(app.url, STATEMENTS, { speaker: 'person:hanna-zinchenko' });
    expect(all.errors).toBeUndefined();
    const confidences = (all.data!.statements.edges as { node: { confidence: number } }[]).map((e) => e.node.confidence);
    expect(confidences.length).toBeGreaterThan(0);
    for (const c of confidences) {
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThan(1);
    }
    const strict = await gql(app.url, STATEMENTS, { speaker: 'person:hanna-zinchenko', min: 0.99 });
    expect(strict.data!.statements.totalCount).toBe(0);
    const loose = await gql(app.url, STATEMENTS, { speaker: 'person:hanna-zinchenko', min: Math.min(...confidences) });
    expect(loose.data!.statements.totalCount).toBe(all.data!.statements.totalCount);
    // The curated statements pass any threshold up to 1.
    const curated = await gql(app.url, STATEMENTS, { min: 1 });
    expect(curated.data!.statements.totalCount).toBeGreaterThan(0);
    expect((curated.data!.statements.edges as { node: { speaker: { id: string } } }[]).map((e) => e.node.speaker.id)).not.toContain('person:hanna-zinchenko');
  });

  it('refuses a threshold outside 0..1', async () => {
    const res = await gql(app.url, STATEMENTS, { min: 1.5 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
