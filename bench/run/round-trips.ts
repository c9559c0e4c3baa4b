// Cypher round trips per operation for each implementation, counted in-process on one sample of each query.
import { ApolloServer } from '@apollo/server';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { Config } from '../../src/config.js';
import { createApollo } from '../../src/apollo.js';
import { createContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { buildPeerSchema } from '../impl/peer.js';
import { runRaw } from '../impl/raw.js';
import { QUERIES, QUERY_NAMES, type Impl, type QueryName, type Sample } from '../workload/queries.js';

/** A driver whose sessions count every statement they run (in managed transactions or not). */
function countingDriver(driver: Driver, counter: { n: number }): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, { get: (t, k) => (k === 'run' ? (...a: unknown[]) => { counter.n++; return (t.run as (...x: unknown[]) => unknown)(...a); } : Reflect.get(t, k)) as unknown });
  const wrapSession = (s: Session): Session => new Proxy(s, {
    get: (target, k) => {
      if (k === 'run') return (...a: unknown[]) => { counter.n++; return (target.run as (...x: unknown[]) => unknown)(...a); };
      if (k === 'executeRead' || k === 'executeWrite') {
        return (work: (tx: ManagedTransaction) => unknown, cfg?: unknown) =>
          (target[k] as (w: (tx: ManagedTransaction) => unknown, c?: unknown) => unknown)((tx) => work(wrapTx(tx)), cfg);
      }
      const v = Reflect.get(target, k) as unknown;
      return typeof v === 'function' ? (v as (...x: unknown[]) => unknown).bind(target) : v;
    },
  });
  return new Proxy(driver, {
    get: (target, k) => {
      if (k === 'session') return (...a: unknown[]) => wrapSession((target.session as (...x: unknown[]) => Session)(...a));
      if (k === 'executeQuery') return (...a: unknown[]) => { counter.n++; return (target.executeQuery as (...x: unknown[]) => unknown)(...a); };
      const v = Reflect.get(target, k) as unknown;
      return typeof v === 'function' ? (v as (...x: unknown[]) => unknown).bind(target) : v;
    },
  });
}

export async function countRoundTrips(db: Database, config: Config, samples: Record<QueryName, Sample[]>): Promise<Record<QueryName, Record<Impl, number>>> {
  const ours = createApollo(config);
  await ours.start();
  const counter = { n: 0 };
  const peer = new ApolloServer({ schema: await buildPeerSchema(countingDriver(db.driver, counter)) });
  await peer.start();
  const out = {} as Record<QueryName, Record<Impl, number>>;
  try {
    for (const q of QUERY_NAMES) {
      const sample = samples[q][0];
      if (!sample) continue;
      const ctx = createContext(db, config);
      await ours.executeOperation({ query: QUERIES[q].ours, variables: sample.ours }, { contextValue: ctx });
      counter.n = 0;
      await peer.executeOperation({ query: QUERIES[q].peer, variables: sample.peer });
      const raw = db.counting();
      await runRaw(raw, QUERIES[q].raw, sample.raw);
      out[q] = { ours: ctx.runner.roundTrips, peer: counter.n, raw: raw.roundTrips };
    }
  } finally {
    await ours.stop();
    await peer.stop();
  }
  return out;
}
