// A path search is bounded by the request's maxHops (issue 17): a node it cannot reach answers null well within the
// query timeout, whatever maxHops, and the same node at both ends is a path of no step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { loadCypher } from '../../src/db/cypher.js';
import { statementsByHops } from '../../src/graph/path.js';
import { startSeededApollo, testConfig, type SeededApollo } from './helpers.js';

let app: SeededApollo;
let person: string;

// A fund network of 16 organisations that all fund one another, one of them funding a person of the seed: Neo4j
// enumerated every path of up to 6 hops through it (15^6) when the limit was checked after the search.
const CLIQUE = 16;
const ISOLATED = 'hromada:path-bounds-isolated';

beforeAll(async () => {
  // A short timeout: a search not bounded by maxHops fails the test with a timeout error instead of answering.
  app = await startSeededApollo(testConfig({ QUERY_TIMEOUT_MS: '1000' }));
  const [p] = await app.db.read<{ id: string }>('MATCH (p:Person)-[:SPOKE_AT]->(:Event) RETURN p.id AS id ORDER BY id LIMIT 1');
  person = p!.id;
  // A hromada no fact or article links, as ingestion created them.
  await app.db.write("CREATE (:Node:Actor:Hromada {id: $id, kind: 'HROMADA', name: 'Відокремлена громада'})", { id: ISOLATED });
  await app.db.write(
    `UNWIND range(1, $n) AS i CREATE (:Node:Actor:Organization {id: 'org:path-bounds-' + i, kind: 'NGO', name: 'Фонд ' + i})`,
    { n: CLIQUE });
  await app.db.write(
    `MATCH (a:Organization), (b:Organization) WHERE a.id STARTS WITH 'org:path-bounds-' AND b.id STARTS WITH 'org:path-bounds-' AND a.id < b.id
     CREATE (a)-[:FUNDS {evArticles: [], evSentences: []}]->(b)`);
  await app.db.write(`MATCH (a:Organization {id: 'org:path-bounds-1'}), (p:Person {id: $person}) CREATE (a)-[:FUNDS]->(p)`, { person });
});

afterAll(async () => {
  await app?.stop();
});

const PATH = `query($from: ID!, $to: ID!, $maxHops: Int!) { path(from: $from, to: $to, maxHops: $maxHops) {
  length nodes { id } steps { from { id } to { id } relation } } }`;

interface Path { length: number; nodes: { id: string }[]; steps: { from: { id: string }; to: { id: string }; relation: string }[] }

/** The path's data and the codes of its errors (none expected but where said). */
async function path(from: string, to: string, maxHops: number) {
  const res = await app.apollo.executeOperation({ query: PATH, variables: { from, to, maxHops } },
    { contextValue: createContext(app.db, app.config) });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = res.body.singleResult;
  return { path: data?.['path'] as Path | null | undefined, codes: (errors ?? []).map((e) => e.extensions?.['code']) };
}

describe('path to a node it cannot reach', () => {
  it.each([1, 2, 6])('answers null at maxHops %i, from the seed or through the fund network, without timing out', async (maxHops) => {
    for (const from of [person, 'org:path-bounds-2']) {
      expect(await path(from, ISOLATED, maxHops), from).toEqual({ path: null, codes: [] });
      expect(await path(ISOLATED, from, maxHops), from).toEqual({ path: null, codes: [] });
    }
  });

  it('answers null when the only path is longer than maxHops, and the path at its length', async () => {
    // org:path-bounds-2 -> org:path-bounds-1 -> the person -> their event: 3 steps of facts.
    const [event] = await app.db.read<{ id: string }>('MATCH (:Person {id: $person})-[:SPOKE_AT]->(e:Event) RETURN e.id AS id ORDER BY id LIMIT 1', { person });
    for (const maxHops of [1, 2]) expect(await path('org:path-bounds-2', event!.id, maxHops)).toEqual({ path: null, codes: [] });
    const found = await path('org:path-bounds-2', event!.id, 3);
    expect(found.codes).toEqual([]);
    expect(found.path?.nodes.map((n) => n.id)).toEqual(['org:path-bounds-2', 'org:path-bounds-1', person, event!.id]);
    expect(found.path?.steps.map((s) => s.relation)).toEqual(['FUNDS', 'FUNDS', 'SPOKE_AT']);
  });

  it('still says which node does not exist', async () => {
    const res = await path(person, 'person:nobody-at-all', 1);
    expect(res.codes).toEqual(['BAD_USER_INPUT']);
  });
});

describe('path from a node to itself', () => {
  it('is the node alone: no step', async () => {
    for (const maxHops of [1, 6]) {
      expect(await path(person, person, maxHops)).toEqual({ path: { length: 0, nodes: [{ id: person }], steps: [] }, codes: [] });
    }
    expect(await path(ISOLATED, ISOLATED, 1)).toEqual({ path: { length: 0, nodes: [{ id: ISOLATED }], steps: [] }, codes: [] });
  });

  it('is the node alone when one end is an id merged into the other', async () => {
    await app.db.write(`MATCH (p:Person {id: $person}) CREATE (:MergedId {id: 'person:path-bounds-merged'})-[:MERGED_INTO]->(p)`, { person });
    expect(await path('person:path-bounds-merged', person, 2)).toEqual({ path: { length: 0, nodes: [{ id: person }], steps: [] }, codes: [] });
  });
});

describe('the path statements', () => {
  it('plan under EXPLAIN for every hop limit', async () => {
    const session = app.db.driver.session();
    try {
      for (const name of ['graph/shortest-fact-path', 'graph/shortest-any-path'] as const) {
        for (const [hops, text] of statementsByHops(name, loadCypher([name])[name])) {
          const plan = (await session.run(`EXPLAIN ${text}`, { from: 'a', to: 'b', maxEvidence: 20 })).summary.plan;
          expect(plan, `${name} ${hops}`).toBeTruthy();
        }
      }
    } finally {
      await session.close();
    }
  });
});
