// API keys: named in API_KEYS (`name:key`), checked in constant time, the request knowing the key's name only; and
// introspection off by default in production.
import * as crypto from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createApollo } from '../../../src/apollo.js';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import type { Database } from '../../../src/db/database.js';

// Every timingSafeEqual call is counted (and still compares): the key check must make one per configured key.
const compared = vi.hoisted(() => ({ calls: [] as [number, number][] }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof crypto>();
  return {
    ...real,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.calls.push([a.byteLength, b.byteLength]);
      return real.timingSafeEqual(a, b);
    },
  };
});

const config = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...env });
const noDb = { counting: () => ({ roundTrips: 0 }) } as unknown as Database;
const keyOf = (authorization: string | undefined, env = { API_KEYS: 'ci:s3cret-ci-key,widgets:w1dgets-key-0123456789,bare-key-abc' }) =>
  createContext(noDb, config(env), authorization);

function configError(env: Record<string, string>): string {
  try {
    config(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error(`no ConfigError for ${JSON.stringify(env)}`);
}

beforeEach(() => { compared.calls = []; });

describe('API_KEYS', () => {
  it('reads name:key entries, and names a bare key by its place', () => {
    expect(config({ API_KEYS: ' ci:s3cret-ci-key , bare-key-abc,,widgets:w1dgets ' }).apiKeys).toEqual([
      { name: 'ci', key: 's3cret-ci-key' }, { name: 'key-2', key: 'bare-key-abc' }, { name: 'widgets', key: 'w1dgets' },
    ]);
    expect(config({}).apiKeys).toEqual([]);
  });

  it('says what to fix, naming the entry and never showing a key', () => {
    const cases: [string, RegExp][] = [
      [':k3y-one', /API_KEYS: entry 1: the name must be 1-64 letters/],
      ['ci:', /entry 1 \(ci\): the key is empty; write name:key/],
      ['ci:two words', /entry 1 \(ci\): the key contains whitespace/],
      ['bad name!:k3y-one', /entry 1 \(bad name!\): the name must be/],
      ['ci:k3y-one,ci:k3y-two', /entry 2 \(ci\): entries 1 and 2 are both named ci; give each key its own name/],
      ['ci:k3y-one,ops:k3y-one', /entry 2 \(ops\): the same key as entry 1 \(ci\); give each client its own key/],
      ['key-2:k3y-one,k3y-two', /entries 1 and 2 are both named key-2/],
    ];
    for (const [value, message] of cases) {
      const text = configError({ API_KEYS: value });
      expect(text, value).toMatch(message);
      expect(text, value).not.toMatch(/k3y|two words/);
    }
  });

  it('puts the name of the key a request carries in its context, never the key', () => {
    const ctx = keyOf('Bearer s3cret-ci-key');
    expect(ctx).toMatchObject({ keyName: 'ci', authorised: true });
    expect(JSON.stringify({ keyName: ctx.keyName, authorised: ctx.authorised })).not.toContain('s3cret');
    expect(keyOf('bearer   w1dgets-key-0123456789 ')).toMatchObject({ keyName: 'widgets', authorised: true });
    expect(keyOf('Bearer bare-key-abc')).toMatchObject({ keyName: 'key-3', authorised: true });
  });

  it('refuses what is not exactly a key: prefixes, extensions, the entry as written, other schemes', () => {
    for (const header of [undefined, '', 'Bearer', 'Bearer ', 's3cret-ci-key', 'Basic s3cret-ci-key', 'Bearer s3cret-ci-ke',
      'Bearer s3cret-ci-key0', 'Bearer ci:s3cret-ci-key', 'Bearer ci', 'Bearer S3CRET-CI-KEY']) {
      expect(keyOf(header), String(header)).toMatchObject({ keyName: null, authorised: false });
    }
    expect(keyOf('Bearer anything', { API_KEYS: '' })).toMatchObject({ keyName: null, authorised: false });
  });

  it('compares in constant time: equal-length digests, against every key, whether and wherever it matches', () => {
    const keys = { API_KEYS: 'a:first-key-1234,b:second-key-of-another-length,c:third' };
    const loaded = config(keys);
    for (const header of ['Bearer first-key-1234', 'Bearer third', 'Bearer x', `Bearer ${'y'.repeat(500)}`, undefined]) {
      compared.calls = [];
      createContext(noDb, loaded, header);
      expect(compared.calls, String(header)).toEqual([[32, 32], [32, 32], [32, 32]]);
    }
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  async function introspects(env: Record<string, string>): Promise<boolean> {
    const cfg = config(env);
    const apollo = createApollo(cfg);
    await apollo.start();
    try {
      const res = await apollo.executeOperation({ query: INTROSPECT }, { contextValue: createContext(noDb, cfg) });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      return res.body.singleResult.data?.['__schema'] !== undefined && !res.body.singleResult.errors;
    } finally {
      await apollo.stop();
    }
  }

  it('is off by default in production, on in development and test, and INTROSPECTION decides when set', async () => {
    expect(await introspects({ NODE_ENV: 'production' })).toBe(false);
    expect(await introspects({ NODE_ENV: 'development' })).toBe(true);
    expect(await introspects({ NODE_ENV: 'test' })).toBe(true);
    expect(await introspects({ NODE_ENV: 'production', INTROSPECTION: 'true' })).toBe(true);
    expect(await introspects({ NODE_ENV: 'development', INTROSPECTION: 'false' })).toBe(false);
    expect(configError({ INTROSPECTION: 'yes' })).toMatch(/INTROSPECTION: must be true or false/);
  });
});
