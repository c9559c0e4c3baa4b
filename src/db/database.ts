// The driver and its read/write helpers: managed transactions with a timeout, sessions closed, values made plain.
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { toPlain } from './convert.js';

export type Params = Record<string, unknown>;

export interface QueryRunner {
  read<T>(cypher: string, params?: Params): Promise<T[]>;
  write<T>(cypher: string, params?: Params): Promise<T[]>;
}

export class QueryTimeoutError extends Error {}

/** Neo4j is down, unreachable or stalled: the request cannot be answered now, and may be shortly. */
export class DatabaseUnavailableError extends Error {}

/** What a query may take past Neo4j's own transaction timeout before the client gives up on a stalled server. */
const CLIENT_GRACE_MS = 1000;
/** A pooled connection or a new one: waiting longer for either only piles requests up behind a sick database. */
const CONNECT_MS = 2000;

/** The promise, or DatabaseUnavailableError once `ms` pass without an answer (the driver cannot cancel a stalled call). */
function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`Neo4j did not answer ${what} within ${ms} ms: the database is stalled or overloaded; try again shortly.`)), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export class Database implements QueryRunner {
  constructor(
    readonly driver: Driver,
    private readonly timeoutMs: number,
    private readonly database?: string,
  ) {}

  static connect(uri: string, user: string, password: string, timeoutMs: number, database?: string): Database {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      // Integers arrive as JS numbers (counts and offsets, far below 2^53), not Integer objects to convert.
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: CONNECT_MS,
      connectionTimeout: CONNECT_MS,
      userAgent: 'hromada-graph',
    });
    return new Database(driver, timeoutMs, database);
  }

  read<T>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('READ', cypher, params);
  }

  write<T>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('WRITE', cypher, params);
  }

  /** Runs work in one write transaction (one article = one transaction). */
  async inWriteTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const timeout = this.timeoutMs * 10;
    try {
      return await within(session.executeWrite((tx) => work(txRunner(tx)), { timeout }), timeout + CLIENT_GRACE_MS, 'a write');
    } catch (e) {
      throw translateError(e);
    } finally {
      void closeQuietly(session);
    }
  }

  /** Counts round trips per request (the test that checks they do not grow with list sizes reads it). */
  counting(): CountingRunner {
    return new CountingRunner(this);
  }

  /** Whether Neo4j answers within `ms` (a health check must answer in time even when the database does not). */
  async ping(ms = 900): Promise<boolean> {
    try {
      await within(this.driver.verifyConnectivity({ database: this.database }), ms, 'a health check');
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run<T>(mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<T[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = { timeout: this.timeoutMs };
      const work = mode === 'READ'
        ? autoCommitRead<T>(() => session.run(cypher, params, config))
        : session.executeWrite((tx: ManagedTransaction) => txRunner(tx).read<T>(cypher, params), config);
      return await within(work, this.timeoutMs + CLIENT_GRACE_MS, mode === 'READ' ? 'a read' : 'a write');
    } catch (e) {
      throw translateError(e);
    } finally {
      // A stalled session's close waits for the stalled call: the answer goes out without waiting for it.
      void closeQuietly(session);
    }
  }
}

/**
 * One read as an auto-commit transaction: RUN and PULL go out together, one network round trip, where a managed
 * transaction adds a COMMIT round trip (3.0 ms against 1.9 ms a query here). A read has nothing to roll back, so
 * the managed transaction's only gift, retrying transient errors, is kept by hand: once.
 */
async function autoCommitRead<T>(run: () => Promise<QueryResult>): Promise<T[]> {
  let result: QueryResult;
  try {
    result = await run();
  } catch (e) {
    if (!isRetryableError(e)) throw e;
    result = await run();
  }
  return result.records.map((r) => toPlain(r.toObject()) as T);
}

function txRunner(tx: ManagedTransaction): QueryRunner {
  const run = async <T>(cypher: string, params: Params = {}): Promise<T[]> => {
    const result = await tx.run(cypher, params);
    return result.records.map((r) => toPlain(r.toObject()) as T);
  };
  return { read: run, write: run };
}

async function closeQuietly(session: { close(): Promise<void> }): Promise<void> {
  try {
    await session.close();
  } catch {
    // The session of a failed call: its error was already reported to the caller.
  }
}

/** Driver codes that mean the database cannot be reached now, not that the query was wrong. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

function translateError(e: unknown): unknown {
  if (e instanceof DatabaseUnavailableError) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
    return new QueryTimeoutError('The query took too long and was stopped; narrow it (fewer hops, smaller page).');
  }
  if (UNAVAILABLE_CODES.has(code) || /acquisition timed out|Failed to connect|connection refused/i.test((e as Error).message ?? '')) {
    return new DatabaseUnavailableError(`Neo4j cannot be reached (${(e as Error).message.split('\n')[0] ?? code}); try again shortly.`);
  }
  return e;
}

export class CountingRunner implements QueryRunner {
  roundTrips = 0;
  constructor(private readonly inner: QueryRunner) {}
  read<T>(cypher: string, params?: Params): Promise<T[]> {
    this.roundTrips++;
    return this.inner.read<T>(cypher, params);
  }
  write<T>(cypher: string, params?: Params): Promise<T[]> {
    this.roundTrips++;
    return this.inner.write<T>(cypher, params);
  }
}
