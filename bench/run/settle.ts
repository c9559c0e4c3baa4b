// Waits, between cells, until Neo4j runs no transaction: when a cell ends, the servers' queries still in flight
// (at 100k a peer's or raw `related` query takes 160-230 ms of Neo4j CPU, a statements page over 90) keep running, and
// took CPU from the next cell: ours' cache-hit `related` cell had a p99 of 21-28 ms at 8 connections, 2 ms at 1.
import type { QueryRunner } from '../../src/db/database.js';

const SHOW = "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running";

/**
 * Resolves when no other transaction runs, or after maxMs (the servers' query timeout is 5 s): the ms waited, or
 * null when this Neo4j does not list its transactions to this user (then the cells run unsettled).
 */
export async function settle(db: QueryRunner, maxMs = 10_000): Promise<number | null> {
  const start = Date.now();
  for (;;) {
    const rows = await db.read<{ running: number }>(SHOW).catch(() => null);
    if (!rows) return null;
    const [row] = rows;
    if (!row?.running || Date.now() - start > maxMs) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
}
