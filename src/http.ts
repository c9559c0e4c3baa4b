// The HTTP server: GraphQL at /graphql (Apollo's HTTP integration API), /health beside it, CORS open for widgets.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from './context.js';

export const MAX_BODY_BYTES = 1_000_000;

export interface HttpOptions {
  /** Apollo is created after the server (its drain plugin needs the server), hence a getter. */
  apollo: () => ApolloServer<Context>;
  context: (req: IncomingMessage) => Promise<Context>;
  health: () => Promise<{ ok: boolean; neo4j: boolean }>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '86400',
};

export class BodyTooLargeError extends Error {}

/**
 * The request body as text, refused past MAX_BODY_BYTES. The rest of an oversized body is read and dropped, not
 * cut off: destroying the socket mid-upload left the client a connection reset instead of the 413 that says why.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) { chunks.push(c); return; }
      req.off('data', onData);
      req.resume();
      reject(new BodyTooLargeError(`The request body is over ${MAX_BODY_BYTES} bytes: send a smaller query or fewer variables.`));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...CORS, ...headers });
  res.end(body);
}

async function handleGraphQL(o: HttpOptions, req: IncomingMessage, res: ServerResponse, url: URL) {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = await readBody(req);
    const type = headers.get('content-type') ?? '';
    try {
      body = type.includes('application/json') && text ? JSON.parse(text) : text;
    } catch {
      return send(res, 400, JSON.stringify({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] }), { 'content-type': 'application/json' });
    }
  }
  const result = await o.apollo().executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: () => o.context(req),
  });
  const out: Record<string, string> = { ...CORS };
  for (const [k, v] of result.headers) out[k] = v;
  res.writeHead(result.status ?? 200, out);
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
  } else {
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

export function createHttpServer(o: HttpOptions): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (req.method === 'OPTIONS') return send(res, 204, '');
      if (url.pathname === '/health') {
        const h = await o.health();
        return send(res, h.ok ? 200 : 503, JSON.stringify(h), { 'content-type': 'application/json' });
      }
      if (url.pathname === '/graphql') return handleGraphQL(o, req, res, url);
      return send(res, 404, JSON.stringify({ error: 'Not found: the API is at /graphql, health at /health.' }), { 'content-type': 'application/json' });
    };
    route().catch((e: unknown) => {
      if (res.headersSent) { res.end(); return; }
      if (e instanceof BodyTooLargeError) {
        // Said in GraphQL's error shape, and the connection closed once the answer is out (the client may still be sending).
        send(res, 413, JSON.stringify({ errors: [{ message: e.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }), { 'content-type': 'application/json', connection: 'close' });
        return;
      }
      send(res, 500, JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }), { 'content-type': 'application/json' });
    });
  });
}
