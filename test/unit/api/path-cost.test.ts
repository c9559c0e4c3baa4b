// A `path` costs what its searches cost in the cost limit: one request carries a few, not 50 (issue 17), and every
// other field costs what graphql-armor makes it.
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createApollo } from '../../../src/apollo.js';
import { loadConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import type { Database } from '../../../src/db/database.js';
import { costLimitWithPaths, pathCount, PATH_COST } from '../../../src/graph/path-cost.js';
import { loadTypeDefs } from '../../../src/schema.js';

const config = loadConfig({ NODE_ENV: 'test', SEED_ON_START: 'false' });
const apollo = createApollo(config);
const started = apollo.start();
afterAll(async () => { await started; await apollo.stop(); });

/** Runs an operation through the API's Apollo server over a database that answers nothing and counts its reads. */
async function run(query: string) {
  await started;
  let reads = 0;
  const none = async () => { reads++; return []; };
  const db = { counting: () => ({ roundTrips: 0, read: none, write: none }), read: none, write: none } as unknown as Database;
  const res = await apollo.executeOperation({ query }, { contextValue: createContext(db, config) });
  const errors = res.body.kind === 'single' ? res.body.singleResult.errors ?? [] : [];
  return { errors: errors.map((e) => ({ message: e.message, code: e.extensions?.['code'] })), reads };
}

const paths = (n: number, fields = 'length') =>
  `{ ${Array.from({ length: n }, (_, i) => `p${i}: path(from: "person:a", to: "person:b${i}", maxHops: 1) { ${fields} }`).join(' ')} }`;

describe('the cost limit of the API', () => {
  it('refuses a request of 50 paths, the one that held the server 6.4 s, before any search', async () => {
    const res = await run(paths(50));
    expect(res.errors[0]?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors[0]?.message).toMatch(/Cost limit of 5000 exceeded.*50 paths, each counting 1000.*ask for fewer/);
    expect(res.reads).toBe(0);
  });

  it('carries 4 paths at the default limit and refuses a fifth', async () => {
    expect(Math.floor(config.MAX_QUERY_COST / PATH_COST) - 1).toBe(4);
    const four = await run(paths(4, 'length nodes { id } steps { relation evidence { sentence } }'));
    expect(four.errors.map((e) => e.code)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(four.reads).toBeGreaterThan(0);
    const five = await run(paths(5));
    expect(five.errors[0]?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(five.reads).toBe(0);
  });
});

// The SDL alone: the executable schema is built by another copy of graphql than vitest gives this file.
const schema = buildSchema(loadTypeDefs().join('\n'));

/** The cost each rule finds for the operation, or the rejection message. */
function costs(query: string, maxCost = 1e9) {
  const found = { armor: NaN, ours: NaN };
  const doc = parse(query);
  const errors = validate(schema, doc, [
    costLimitRule({ maxCost: 1e9, onAccept: [(_c, d: { n: number }) => { found.armor = d.n; }] }),
    costLimitWithPaths({ maxCost, propagateOnRejection: false, onAccept: [(_c, d: { n: number }) => { found.ours = d.n; }],
      onReject: [(c, e) => c?.reportError(e)] }),
  ]);
  return { ...found, errors: errors.map((e) => e.message) };
}

describe('costLimitWithPaths', () => {
  it("counts every other field as graphql-armor's cost limit does", () => {
    for (const q of [
      '{ search(query: "громада", first: 10) { totalCount edges { node { id } } } }',
      '{ node(id: "x") { id ... on Person { name positions { title } } } related(id: "x", first: 5) { score actor { id } } }',
      'query Q { ...R } fragment R on Query { reforms { id name } }',
    ]) {
      const c = costs(q);
      expect(c.ours, q).toBe(c.armor);
      expect(c.errors, q).toEqual([]);
    }
  });

  it('adds PATH_COST per path to the count', () => {
    const one = costs('{ path(from: "a", to: "b") { length } }');
    expect(one.ours).toBe(one.armor + PATH_COST);
    const two = costs('{ reforms { id } a: path(from: "a", to: "b") { length } b: path(from: "b", to: "a") { length } }');
    expect(two.ours).toBe(two.armor + 2 * PATH_COST);
  });

  it('rejects past the limit with the count, and speaks of paths only when there are some', () => {
    expect(costs('{ path(from: "a", to: "b") { length } }', 1003).errors).toEqual([
      'Syntax Error: Query Cost limit of 1003 exceeded, found 1003.5. It asks for 1 path, each counting 1000 beyond its fields: ask for fewer in one request.',
    ]);
    expect(costs('{ reforms { id name } }', 4).errors).toEqual(['Syntax Error: Query Cost limit of 4 exceeded, found 5.']);
  });
});

describe('pathCount', () => {
  const count = (query: string) => {
    const doc = parse(query);
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
    return pathCount(op, { getFragment: (name: string) => fragments.get(name) });
  };

  it('counts the paths a query runs: by response key, through fragments, at the root only', () => {
    expect(count('{ reforms { id } }')).toBe(0);
    expect(count('{ a: path(from: "a", to: "b") { length } b: path(from: "a", to: "c") { length } }')).toBe(2);
    // One response key is one execution: GraphQL merges the fields.
    expect(count('{ path(from: "a", to: "b") { length } path(from: "a", to: "b") { nodes { id } } }')).toBe(1);
    expect(count('{ ... on Query { a: path(from: "a", to: "b") { length } } ...F ...F } fragment F on Query { b: path(from: "a", to: "c") { length } c: path(from: "a", to: "d") { length } }')).toBe(3);
    expect(count('{ node(id: "x") { ... on Article { path: title } } }')).toBe(0);
    expect(count('mutation { path: mergeActors(from: "a", into: "b") { mergedId } }')).toBe(0);
    expect(count('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A path(from: "a", to: "b") { length } }')).toBe(1);
  });
});
