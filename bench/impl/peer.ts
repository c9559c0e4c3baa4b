// The @neo4j/graphql peer: its schema over the same Neo4j (typedefs in peer-typedefs.graphql, whose @cypher
// statements for related, statements, search and path are the raw floor's own files, included at build time).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { rawCypher } from './raw.js';

const HERE = dirname(fileURLToPath(import.meta.url));

export function peerTypeDefs(): string {
  const sdl = readFileSync(join(HERE, 'peer-typedefs.graphql'), 'utf8');
  return sdl.replace(/"#include (\w+)"/g, (_m, name: string) => JSON.stringify(rawCypher(name)));
}

export async function buildPeerSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
}
