// The per-request context: a round-trip-counting query runner, fresh loaders, config and which API key the caller holds.
import type { Config } from './config.js';
import type { CountingRunner, Database } from './db/database.js';
import type { RelatedCache } from './graph/related-cache.js';
import type { RelatedAnswer } from './graph/related.js';
import { createLoaders, type Loaders } from './loaders.js';
import { bearerToken, keyNameOf } from './mutation/api-keys.js';

export interface Context {
  db: Database;
  runner: CountingRunner;
  loaders: Loaders;
  config: Config;
  /** The name of the API key the request carries (never the key): for logs and merge records. Null without a valid key. */
  keyName: string | null;
  authorised: boolean;
  /** The app's cache of related(id, first); absent where every read must reach Neo4j (tests, round-trip counts). */
  relatedCache?: RelatedCache<RelatedAnswer>;
}

export function createContext(db: Database, config: Config, authorization?: string | null, relatedCache?: RelatedCache<RelatedAnswer>): Context {
  const runner = db.counting();
  const keyName = keyNameOf(bearerToken(authorization), config.apiKeys);
  return {
    db,
    runner,
    loaders: createLoaders(runner),
    config,
    keyName,
    authorised: keyName !== null,
    ...(relatedCache ? { relatedCache } : {}),
  };
}
