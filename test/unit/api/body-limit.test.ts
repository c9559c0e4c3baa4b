// Issue 17, finding 4: a request body over the limit gets a 413 with a JSON body that says why, not a connection reset.
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpServer, MAX_BODY_BYTES } from '../../../src/http.js';

describe('the HTTP body limit', () => {
  it('answers an oversized body with 413 and a GraphQL-shaped error', async () => {
    let apolloAsked = false;
    const server = createHttpServer({
      apollo: () => { apolloAsked = true; throw new Error('not reached'); },
      context: () => Promise.reject(new Error('not reached')),
      health: () => Promise.resolve({ ok: true, neo4j: true }),
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const { port } = server.address() as AddressInfo;
      const variables = { x: 'я'.repeat(MAX_BODY_BYTES) };
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', variables }),
      });
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toBe('application/json');
      const body = await res.json() as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
      expect(body.errors[0]?.message).toMatch(/over 1000000 bytes/);
      expect(apolloAsked).toBe(false);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
