// node(id) prefetches a profile's or event page's lists in one statement (src/node/prefetch.ts). What it primes must
// be exactly what the loaders' own queries return, for every person and event of the seed graph, and a page must
// then cost one round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeActorsChecked } from '../../src/actor/merge.js';
import { createContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import type { Config } from '../../src/config.js';
import { EVENT_LINK_LISTS, eventLinks } from '../../src/event/links.js';
import { loadNodePage, type Want } from '../../src/node/prefetch.js';
import { pageRequest } from '../../src/shared/lists.js';
import { startSeededApollo, type SeededApollo } from './helpers.js';

let app: SeededApollo;
let db: Database;
let config: Config;
let persons: string[] = [];
let events: string[] = [];

beforeAll(async () => {
  app = await startSeededApollo();
  ({ db, config } = app);
  persons = (await db.read<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY id')).map((r) => r.id);
  events = (await db.read<{ id: string }>('MATCH (e:Event) RETURN e.id AS id ORDER BY id')).map((r) => r.id);
});

afterAll(async () => {
  await app?.stop();
});

/**
 * A loader's value without the batch key, which differs by construction. The list queries give no row for an empty
 * list and the resolvers read that as empty; the prefetch gives the empty page itself.
 */
const body = (v: unknown, empty: Record<string, unknown> = {}) => {
  if (!v || typeof v !== 'object') return empty;
  const { key: _key, nodes: _nodes, ...rest } = v as Record<string, unknown>;
  return rest;
};
const EMPTY_IDS = { totalCount: 0, ids: [] };
const EMPTY_ROWS = { totalCount: 0, rows: [] };

const ALL: Want = {
  positions: true, events: { skip: 0, limit: 20 }, statements: { skip: 0, limit: 20 }, eventStatements: { skip: 0, limit: 100 },
  statementArticles: true, eventStatementArticles: true, chairs: true, participants: true, organisers: true, reforms: true, articles: true,
};

describe('node(id) prefetch', () => {
  it('primes the same positions, events and statements pages as the loaders load, for every person', async () => {
    expect(persons.length).toBeGreaterThan(5);
    // With and without the evidence articles' cards: the primed key says which (PageKey.articles).
    for (const [page, articles] of [[{ skip: 0, limit: 20 }, true], [{ skip: 1, limit: 2 }, true], [{ skip: 0, limit: 20 }, false]] as const) {
      const want: Want = { ...ALL, events: page, statements: page, ...(articles ? {} : { statementArticles: undefined }) };
      for (const id of persons) {
        const primed = createContext(db, config);
        await loadNodePage(primed, id, want);
        const fresh = createContext(db, config);
        const l = primed.loaders;
        const f = fresh.loaders;
        expect(body(await l.positionsOfPerson.load(id), { rows: [] }), id).toEqual(body(await f.positionsOfPerson.load(id), { rows: [] }));
        expect(body(await l.eventPages.load(pageRequest({ actor: id }, page)), EMPTY_IDS), id)
          .toEqual(body(await f.eventPages.load(pageRequest({ actor: id }, page)), EMPTY_IDS));
        const statements = { ...pageRequest({ speaker: id }, page), articles };
        expect(body(await l.statementPages.load(statements), EMPTY_ROWS), id).toEqual(body(await f.statementPages.load(statements), EMPTY_ROWS));
        // Everything came from the one prefetch statement.
        expect(primed.runner.roundTrips).toBe(1);
      }
    }
  });

  it('primes the same links and statements as the loaders load, for every event', async () => {
    expect(events.length).toBeGreaterThan(5);
    for (const id of events) {
      const primed = createContext(db, config);
      await loadNodePage(primed, id, ALL);
      const fresh = createContext(db, config);
      const key = { ...pageRequest({ event: id }, { skip: 0, limit: 100 }), articles: true };
      for (const list of EVENT_LINK_LISTS) expect(await eventLinks(primed, id, list), `${id} ${list}`).toEqual(await eventLinks(fresh, id, list));
      expect(body(await primed.loaders.statementPages.load(key), EMPTY_ROWS), id).toEqual(body(await fresh.loaders.statementPages.load(key), EMPTY_ROWS));
      expect(primed.runner.roundTrips).toBe(1);
    }
  });

  it('fetches only the lists asked, and a list it did not fetch is loaded, not read as empty', async () => {
    const [id] = (await db.read<{ id: string }>(
      'MATCH (e:Event) WHERE EXISTS { (:Person)-[:CHAIRED]->(e) } AND EXISTS { (:Article)-[:REPORTS]->(e) } RETURN e.id AS id ORDER BY id LIMIT 1',
    )).map((r) => r.id);
    expect(id).toBeDefined();
    const primed = createContext(db, config);
    await loadNodePage(primed, id!, { chairs: true });
    expect(primed.loaders.prefetchedEventLinks.get(id!)).toEqual({ chairs: await eventLinks(createContext(db, config), id!, 'chairs') });
    expect(primed.runner.roundTrips).toBe(1);
    const fresh = createContext(db, config);
    const articles = await eventLinks(primed, id!, 'articles');
    expect(articles.length).toBeGreaterThan(0);
    expect(articles).toEqual(await eventLinks(fresh, id!, 'articles'));
    expect(primed.runner.roundTrips).toBe(2);
  });

  it('serves a person profile and an event page in one round trip, with the same data as without prefetch', async () => {
    const person = `query($id: ID!) { node(id: $id) { ... on Person { name positions { title organization { name } }
      events(first: 3) { totalCount edges { node { name startDate } } }
      statements(first: 3) { totalCount edges { node { quote chaired event { name } evidence { sentence article { title } } } } } } } }`;
    // The same lists reached through a top-level list instead of node(id), which has no prefetch.
    const viaList = `query($id: ID!) { statements(speaker: $id, first: 3) { totalCount
      edges { node { quote chaired event { name } evidence { sentence article { title } } } } } events(actor: $id, first: 3) {
      totalCount edges { node { name startDate } } } }`;
    const run = (query: string, id: string) => app.run(query, { id });
    const speaker = (await db.read<{ id: string }>('MATCH (p:Person)-[:SPOKE_AT]->() RETURN p.id AS id ORDER BY id LIMIT 1'))[0]!.id;
    const profile = await run(person, speaker);
    expect(profile.trips).toBe(1);
    const list = await run(viaList, speaker);
    expect(profile.data['node'].statements).toEqual(list.data['statements']);
    expect(profile.data['node'].events).toEqual(list.data['events']);
    expect(profile.data['node'].statements.edges.length).toBeGreaterThan(0);

    const event = `query($id: ID!) { node(id: $id) { ... on Event { name chairs { name } statements { speaker { name } quote chaired }
      organisers { name } reforms { name } articles { title } } } }`;
    const eventId = (await db.read<{ id: string }>('MATCH (:Person)-[:SPOKE_AT]->(e:Event) RETURN e.id AS id ORDER BY id LIMIT 1'))[0]!.id;
    const page = await run(event, eventId);
    expect(page.trips).toBe(1);
    expect(page.data['node'].statements.length).toBeGreaterThan(0);
    // The evidence's articles come with the page when the query shows them (through a fragment here), else not.
    const withEvidence = `query($id: ID!) { node(id: $id) { ... on Event { statements { ...Ev } } } }
      fragment Ev on Statement { evidence { article { id url } } }`;
    const evidencePage = await run(withEvidence, eventId);
    expect(evidencePage.trips).toBe(1);
    expect(evidencePage.data['node'].statements[0].evidence.article.id).toMatch(/^article:/);

    // An id-only selection of the evidence's articles is answered from the evidence: the same ids, one round trip.
    const evidenceOf = (fields: string) => `query($id: ID!) { node(id: $id) { ... on Person {
      statements(first: 20) { edges { node { evidence { sentence article { ${fields} } } } } } } } }`;
    const idsOnly = await run(evidenceOf('id __typename'), speaker);
    const full = await run(evidenceOf('id title'), speaker);
    expect(idsOnly.trips).toBe(1);
    expect(full.trips).toBe(1);
    const ids = (r: typeof full): string[] => r.data['node'].statements.edges.map((e: any) => e.node.evidence.article.id as string);
    expect(ids(idsOnly)).toEqual(ids(full));
    expect(ids(full).length).toBeGreaterThan(0);
    expect(idsOnly.data['node'].statements.edges[0].node.evidence.article.__typename).toBe('Article');
    const titles = await db.read<{ id: string; title: string | null }>('MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.title AS title', { ids: ids(full) });
    const titleOf = new Map(titles.map((t) => [t.id, t.title]));
    expect(full.data['node'].statements.edges.map((e: any) => e.node.evidence.article.title)).toEqual(ids(full).map((id: string) => titleOf.get(id)));
  });

  // Last: it merges two persons of the graph.
  it('follows a merged-away id to the survivor and answers null for an unknown one', async () => {
    const q = `query($id: ID!) { node(id: $id) { id ... on Person { positions { title } events(first: 50) { totalCount } } } }`;
    const node = async (id: string) => (await app.run(q, { id })).data['node'];
    expect(await node('person:nobody-at-all')).toBeNull();
    const [from, into] = persons.slice(-2) as [string, string];
    await mergeActorsChecked(db, from, into);
    const survivor = await node(into);
    expect(await node(from)).toEqual(survivor);
    expect(survivor.id).toBe(into);
  });
});
