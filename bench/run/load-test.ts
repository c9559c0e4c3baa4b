// One measured cell: autocannon at a fixed number of connections against one implementation, one query or the mix.
import autocannon from 'autocannon';
import { requestBody, requestPath } from '../impl/client.js';
import { cpuMs } from './servers.js';
import { MIX_WEIGHTS, QUERY_NAMES, type Impl, type QueryName, type Sample } from '../workload/queries.js';

export interface Cell {
  rps: number; p50: number; p99: number; requests: number; errors: number;
  /** CPU ms per request spent by the server process and by Neo4j during the measured seconds (null when unknown). */
  serverCpuMs?: number | null; neo4jCpuMs?: number | null;
}

/** The request bodies a cell cycles through: every sample of a query, or the mix interleaved by weight. */
export function bodies(impl: Impl, query: QueryName | 'mix', samples: Record<QueryName, Sample[]>): string[] {
  if (query !== 'mix') return samples[query].map((s) => requestBody(impl, query, s));
  const out: string[] = [];
  const longest = Math.max(...QUERY_NAMES.map((q) => samples[q].length));
  for (let i = 0; i < longest; i++) {
    for (const q of QUERY_NAMES) {
      for (let w = 0; w < MIX_WEIGHTS[q]; w++) {
        const list = samples[q];
        const s = list[(i * MIX_WEIGHTS[q] + w) % list.length];
        if (s) out.push(requestBody(impl, q, s));
      }
    }
  }
  return out;
}

function run(url: string, list: string[], connections: number, seconds: number): Promise<Cell> {
  let next = 0;
  let graphqlErrors = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url, connections, duration: seconds, method: 'POST', headers: { 'content-type': 'application/json' },
        requests: [{
          setupRequest: (req) => ({ ...req, body: list[next++ % list.length] ?? '' }),
          onResponse: (_status, body) => { if (body.includes('"errors"')) graphqlErrors++; },
        }],
      },
      (err, r) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        resolve({
          rps: Math.round(r.requests.average * 10) / 10, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total,
          errors: r.errors + r.timeouts + r.non2xx + graphqlErrors,
        });
      },
    );
  });
}

export interface Pids { server: number; neo4j?: number }

export async function measure(base: string, impl: Impl, list: string[], connections: number, warmupS: number, seconds: number, pids?: Pids): Promise<Cell> {
  const url = `${base}${requestPath(impl)}`;
  if (warmupS > 0) await run(url, list, connections, warmupS);
  const before = { server: cpuMs(pids?.server), neo4j: cpuMs(pids?.neo4j) };
  const cell = await run(url, list, connections, seconds);
  const perRequest = (a: number | null, b: number | null) =>
    a !== null && b !== null && cell.requests ? Math.round(((b - a) / cell.requests) * 100) / 100 : null;
  return { ...cell, serverCpuMs: perRequest(before.server, cpuMs(pids?.server)), neo4jCpuMs: perRequest(before.neo4j, cpuMs(pids?.neo4j)) };
}
