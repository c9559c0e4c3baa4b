// Runs one GraphQL operation through the API's Apollo server with a database that only records whether a query
// reached it: argument checks must answer before that.
import { createApollo } from '../../../src/apollo.js';
import { loadConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import type { Database } from '../../../src/db/database.js';

const config = loadConfig({ NODE_ENV: 'test', API_KEYS: 'test-key', SEED_ON_START: 'false' });
let apollo: ReturnType<typeof createApollo> | null = null;

export interface OperationResult {
  status: number;
  errors: { message: string; code: unknown }[];
  reachedDatabase: boolean;
}

export async function runOperation(query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<OperationResult> {
  if (!apollo) {
    apollo = createApollo(config);
    await apollo.start();
  }
  let reachedDatabase = false;
  const refuse = async (): Promise<never> => {
    reachedDatabase = true;
    throw new Error('the database was reached');
  };
  const db = {
    counting: () => ({ roundTrips: 0, read: refuse, write: refuse }),
    read: refuse, write: refuse, inWriteTransaction: refuse,
  } as unknown as Database;
  const res = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db, config, authorization) });
  const errors = res.body.kind === 'single' ? res.body.singleResult.errors ?? [] : [];
  return { status: res.http.status ?? 200, errors: errors.map((e) => ({ message: e.message, code: e.extensions?.['code'] })), reachedDatabase };
}
