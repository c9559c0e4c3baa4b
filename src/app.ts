// Serving flow: ensure Neo4j, migrate, seed an empty graph, then Apollo over HTTP with /health; stop drains it all.
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Config } from './config.js';
import { createApollo } from './apollo.js';
import { createContext } from './context.js';
import { connectDatabase, type Connection } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { RelatedCache } from './graph/related-cache.js';
import type { RelatedAnswer } from './graph/related.js';
import { createHttpServer } from './http.js';
import { applyStackTraceSetting } from './runtime.js';
import { graphIsEmpty, loadSeed } from './seed/load-seed.js';

export interface App {
  url: string;
  port: number;
  conn: Connection;
  stop(): Promise<void>;
}

export async function startApp(config: Config, log: (l: string) => void = console.log): Promise<App> {
  applyStackTraceSetting(config);
  const conn = await connectDatabase(config, log);
  try {
    const n = await migrate(conn.db);
    log(`Schema: ${n} migrations applied.`);
    if (config.SEED_ON_START && (await graphIsEmpty(conn.db))) {
      log('The graph is empty: loading the curated seed corpus...');
      await loadSeed(conn.db, log);
    }
    const relatedCache = new RelatedCache<RelatedAnswer>(config.RELATED_CACHE_SIZE, config.RELATED_CACHE_TTL_S * 1000);
    // The server is created first so the drain plugin can hold it; Apollo starts before it listens.
    const holder: { apollo?: ReturnType<typeof createApollo> } = {};
    const http = createHttpServer({
      apollo: () => holder.apollo!,
      context: (req) => Promise.resolve(createContext(conn.db, config, req.headers.authorization, relatedCache)),
      health: async () => {
        const neo4j = await conn.db.ping();
        return { ok: neo4j, neo4j };
      },
    });
    const apollo = createApollo(config, [ApolloServerPluginDrainHttpServer({ httpServer: http })]);
    holder.apollo = apollo;
    await apollo.start();
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.PORT, config.HOST, resolve);
    });
    const port = (http.address() as AddressInfo).port;
    const url = `http://localhost:${port}/graphql`;
    let stopping: Promise<void> | undefined;
    return {
      url,
      port,
      conn,
      stop: () => (stopping ??= (async () => {
        await apollo.stop();
        await conn.close();
      })()),
    };
  } catch (e) {
    await conn.close();
    throw e;
  }
}
