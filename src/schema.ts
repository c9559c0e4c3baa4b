// The executable schema: SDL from schema/*.graphql and the merged resolvers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { PROJECT_ROOT } from './db/paths.js';
import { resolvers } from './resolvers.js';

export function loadTypeDefs(): string[] {
  const dir = join(PROJECT_ROOT, 'schema');
  return readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

export function buildSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
}
