// The API over HTTP against the real Neo4j, seeded with the curated corpus: the acceptance questions of the graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { describeAcceptance } from './acceptance.js';
import { gql, resetGraph, testConfig, testDatabase } from './helpers.js';

let app: App;

beforeAll(async () => {
  const db = testDatabase();
  await resetGraph(db);
  await db.close();
  app = await startApp(testConfig(), () => {});
});

afterAll(async () => {
  await app?.stop();
});

describeAcceptance(() => app.url);

describe('articles', () => {
  it('lists the articles that mention an actor, and all articles without a filter (never the related-news stubs)', async () => {
    const res = await gql(app.url, `{ all: articles(first: 20) { totalCount }
      hers: articles(actor: "person:yuliia-sokolovska") { totalCount edges { node { id title } } }
      node(id: "person:yuliia-sokolovska") { ... on Person { mentions { totalCount edges { node { id events { name } } } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.all.totalCount).toBe(5);
    expect(res.data!.hers.totalCount).toBe(1);
    expect(res.data!.node.mentions.totalCount).toBe(1);
    const mention = res.data!.node.mentions.edges[0].node;
    expect(mention.id).toBe(res.data!.hers.edges[0].node.id);
    expect(mention.events.map((e: { name: string }) => e.name)).toContain('перше засідання Ради соціального розвитку регіонів');
  });
});

describe('bad input and limits', () => {
  it('rejects first above the maximum with a coded error and no stack trace', async () => {
    const res = await gql(app.url, `{ events(first: 101) { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/first/);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('rejects malformed dates, cursors and empty searches', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query($d: Date) { events(from: $d) { totalCount } }', { d: '30.11.2023' }],
      ['{ events(from: "2023-12-01", to: "2023-01-01") { totalCount } }', {}],
      ['{ events(after: "nonsense") { totalCount } }', {}],
      ['{ search(query: "  ") { totalCount } }', {}],
      ['{ path(from: "person:susanna-dellans", to: "person:maryna-bobranitska", maxHops: 99) { length } }', {}],
      ['{ related(id: "person:nobody") { score } }', {}],
    ];
    for (const [q, v] of cases) {
      const res = await gql(app.url, q, v);
      expect(res.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses queries deeper than the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < 12; i++) selection = `related { actor { id ${selection === 'id' ? '' : selection} } }`;
    const res = await gql(app.url, `{ node(id: "person:maryna-bobranitska") { ... on Person { ${selection} } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses queries that cost more than the limit', async () => {
    const wide = Array.from({ length: 60 }, (_, i) => `e${i}: events(first: 100) { edges { node { chairs { positions { organization { name } } } } } }`).join(' ');
    const res = await gql(app.url, `{ ${wide} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('reports health', async () => {
    const res = await fetch(app.url.replace('/graphql', '/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, neo4j: true });
  });

  it('answers CORS preflights for widgets', async () => {
    const res = await fetch(app.url, { method: 'OPTIONS', headers: { origin: 'https://example.org' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
