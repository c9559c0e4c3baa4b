// Serving flow: ensure Neo4j, migrate, seed an empty graph, then Apollo over HTTP with /health; stop drains it all.
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Config } from './config.js';
import { createApollo } from './apollo.js';
import { createContext } from './context.js';
import { connectDatabase, type Connection } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { createHttpServer } from './http.js';
import { graphIsEmpty, loadSeed } from './seed/load-seed.js';

export interface App {
  url: string;
  port: number;
  conn: Connection;
  stop(): Promise<void>;
}

export async function startApp(config: Config, log: (l: string) => void = console.log): Promise<App> {
  const conn = await connectDatabase(config, log);
  try {
    const n = await migrate(conn.db);
    log(`Schema: ${n} migrations applied.`);
    if (config.SEED_ON_START && (await graphIsEmpty(conn.db))) {
      log('The graph is empty: loading the curated seed corpus...');
      await loadSeed(conn.db, log);
    }
    // The server is created first so the drain plugin can hold it; Apollo starts before it listens.
    let apolloRef: ReturnType<typeof createApollo> | undefined;
    const http = createHttpServer({
      apollo: new Proxy({} as ReturnType<typeof createApollo>, { get: (_t, p) => Reflect.get(apolloRef!, p, apolloRef) }),
      context: async (req) => createContext(conn.db, config, req.headers.authorization),
      health: async () => {
        const neo4j = await conn.db.ping();
        return { ok: neo4j, neo4j };
      },
    });
    apolloRef = createApollo(config, [ApolloServerPluginDrainHttpServer({ httpServer: http })]);
    await apolloRef.start();
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
        await apolloRef.stop();
        await conn.close();
      })()),
    };
  } catch (e) {
    await conn.close();
    throw e;
  }
}
