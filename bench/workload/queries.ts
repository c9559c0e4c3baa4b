// The query mix: for each query, the GraphQL text for ours and for the peer, the raw operation, and a canonical
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment -- canonical answers read untyped JSON responses */
// answer (ids and counts) extracted from each implementation's response, so the three can be compared.
import type { RawOp } from '../impl/raw.js';

export const QUERY_NAMES = ['related', 'person', 'statements', 'search', 'path', 'event'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];
export type Impl = 'ours' | 'peer' | 'raw';
export const IMPLS: Impl[] = ['ours', 'peer', 'raw'];

/** Share of each query in the mix: the widget dominates. */
export const MIX_WEIGHTS: Record<QueryName, number> = { related: 8, person: 3, statements: 3, search: 3, path: 1, event: 2 };

/** One concrete request: the variables each implementation takes for the same question. */
export interface Sample { ours: Record<string, unknown>; peer: Record<string, unknown>; raw: Record<string, unknown> }

type Json = any;

export interface QuerySpec {
  ours: string;
  peer: string;
  raw: RawOp;
  /** The same canonical answer from each implementation's `data` (GraphQL) or row (raw). */
  canon: Record<Impl, (data: Json) => unknown>;
}

const sorted = (xs: string[]) => [...xs].sort();

export const QUERIES: Record<QueryName, QuerySpec> = {
  related: {
    ours: 'query Related($id: ID!) { related(id: $id, first: 10) { score sharedEvents sharedArticles actor { id name kind } } }',
    peer: 'query Related($id: ID!) { related(id: $id, first: 10) { actorId name kind score sharedEvents sharedArticles } }',
    raw: 'related',
    canon: {
      ours: (d) => d.related.map((r: Json) => [r.actor.id, r.score, r.sharedEvents, r.sharedArticles]),
      peer: (d) => d.related.map((r: Json) => [r.actorId, r.score, r.sharedEvents, r.sharedArticles]),
      raw: (rows) => rows.map((r: Json) => [r.actorId, r.score, r.sharedEvents, r.sharedArticles]),
    },
  },
  person: {
    ours: `query Person($id: ID!) { node(id: $id) { ... on Person { id name
      positions { title organization { id name } }
      events(first: 20) { totalCount edges { node { id name startDate } } }
      statements(first: 20) { totalCount edges { node { event { id name } quote chaired evidence { sentence article { id } } } } } } } }`,
    peer: `query Person($id: ID!) { people(where: { id: { eq: $id } }) { id name
      positionsConnection { edges { properties { title } node { id name } } }
      eventCount events(first: 20) { id name startDate }
      statementCount statements(first: 20) { eventId event quote chaired sentence articleId } } }`,
    raw: 'person',
    canon: {
      ours: (d) => ({
        positions: sorted(d.node.positions.map((p: Json) => `${p.title}|${p.organization.id}`)),
        eventCount: d.node.events.totalCount, events: d.node.events.edges.map((e: Json) => e.node.id),
        statementCount: d.node.statements.totalCount,
        statements: d.node.statements.edges.map(({ node: s }: Json) => [s.event.id, s.chaired, s.quote, s.evidence.article.id]),
      }),
      peer: (d) => ({
        positions: sorted(d.people[0].positionsConnection.edges.map((e: Json) => `${e.properties.title}|${e.node.id}`)),
        eventCount: d.people[0].eventCount, events: d.people[0].events.map((e: Json) => e.id),
        statementCount: d.people[0].statementCount,
        statements: d.people[0].statements.map((s: Json) => [s.eventId, s.chaired, s.quote, s.articleId]),
      }),
      raw: (r) => ({
        positions: sorted(r.positions.map((p: Json) => `${p.title}|${p.organizationId}`)),
        eventCount: r.eventCount, events: r.events.map((e: Json) => e.id), statementCount: r.statementCount,
        statements: r.statements.map((s: Json) => [s.eventId, s.chaired, s.quote, s.articleId]),
      }),
    },
  },
  statements: {
    ours: `query Statements($reform: ID!, $from: Date!, $to: Date!, $after: String) {
      statements(reform: $reform, from: $from, to: $to, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { speaker { id name } event { id name startDate } quote chaired evidence { sentence article { id } } } } } }`,
    peer: `query Statements($reform: ID!, $from: String!, $to: String!, $skip: Int!) {
      statements(reform: $reform, from: $from, to: $to, first: 50, skip: $skip) { totalCount
      rows { speakerId speaker eventId event startDate quote chaired sentence articleId } } }`,
    raw: 'statements',
    canon: {
      ours: (d) => ({
        totalCount: d.statements.totalCount,
        rows: d.statements.edges.map(({ node: s }: Json) => [s.speaker.id, s.event.id, s.chaired, s.quote, s.evidence.article.id]),
      }),
      peer: (d) => ({ totalCount: d.statements.totalCount, rows: d.statements.rows.map((s: Json) => [s.speakerId, s.eventId, s.chaired, s.quote, s.articleId]) }),
      raw: (r) => ({ totalCount: r.totalCount, rows: r.rows.map((s: Json) => [s.speakerId, s.eventId, s.chaired, s.quote, s.articleId]) }),
    },
  },
  search: {
    ours: `query Search($query: String!) { search(query: $query, first: 10) { totalCount
      edges { score node { __typename ... on Actor { id name } ... on Event { id name } ... on Article { id title } } } } }`,
    peer: 'query Search($lucene: String!) { search(lucene: $lucene, first: 10) { totalCount rows { id name score } } }',
    raw: 'search',
    canon: {
      ours: (d) => ({ totalCount: d.search.totalCount, ids: d.search.edges.map((e: Json) => e.node.id) }),
      peer: (d) => ({ totalCount: d.search.totalCount, ids: d.search.rows.map((r: Json) => r.id) }),
      raw: (r) => ({ totalCount: r.totalCount, ids: r.rows.map((x: Json) => x.id) }),
    },
  },
  path: {
    ours: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { id }
      steps { relation from { id } to { id } evidence { sentence } } } }`,
    peer: 'query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodeIds steps { from to relation sentences } } }',
    raw: 'path',
    // The ends, not every node: two paths of one length may tie. The evidence shown per step, summed.
    canon: {
      ours: (d) => ({
        length: d.path?.length ?? null, ends: d.path ? [d.path.nodes[0].id, d.path.nodes.at(-1).id] : null,
        sentences: d.path ? d.path.steps.reduce((n: number, s: Json) => n + s.evidence.filter((e: Json) => e.sentence !== null).length, 0) : null,
      }),
      peer: (d) => ({
        length: d.path?.length ?? null, ends: d.path ? [d.path.nodeIds[0], d.path.nodeIds.at(-1)] : null,
        sentences: d.path ? d.path.steps.reduce((n: number, s: Json) => n + s.sentences.filter((x: Json) => x !== null).length, 0) : null,
      }),
      raw: (r) => ({
        length: r?.length ?? null, ends: r ? [r.nodeIds[0], r.nodeIds.at(-1)] : null,
        sentences: r ? r.steps.reduce((n: number, s: Json) => n + s.sentences.filter((x: Json) => x !== null).length, 0) : null,
      }),
    },
  },
  event: {
    ours: `query Event($id: ID!) { node(id: $id) { ... on Event { id name startDate chairs { id name }
      statements { speaker { id name } quote chaired } organisers { id name } reforms { id name } } } }`,
    peer: `query Event($id: ID!) { events(where: { id: { eq: $id } }) { id name startDate chairs { id name }
      speakersConnection { edges { properties { quote } node { id name } } } organisers { id name } reforms { id name } } }`,
    raw: 'event',
    canon: {
      ours: (d) => ({
        chairs: sorted(d.node.chairs.map((x: Json) => x.id)), speakers: sorted(d.node.statements.map((s: Json) => `${s.speaker.id}|${s.chaired}`)),
        organisers: sorted(d.node.organisers.map((x: Json) => x.id)), reforms: sorted(d.node.reforms.map((x: Json) => x.id)),
      }),
      peer: (d) => {
        const e = d.events[0];
        const chairs: string[] = e.chairs.map((x: Json) => x.id);
        return {
          chairs: sorted(chairs),
          speakers: sorted([...new Set([...e.speakersConnection.edges.map((x: Json) => x.node.id as string), ...chairs])].map((id) => `${id}|${chairs.includes(id)}`)),
          organisers: sorted(e.organisers.map((x: Json) => x.id)), reforms: sorted(e.reforms.map((x: Json) => x.id)),
        };
      },
      raw: (r) => ({
        chairs: sorted(r.chairs.map((x: Json) => x.id)), speakers: sorted(r.speakers.map((x: Json) => `${x.id}|${x.chaired}`)),
        organisers: sorted(r.organisers.map((x: Json) => x.id)), reforms: sorted(r.reforms.map((x: Json) => x.id)),
      }),
    },
  },
};
