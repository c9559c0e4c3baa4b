// Cypher round trips per GraphQL operation must not grow with the number of items in its lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { createApollo } from '../../src/apollo.js';
import { createContext, type Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { resetGraph, testConfig, testDatabase } from './helpers.js';

let db: Database;
let apollo: ApolloServer<Context>;
const config = testConfig();

beforeAll(async () => {
  db = testDatabase(config);
  await resetGraph(db);
  await loadSeed(db, () => {});
  apollo = createApollo(config);
  await apollo.start();
});

afterAll(async () => {
  await apollo?.stop();
  await db?.close();
});

async function roundTrips(query: string, variables: Record<string, unknown>): Promise<{ trips: number; items: number }> {
  const ctx = createContext(db, config);
  const res = await apollo.executeOperation<{ events: { edges: unknown[] } }>({ query, variables }, { contextValue: ctx });
  if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
  return { trips: ctx.runner.roundTrips, items: res.body.singleResult.data!.events.edges.length };
}

// An event page per event, three levels deep: chairs, speakers with their positions and organisations, reforms.
const EVENTS = `query($first: Int) { events(first: $first) { edges { node {
  name chairs { name positions { title organization { name } } }
  statements { speaker { name positions { organization { name } } } evidence { article { title } } reforms { name } }
  participants { name } organisers { name } reforms { name statements(first: 5) { totalCount } } articles { title }
} } } }`;

describe('round trips', () => {
  it('stay the same when a list grows from 1 to many items', async () => {
    const one = await roundTrips(EVENTS, { first: 1 });
    const many = await roundTrips(EVENTS, { first: 20 });
    expect(one.items).toBe(1);
    expect(many.items).toBeGreaterThan(5);
    expect(many.trips).toBe(one.trips);
    // A handful of batched queries, not one per item.
    expect(many.trips).toBeLessThan(12);
  });
});
