// The per-request context: a round-trip-counting query runner, fresh loaders, config and whether the caller holds an API key.
import type { Config } from './config.js';
import type { CountingRunner, Database } from './db/database.js';
import type { RelatedCache } from './graph/related-cache.js';
import type { RelatedAnswer } from './graph/related.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  db: Database;
  runner: CountingRunner;
  loaders: Loaders;
  config: Config;
  authorised: boolean;
  /** The app's cache of related(id, first); absent where every read must reach Neo4j (tests, round-trip counts). */
  relatedCache?: RelatedCache<RelatedAnswer>;
}

export function createContext(db: Database, config: Config, authorization?: string | null, relatedCache?: RelatedCache<RelatedAnswer>): Context {
  const runner = db.counting();
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  return {
    db,
    runner,
    loaders: createLoaders(runner),
    config,
    authorised: !!token && config.apiKeys.includes(token),
    ...(relatedCache ? { relatedCache } : {}),
  };
}
