// The per-request context: a round-trip-counting query runner, fresh loaders, config and whether the caller holds an API key.
import type { Config } from './config.js';
import type { CountingRunner, Database } from './db/database.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  db: Database;
  runner: CountingRunner;
  loaders: Loaders;
  config: Config;
  authorised: boolean;
}

export function createContext(db: Database, config: Config, authorization?: string | null): Context {
  const runner = db.counting();
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  return {
    db,
    runner,
    loaders: createLoaders(runner),
    config,
    authorised: !!token && config.apiKeys.includes(token),
  };
}
