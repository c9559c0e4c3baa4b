// Waits, between cells, until Neo4j is idle: it runs no transaction, and its process has stopped using the CPU.
// - Transactions: when a cell ends, the servers' queries still in flight (at 100k a peer's or raw `related` query
//   takes 160-230 ms of Neo4j CPU, a statements page over 90) kept running, and took CPU from the next cell: ours'
//   cache-hit `related` cell had a p99 of 21-28 ms at 8 connections, 2 ms at 1.
// - CPU: with no transaction left, Neo4j still collected the garbage of the previous turn. At 100k the peer's and
//   raw's 32-connection `related` turns left ours' next turn (the 32-connection person cell, where ours goes first)
//   at 35 rps with 56 ms of Neo4j CPU a request, in two runs on two days; measured alone, that cell gave 412-524 rps
//   and 1.3-1.5 ms.
import type { QueryRunner } from '../../src/db/database.js';
import { cpuMs } from './servers.js';

const SHOW = "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running";

/** Neo4j counts as quiet when it used under a tenth of a core over one window. */
const QUIET_WINDOW_MS = 250;
const QUIET_SHARE = 0.1;

/**
 * Resolves when no other transaction runs and, where Neo4j's pid is known, its CPU is quiet; or after maxMs (the
 * servers' query timeout is 5 s): the ms waited, or null when this Neo4j does not list its transactions to this
 * user (then the cells run unsettled).
 */
export async function settle(db: QueryRunner, neo4jPid?: number, maxMs = 15_000): Promise<number | null> {
  const start = Date.now();
  for (;;) {
    const rows = await db.read<{ running: number }>(SHOW).catch(() => null);
    if (!rows) return null;
    const [row] = rows;
    if (!row?.running || Date.now() - start > maxMs) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  for (;;) {
    const before = cpuMs(neo4jPid);
    if (before === null || Date.now() - start > maxMs) return Date.now() - start;
    await new Promise((r) => setTimeout(r, QUIET_WINDOW_MS));
    const used = (cpuMs(neo4jPid) ?? before) - before;
    if (used < QUIET_WINDOW_MS * QUIET_SHARE) return Date.now() - start;
  }
}
