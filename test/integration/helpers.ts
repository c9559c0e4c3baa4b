// Test helpers: a config and a database for the test Neo4j, a clean graph, and GraphQL over HTTP.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import type { ApolloServer } from '@apollo/server';
import { createApollo } from '../../src/apollo.js';
import { createContext, type Context } from '../../src/context.js';
import { loadSeed } from '../../src/seed/load-seed.js';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'), API_KEYS: 'test-key', ...overrides,
  });
}

export function testDatabase(config = testConfig()): Database {
  return Database.connect(config.NEO4J_URI!, config.NEO4J_USER, config.NEO4J_PASSWORD, config.QUERY_TIMEOUT_MS);
}

/** Empties the graph (the test Neo4j is disposable) and applies the migrations. */
export async function resetGraph(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
  await migrate(db);
}

/** The curated seed graph and our Apollo server in-process, for tests that count round trips per operation. */
export interface SeededApollo {
  db: Database;
  apollo: ApolloServer<Context>;
  config: Config;
  /** Runs one operation with a fresh context; throws on GraphQL errors; returns the data and its Cypher round trips. */
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<{ data: T; trips: number }>;
  stop(): Promise<void>;
}

export async function startSeededApollo(config = testConfig()): Promise<SeededApollo> {
  const db = testDatabase(config);
  await resetGraph(db);
  await loadSeed(db, () => {});
  const apollo = createApollo(config);
  await apollo.start();
  return {
    db, apollo, config,
    run: async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const ctx = createContext(db, config);
      const res = await apollo.executeOperation<T>({ query, variables }, { contextValue: ctx });
      if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
      return { data: res.body.singleResult.data!, trips: ctx.runner.roundTrips };
    },
    stop: async () => {
      await apollo.stop();
      await db.close();
    },
  };
}

export async function countNodes(db: Database): Promise<number> {
  const [row] = await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  return row?.n ?? 0;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
}

export async function gql<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

/** The environment of a command run as a subprocess: the test Neo4j, so it starts none. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword'), ...extra };
}

export const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

/** Runs `tsx src/cli/<name>.ts args` as a user's `npm run <name>` would; resolves with its exit code and output. */
export function runCli(name: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(TSX, [join(PROJECT_ROOT, 'src', 'cli', `${name}.ts`), ...args], { cwd: PROJECT_ROOT, env: cliEnv(), maxBuffer: 10_000_000 })
    .then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);
}
