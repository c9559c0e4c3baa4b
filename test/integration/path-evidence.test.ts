// A path step shows at most PATH_EVIDENCE sentences of its fact and counts them all: a hub fact's thousands of
// citations made one path cost 30 ms of Neo4j CPU at 100k articles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATH_EVIDENCE } from '../../src/graph/path.js';
import { startSeededApollo, type SeededApollo } from './helpers.js';

let app: SeededApollo;

beforeAll(async () => {
  app = await startSeededApollo();
});

afterAll(async () => {
  await app?.stop();
});

const PATH = `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 1) { length
  steps { relation evidenceCount evidence { sentence article { id } } } } }`;

describe('path evidence', () => {
  it('gives every sentence of a little-cited step, and the first 20 of a much-cited one with the full count', async () => {
    const [pos] = await app.db.read<{ from: string; to: string; n: number; article: string }>(
      `MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Actor) RETURN p.id AS from, o.id AS to, size(r.evArticles) AS n, r.evArticles[0] AS article
       ORDER BY from, to LIMIT 1`);
    expect(pos).toBeDefined();
    const few = (await app.run(PATH, { from: pos!.from, to: pos!.to })).data['path'];
    expect(few.steps[0].evidenceCount).toBe(pos!.n);
    expect(few.steps[0].evidence).toHaveLength(pos!.n);

    const cited = PATH_EVIDENCE + 15;
    await app.db.write(
      `MATCH (:Person {id: $from})-[r:HOLDS_POSITION]->(:Actor {id: $to})
       SET r.evArticles = [i IN range(1, $n) | $article], r.evSentences = [i IN range(1, $n) | 'sentence ' + i]`,
      { from: pos!.from, to: pos!.to, n: cited, article: pos!.article });
    const many = (await app.run(PATH, { from: pos!.from, to: pos!.to })).data['path'];
    expect(many.steps[0].evidenceCount).toBe(cited);
    expect(many.steps[0].evidence).toHaveLength(PATH_EVIDENCE);
    expect(many.steps[0].evidence[0]).toEqual({ sentence: 'sentence 1', article: { id: pos!.article } });
  });

  it("carries the nodes' fields the query shows, whichever it shows", async () => {
    const [two] = await app.db.read<{ from: string; to: string }>(
      `MATCH (p:Person)-[:SPOKE_AT]->(e:Event)<-[:ORGANISED]-(o:Actor) WHERE p <> o RETURN p.id AS from, o.id AS to ORDER BY from, to LIMIT 1`);
    expect(two).toBeDefined();
    const path = (fields: string) => app.run(`query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 2) {
      nodes { id ${fields} } steps { from { id ${fields} } } } }`, two);
    const bare = (await path('')).data['path'];
    const named = (await path('... on Actor { name kind nameEn } ... on Event { name startDate }')).data['path'];
    expect(named.nodes.map((n: { id: string }) => n.id)).toEqual(bare.nodes.map((n: { id: string }) => n.id));
    expect(named.nodes.length).toBe(3);
    const truth = await app.db.read<{ id: string; name: string; kind: string | null; nameEn: string | null; startDate: string | null }>(
      `MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, CASE WHEN n:Actor THEN n.kind END AS kind,
       CASE WHEN n:Actor THEN n.nameEn END AS nameEn, CASE WHEN n:Event THEN n.startDate END AS startDate`,
      { ids: named.nodes.map((n: { id: string }) => n.id) });
    const byId = new Map(truth.map((t) => [t.id, t]));
    for (const n of named.nodes as { id: string; name: string; kind?: string; nameEn?: string | null; startDate?: string | null }[]) {
      const t = byId.get(n.id)!;
      expect(n.name).toBe(t.name);
      if ('kind' in n) expect([n.kind, n.nameEn]).toEqual([t.kind, t.nameEn]);
      else expect(n.startDate).toBe(t.startDate);
    }
    expect(named.steps[0].from.name).toBe(byId.get(named.steps[0].from.id)!.name);
  });
});
