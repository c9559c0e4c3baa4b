// Errors do not disappear: a failed loader batch fails its fields with the error (never a null or a shorter list
// that looks like missing data); each request is one log line, each unexpected error is logged with its stack,
// operation and path, and production masks it but keeps its path and the project's own codes.
import { HeaderMap } from '@apollo/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApollo } from '../../../src/apollo.js';
import { ConfigError, loadConfig, loadLogLevel } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import type { Database, Params, QueryRunner } from '../../../src/db/database.js';
import { createLogger, useLogger, type Logger } from '../../../src/log.js';
import { NodeLoader } from '../../../src/node/loaders.js';

/** The log lines written while a test runs, parsed, and the raw text (to check what must never be in it). */
const logged = { lines: [] as Record<string, any>[], raw: '' };
let previous: Logger | undefined;
beforeEach(() => {
  logged.lines = [];
  logged.raw = '';
  const destination = { write: (line: string) => { logged.raw += line; logged.lines.push(JSON.parse(line) as Record<string, any>); } };
  previous = useLogger(createLogger({ LOG_LEVEL: 'info' }, destination));
});
afterEach(() => { useLogger(previous); });
const linesWith = (msg: string) => logged.lines.filter((l) => l['msg'] === msg);

/** A database whose page queries (`$keys`) answer two events and whose node lookups (`$ids`) fail as `nodes` says. */
function pagesThenNodes(nodes: (ids: string[]) => unknown[]): Database {
  const read = async <T>(_cypher: string, p: Params = {}): Promise<T[]> => {
    if (p['keys']) return (p['keys'] as { key: string }[]).map((k) => ({ key: k.key, totalCount: 2, ids: ['event:a', 'event:b'] })) as T[];
    return nodes(p['ids'] as string[]) as T[];
  };
  const runner: QueryRunner = { read, write: read };
  return { ...runner, counting: () => ({ roundTrips: 0, ...runner }) } as unknown as Database;
}

const failing = () => { throw new Error('Neo4j lost the connection mid-batch'); };

async function run(env: Record<string, string>, db: Database, query: string, variables: Record<string, unknown> = {}, authorization?: string) {
  const config = loadConfig({ NODE_ENV: 'test', SEED_ON_START: 'false', API_KEYS: 'ci:s3cret-key-value', ...env });
  const apollo = createApollo(config);
  await apollo.start();
  try {
    const res = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db, config, authorization) });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult;
  } finally {
    await apollo.stop();
  }
}

describe('a failed loader batch', () => {
  it('rejects the loads of the batch with its error; an id no node has stays null', async () => {
    await expect(Promise.resolve(new NodeLoader(pagesThenNodes(failing)).getMany(['event:a', 'event:b']))).rejects.toThrow(/mid-batch/);
    const some = pagesThenNodes((ids) => ids.filter((id) => id === 'event:a').map((key) => ({ key, card: ['Event', key, 'A', null, null, null, null] })));
    expect(await new NodeLoader(some).getMany(['event:a', 'event:b'])).toEqual([expect.objectContaining({ id: 'event:a' }), null]);
  });

  it('fails the field with an error at its path, not a list that looks shorter', async () => {
    const res = await run({}, pagesThenNodes(failing), '{ events { totalCount edges { node { id name } } } }');
    // events is non-null, so the whole answer is null: the client sees a failure, not a list of none.
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/mid-batch/), path: ['events'] });
  });
});

describe('LOG_LEVEL', () => {
  it('is info by default, silent under NODE_ENV=test unless set, and refuses a level pino does not have', () => {
    expect(loadConfig({}).LOG_LEVEL).toBe('info');
    expect(loadConfig({ NODE_ENV: 'production' }).LOG_LEVEL).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test' }).LOG_LEVEL).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).LOG_LEVEL).toBe('debug');
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent/);
    // The level alone, as the process's logger reads it before any config: the other settings' errors do not stop it.
    expect(loadLogLevel({ NODE_ENV: 'production', PORT: 'not a port', LOG_LEVEL: 'warn' })).toBe('warn');
    expect(loadLogLevel({ NODE_ENV: 'test' })).toBe('silent');
  });
});

