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
import { cardFields } from '../../src/db/cypher.js';
import { toNodeRow } from '../../src/node/loaders.js';
import { pageRequest, statementPageKey } from '../../src/shared/lists.js';
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
  statementArticles: true, eventStatementArticles: true, statementEvidence: true, eventStatementEvidence: true,
  chairs: true, participants: true, organisers: true, reforms: true, articles: true,
};
/** Cards of every property, as the loaders' own queries give them. */
const FULL = cardFields(new Set(['kind', 'name', 'nameEn', 'aliases', 'katottg', 'startDate', 'endDate', 'location', 'url', 'title', 'publishedAt', 'source', 'lang']));

describe('node(id) prefetch', () => {
  it('primes the same positions, events and statements pages as the loaders load, for every person', async () => {
    expect(persons.length).toBeGreaterThan(5);
    // With and without the evidence articles' cards, with and without evidence: the primed key says which
    // (PageKey.articles, PageKey.evidence).
    const cases = [[{ skip: 0, limit: 20 }, true, true], [{ skip: 1, limit: 2 }, true, true], [{ skip: 0, limit: 20 }, false, true], [{ skip: 0, limit: 20 }, false, false]] as const;
    for (const [page, articles, evidence] of cases) {
      const want: Want = {
        ...ALL, events: page, statements: page, ...(articles ? {} : { statementArticles: undefined }), ...(evidence ? {} : { statementEvidence: undefined }),
      };
      for (const id of persons) {
        const primed = createContext(db, config);
        await loadNodePage(primed, id, want, FULL);
        const fresh = createContext(db, config);
        const l = primed.loaders;
        const f = fresh.loaders;
        expect(body(await l.positionsOfPerson.load(id), { rows: [] }), id).toEqual(body(await f.positionsOfPerson.load(id), { rows: [] }));
        expect(body(await l.eventPages.load(pageRequest({ actor: id }, page)), EMPTY_IDS), id)
          .toEqual(body(await f.eventPages.load(pageRequest({ actor: id }, page)), EMPTY_IDS));
        const statements = statementPageKey({ speaker: id }, page, articles, evidence);
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
      await loadNodePage(primed, id, ALL, FULL);
      const fresh = createContext(db, config);
      const key = statementPageKey({ event: id }, { skip: 0, limit: 100 }, true, true);
      for (const list of EVENT_LINK_LISTS) expect(await eventLinks(primed, id, list), `${id} ${list}`).toEqual(await eventLinks(fresh, id, list));
      expect(body(await primed.loaders.statementPages.load(key), EMPTY_ROWS), id).toEqual(body(await fresh.loaders.statementPages.load(key), EMPTY_ROWS));
      expect(primed.runner.roundTrips).toBe(1);
    }
  });

  it('primes node rows whose cards carry the fields the operation shows, with the others null', async () => {
    // The fields of an event page's query: names and a start date; aliases need the name too.
    const cards = cardFields(new Set(['name', 'startDate', 'chairs', 'statements', 'speaker', 'quote']));
    let seen = 0;
    for (const id of events) {
      const primed = createContext(db, config);
      await loadNodePage(primed, id, ALL, cards);
      const fresh = createContext(db, config);
      const ids = [...new Set([id, ...(await eventLinks(primed, id, 'chairs')), ...(await eventLinks(primed, id, 'organisers'))])];
      for (const nodeId of ids) {
        const slim = await primed.loaders.nodes.load(nodeId);
        const full = await fresh.loaders.nodes.load(nodeId);
        expect(slim, nodeId).not.toBeNull();
        if (!slim || !full) continue;
        seen++;
        // The same node, type and name; startDate for events; every other property left out.
        expect(slim.__typename).toBe(full.__typename);
        expect(slim.id).toBe(full.id);
        expect('name' in slim && slim.name).toBe('name' in full && full.name);
        if (full.__typename === 'Event' && slim.__typename === 'Event') {
          expect(slim.startDate).toBe(full.startDate);
          expect([slim.kind, slim.endDate, slim.location]).toEqual([null, null, null]);
        } else if ('aliases' in slim && 'kind' in slim && 'kind' in full) {
          expect(slim.kind).toBe(full.kind);
          expect([slim.nameEn, slim.katottg, slim.aliases]).toEqual([null, null, []]);
        }
      }
    }
    expect(seen).toBeGreaterThan(events.length);
    // Aliases bring the name with them (Actor.aliases leaves the name out); no field, no property.
    expect(cardFields(new Set(['aliases'])).carries('name')).toBe(true);
    expect(toNodeRow(['Actor', 'person:x', 'PERSON', null, null, null, null])).toMatchObject({ __typename: 'Person', name: 'person:x', aliases: [] });
  });

  it('fetches only the lists asked, and a list it did not fetch is loaded, not read as empty', async () => {
    const [id] = (await db.read<{ id: string }>(
      'MATCH (e:Event) WHERE EXISTS { (:Person)-[:CHAIRED]->(e) } AND EXISTS { (:Article)-[:REPORTS]->(e) } RETURN e.id AS id ORDER BY id LIMIT 1',
    )).map((r) => r.id);
    expect(id).toBeDefined();
    const primed = createContext(db, config);
    await loadNodePage(primed, id!, { chairs: true }, FULL);
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
    // A page that shows no evidence reads none, and shows the same speakers, quotes and chairs as one that does.
    const speakers = (r: typeof page) => r.data['node'].statements.map((x: any) => [x.speaker.name, x.quote, x.chaired]);
    const withSentences = await run(`query($id: ID!) { node(id: $id) { ... on Event { statements { speaker { name } quote chaired
      evidence { sentence } } } } }`, eventId);
    expect(speakers(page)).toEqual(speakers(withSentences));
    expect(withSentences.data['node'].statements.every((x: any) => typeof x.evidence.sentence === 'string')).toBe(true);

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
