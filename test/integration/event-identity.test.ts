// Events of different articles are one node only when day, place or organiser, and name agree: two articles that
// each report an undated "засідання" with different people give two events, and their people stay unrelated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { ingestOne } from '../../src/ingest/pipeline.js';
import { parseArticle } from '../../src/ingest/readers/index.js';
import { gql, resetGraph, testConfig, testDatabase } from './helpers.js';

const ARTICLES: Record<string, string> = {
  'zhytomyr.txt': [
    'Громади Житомирщини обговорили бюджет',
    '',
    'Відбулося засідання, на якому голова Коростишівської міської ради Остап Вербицький доповів про виконання бюджету громади.',
    '«Ми зберегли всі школи громади», – наголосив Остап Вербицький.',
  ].join('\n'),
  'poltava.txt': [
    'На Полтавщині говорили про воду',
    '',
    'Відбулося засідання, на якому начальниця управління водних ресурсів Лариса Гнідич розповіла про ремонт водогонів.',
    '«До зими ми замінимо двадцять кілометрів мереж», – сказала Лариса Гнідич.',
  ].join('\n'),
};

let app: App;

beforeAll(async () => {
  const db = testDatabase();
  await resetGraph(db);
  for (const [file, text] of Object.entries(ARTICLES)) {
    const outcome = await ingestOne(db, parseArticle(text, file));
    if (!outcome.result) throw new Error(`${file}: ${outcome.reason}`);
  }
  await db.close();
  app = await startApp(testConfig({ SEED_ON_START: 'false' }), () => {});
});

afterAll(async () => {
  await app?.stop();
});

describe('event identity across articles', () => {
  it('keeps two undated meetings of two articles apart', async () => {
    const rows = await app.conn.db.read<{ id: string; speakers: string[] }>(
      'MATCH (e:Event) RETURN e.id AS id, [(p:Person)-[:SPOKE_AT]->(e) | p.name] AS speakers ORDER BY id',
    );
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
    expect(rows.map((r) => r.speakers).sort()).toEqual([['Лариса Гнідич'], ['Остап Вербицький']]);
  });

  it('does not list the other article\'s speaker as related', async () => {
    const res = await gql<{ related: { actor: { name: string } }[] }>(app.url,
      'query($id: ID!) { related(id: $id, first: 50) { actor { name } } }', { id: 'person:ostap-verbytskyi' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.related.map((r) => r.actor.name)).not.toContain('Лариса Гнідич');
  });
});
