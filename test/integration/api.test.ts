// The API over HTTP against the real Neo4j, seeded with the curated corpus: the acceptance questions of the graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
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

const STATEMENTS = `query($reform: ID, $first: Int, $after: String) {
  statements(reform: $reform, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { speaker { name nameEn } event { name } chaired quote evidence { sentence article { id lang } } } }
  }
}`;

describe('statements', () => {
  it('lists who spoke at which event about social protection, each with evidence', async () => {
    const res = await gql(app.url, STATEMENTS, { reform: 'reform:sotsialnyi-zakhyst', first: 20 });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.statements.edges.map((e: any) => e.node);
    const at = (speaker: string) => rows.find((r: any) => r.speaker.name === speaker);
    const council = 'перше засідання Ради соціального розвитку регіонів';
    expect(at('Юлія Соколовська')).toMatchObject({ chaired: true, event: { name: council } });
    expect(at("В'ячеслав Негода")).toMatchObject({ event: { name: council } });
    expect(at('Віталій Музиченко')).toMatchObject({ event: { name: council } });
    expect(at('Ольга Крентовська')).toMatchObject({ speaker: { nameEn: 'Olha Krentovska' }, chaired: true });
    expect(at('Ольга Крентовська').event.name).toMatch(/working group meeting/);
    for (const r of rows) {
      expect(r.evidence.sentence.length).toBeGreaterThan(20);
      expect(r.evidence.article.id).toMatch(/^article:/);
    }
    expect(at('Юлія Соколовська').quote).toMatch(/^Важливо сформулювати/);
  });

  it('pages through with cursors without repeating rows', async () => {
    const first = await gql(app.url, STATEMENTS, { reform: 'reform:sotsialnyi-zakhyst', first: 2 });
    const page1 = first.data!.statements;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await gql(app.url, STATEMENTS, { reform: 'reform:sotsialnyi-zakhyst', first: 2, after: page1.pageInfo.endCursor });
    const names = (c: any) => c.edges.map((e: any) => e.node.speaker.name);
    expect(names(second.data!.statements)).not.toContain(names(page1)[0]);
    expect(second.data!.statements.totalCount).toBe(page1.totalCount);
  });
});

describe('search', () => {
  const SEARCH = `query($q: String!) { search(query: $q, first: 3) { edges { score node { __typename ... on Person { name } ... on Organization { name } } } } }`;
  const top = async (q: string) => {
    const res = await gql(app.url, SEARCH, { q });
    expect(res.errors).toBeUndefined();
    return res.data!.search.edges[0]?.node.name as string | undefined;
  };

  it.each([
    ['Немчінова', 'Олег Немчінов'],
    ['Олега Немчінова', 'Олег Немчінов'],
    ['Nemchinov', 'Олег Немчінов'],
    ['НЕМЧІНОВ', 'Олег Немчінов'],
    ['Sokolovska', 'Юлія Соколовська'],
    ['Соколовської', 'Юлія Соколовська'],
    ['Мінцифри', 'Міністерство цифрової трансформації України'],
    ['АМУ', 'Асоціація міст України'],
    ['AUC', 'Асоціація міст України'],
    ['Вʼячеслав Негода', "В'ячеслав Негода"],
    ['В’ячеслав Негода', "В'ячеслав Негода"],
  ])('"%s" finds %s first', async (q, expected) => {
    expect(await top(q)).toBe(expected);
  });

  it('ranks by score, highest first', async () => {
    const res = await gql(app.url, SEARCH, { q: 'Міністерство' });
    const scores = res.data!.search.edges.map((e: any) => e.score);
    expect(scores.length).toBeGreaterThan(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('related and path', () => {
  it('related of Марина Бобраніцька includes Сусанна Делланс with scores', async () => {
    const res = await gql(app.url, `{ related(id: "person:maryna-bobranitska", first: 20) { score sharedEvents sharedArticles actor { name } } }`);
    expect(res.errors).toBeUndefined();
    const dellans = res.data!.related.find((r: any) => r.actor.name === 'Сусанна Делланс');
    expect(dellans).toMatchObject({ sharedEvents: 1, sharedArticles: 1 });
    expect(dellans.score).toBeGreaterThan(0);
  });

  it('path from Сусанна Делланс to the Ministry of Digital Transformation shows evidence at every step', async () => {
    const res = await gql(app.url, `{ path(from: "person:susanna-dellans", to: "org:ministerstvo-tsyfrovoi-transformatsii-ukrainy") {
      length nodes { id } steps { relation from { id } to { id } evidence { sentence article { id } } } } }`);
    expect(res.errors).toBeUndefined();
    const path = res.data!.path;
    expect(path.length).toBe(path.steps.length);
    expect(path.nodes[0].id).toBe('person:susanna-dellans');
    expect(path.nodes.at(-1).id).toBe('org:ministerstvo-tsyfrovoi-transformatsii-ukrainy');
    for (const step of path.steps) {
      expect(step.evidence.length).toBeGreaterThan(0);
      expect(step.evidence[0].sentence.length).toBeGreaterThan(10);
    }
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