describe('request logs', () => {
  const nothing = pagesThenNodes(() => []);

  it('says each request once: operation, type, duration, status, the key name; never the key or the variables', async () => {
    const res = await run({}, nothing, 'query Profile($id: ID!) { node(id: $id) { id } }', { id: 'person:very-private-id' }, 'Bearer s3cret-key-value');
    expect(res.errors).toBeUndefined();
    const requests = linesWith('request');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ level: 30, operation: 'Profile', type: 'query', fields: ['node'], status: 200, errors: 0, keyName: 'ci' });
    expect(requests[0]!['durationMs']).toBeGreaterThanOrEqual(0);
    expect(logged.raw).not.toContain('s3cret');
    expect(logged.raw).not.toContain('very-private-id');
  });

  it('gives a request the codes of its errors; expected ones are not logged as errors', async () => {
    const res = await run({}, nothing, '{ events(first: 0) { totalCount } }');
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(linesWith('request')).toEqual([expect.objectContaining({ operation: null, fields: ['events'], errors: 1, codes: ['BAD_USER_INPUT'], keyName: null })]);
    expect(logged.lines.filter((l) => l['level'] >= 50)).toEqual([]);
    // A query that does not parse: a 400, logged as a request all the same.
    await run({}, nothing, '{ events( }');
    expect(linesWith('request').at(-1)).toMatchObject({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'] });
  });
});

describe('unexpected errors', () => {
  const QUERY = 'query Timeline { events { edges { node { id } } } }';

  it('are logged at error with the stack, the operation and the path', async () => {
    await run({}, pagesThenNodes(failing), QUERY);
    const errors = linesWith('unexpected error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ level: 50, operation: 'Timeline', path: 'events', keyName: null, err: { message: expect.stringMatching(/mid-batch/) } });
    expect(errors[0]!['err']['stack']).toMatch(/Error: Neo4j lost the connection mid-batch\n\s+at /);
    expect(linesWith('request')).toEqual([expect.objectContaining({ operation: 'Timeline', codes: ['INTERNAL_SERVER_ERROR'] })]);
  });

  it('are masked in production but keep their path', async () => {
    const res = await run({ NODE_ENV: 'production' }, pagesThenNodes(failing), QUERY);
    expect(res.errors).toEqual([{ message: 'Internal server error', path: ['events'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(res)).not.toContain('mid-batch');
    expect(linesWith('unexpected error')).toHaveLength(1);
  });
});

describe('failures outside an operation', () => {
  it('log a context that could not be made, with its stack (Apollo answers 500 and says nothing else)', async () => {
    const config = loadConfig({ NODE_ENV: 'production', SEED_ON_START: 'false' });
    const apollo = createApollo(config);
    await apollo.start();
    try {
      const res = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query: '{ __typename }' } },
        context: () => Promise.reject(new Error('the key store is unreachable')),
      });
      expect(res.status).toBe(500);
    } finally {
      await apollo.stop();
    }
    expect(linesWith('unexpected error creating a request context')).toEqual([
      expect.objectContaining({ level: 50, err: expect.objectContaining({ message: 'the key store is unreachable', stack: expect.stringMatching(/\n\s+at /) }) }),
    ]);
  });
});

describe('production masking', () => {
  it("keeps the project's own INGEST_FAILED with its message, and logs the failed write with who tried it", async () => {
    const refuse = async (): Promise<never> => { throw new Error('the disk is full'); };
    const db = { read: refuse, write: refuse, inWriteTransaction: refuse, counting: () => ({ roundTrips: 0, read: refuse, write: refuse }) } as unknown as Database;
    const res = await run({ NODE_ENV: 'production' }, db, 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }', {
      input: { content: 'Форум громад\n\nУ Полтаві відбувся форум громад.\n', url: 'https://example.org/forum' },
    }, 'Bearer s3cret-key-value');
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['ingestArticle'], extensions: { code: 'INGEST_FAILED' } });
    expect(res.errors![0]!.message).toMatch(/The article was not written .*the disk is full/);
    expect(linesWith('write failed')).toEqual([expect.objectContaining({ level: 40, write: 'ingestArticle', by: 'key:ci', url: 'https://example.org/forum', reason: expect.stringMatching(/disk is full/) })]);
    expect(linesWith('unexpected error')).toEqual([]);
    expect(logged.raw).not.toContain('Полтаві');
  });
});
