// The acceptance questions of the issue "The graph runs", as tests that any graph built from the seed articles must pass:
// the curated seed (api.test.ts) and the same articles ingested by the extractor alone (ingest.test.ts).
import { describe, expect, it } from 'vitest';
import { gql } from './helpers.js';

/** Registers the acceptance tests against the API at url() (read when each test runs). */
export function describeAcceptance(url: () => string): void {
  const STATEMENTS = `query($reform: ID, $first: Int, $after: String) {
    statements(reform: $reform, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { speaker { name nameEn } event { name } chaired quote evidence { sentence article { id lang } } } }
    }
  }`;

  describe('statements', () => {
    it('lists who spoke at which event about social protection, each with evidence', async () => {
      const res = await gql(url(), STATEMENTS, { reform: 'reform:sotsialnyi-zakhyst', first: 20 });
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
      const first = await gql(url(), STATEMENTS, { reform: 'reform:sotsialnyi-zakhyst', first: 2 });
      const page1 = first.data!.statements;
      expect(page1.edges).toHaveLength(2);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const second = await gql(url(), STATEMENTS, { reform: 'reform:sotsialnyi-zakhyst', first: 2, after: page1.pageInfo.endCursor });
      const names = (c: any) => c.edges.map((e: any) => e.node.speaker.name);
      expect(names(second.data!.statements)).not.toContain(names(page1)[0]);
      expect(second.data!.statements.totalCount).toBe(page1.totalCount);
    });
  });

  describe('search', () => {
    const SEARCH = `query($q: String!) { search(query: $q, first: 3) { edges { score node { __typename ... on Person { name } ... on Organization { name } } } } }`;
    const top = async (q: string) => {
      const res = await gql(url(), SEARCH, { q });
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
      const res = await gql(url(), SEARCH, { q: 'Міністерство' });
      const scores = res.data!.search.edges.map((e: any) => e.score);
      expect(scores.length).toBeGreaterThan(1);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });
  });

  describe('related and path', () => {
    it('related of Марина Бобраніцька includes Сусанна Делланс with scores', async () => {
      const res = await gql(url(), `{ related(id: "person:maryna-bobranitska", first: 20) { score sharedEvents sharedArticles actor { name } } }`);
      expect(res.errors).toBeUndefined();
      const dellans = res.data!.related.find((r: any) => r.actor.name === 'Сусанна Делланс');
      expect(dellans).toMatchObject({ sharedEvents: 1, sharedArticles: 1 });
      expect(dellans.score).toBeGreaterThan(0);
    });

    it('path from Сусанна Делланс to the Ministry of Digital Transformation shows evidence at every step', async () => {
      const res = await gql(url(), `{ path(from: "person:susanna-dellans", to: "org:ministerstvo-tsyfrovoi-transformatsii-ukrainy") {
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
}
