// Cypher round trips per GraphQL operation must not grow with the number of items in its lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApollo, type SeededApollo } from './helpers.js';

let app: SeededApollo;

beforeAll(async () => {
  app = await startSeededApollo();
});

afterAll(async () => {
  await app?.stop();
});

async function roundTrips(query: string, variables: Record<string, unknown>): Promise<{ trips: number; items: number }> {
  const { data, trips } = await app.run<{ events: { edges: unknown[] } }>(query, variables);
  return { trips, items: data.events.edges.length };
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
