// The bench code end to end at a tiny scale against the test Neo4j, so it cannot rot: corpus through the write path,
// the three servers, equivalence of their answers, round trips and the JSON document. Nothing about time.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBench } from '../../bench/bench.js';
import { parseOptions } from '../../bench/options.js';
import type { BenchResult } from '../../bench/report.js';
import { markdown } from '../../bench/report.js';
import { QUERY_NAMES } from '../../bench/workload/queries.js';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { resetGraph, testConfig, testDatabase, TSX } from './helpers.js';

let result: BenchResult;

beforeAll(async () => {
  const config = testConfig();
  const db = testDatabase(config);
  await resetGraph(db);
  await db.close();
  const options = parseOptions([
    '--scale', '50', '--duration', '0.5', '--warmup', '0', '--prewarm', '0', '--connections', '1', '--samples', '2', '--batch', '20',
    '--neo4j-uri', config.NEO4J_URI!, '--neo4j-user', config.NEO4J_USER, '--neo4j-password', config.NEO4J_PASSWORD, '--reload',
  ]);
  result = await runBench(options, () => {});
}, 120_000);

afterAll(async () => {
  // The graph now holds the synthetic corpus; later test files reset it themselves.
});

describe('bench smoke run', () => {
  it('loads the synthetic corpus through the write path', () => {
    expect(result.corpus.articles).toBe(50);
    expect(result.corpus.load?.articles).toBe(50);
    expect(result.corpus.nodes).toBeGreaterThan(100);
    expect(result.corpus.relationships).toBeGreaterThan(500);
  });

  it('finds the three implementations giving the same answers', () => {
    expect(result.equivalence.checked).toBeGreaterThanOrEqual(QUERY_NAMES.length);
    expect(result.equivalence.details).toEqual([]);
  });

  it('measures every query and the mix for each implementation, and writes the documented JSON shape', () => {
    for (const q of [...QUERY_NAMES, 'mix'] as const) {
      const row = result.cells['1']?.[q];
      for (const impl of ['ours', 'peer', 'raw'] as const) {
        expect(row?.[impl].requests).toBeGreaterThan(0);
        expect(row?.[impl].errors).toBe(0);
      }
    }
    const doc = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['scale', 'machine', 'queries', 'mix', 'ratios']));
    expect(Object.keys(result.queries).sort()).toEqual([...QUERY_NAMES].sort());
    expect(result.ratios).toMatchObject({ mixRpsOursOverPeer: expect.any(Number), mixP99OursOverPeer: expect.any(Number), mixP50OursOverRaw: expect.any(Number) });
    expect(result.roundTrips.related).toMatchObject({ ours: expect.any(Number), peer: expect.any(Number), raw: 1 });
    expect(markdown(result)).toContain('| related |');
  });
});

describe('framework floor smoke run', () => {
  // On the corpus the bench smoke run left: the four servers answer every request, and the report has its shape.
  it('measures plain HTTP, Apollo over stored answers, raw and ours, and writes floor-<scale>.json', async () => {
    const config = testConfig();
    const out = mkdtempSync(join(tmpdir(), 'floor-smoke-'));
    try {
      const { stdout } = await promisify(execFile)(TSX, [join(PROJECT_ROOT, 'bench', 'floor.ts'),
        '--queries', 'event', '--duration', '0.3', '--warmup', '0', '--connections', '1', '--samples', '2', '--json', '--out', out,
        '--neo4j-uri', config.NEO4J_URI!, '--neo4j-user', config.NEO4J_USER, '--neo4j-password', config.NEO4J_PASSWORD], { cwd: PROJECT_ROOT });
      const doc = JSON.parse(stdout.trim().split('\n').at(-1)!) as { articles: number; queries: Record<string, { cells: Record<string, { requests: number; errors: number }>; frameworkMs: number | null }> };
      expect(doc.articles).toBe(50);
      for (const name of ['http', 'apollo', 'raw', 'ours']) {
        expect(doc.queries['event']?.cells[name]?.requests, name).toBeGreaterThan(0);
        expect(doc.queries['event']?.cells[name]?.errors, name).toBe(0);
      }
      expect(doc.queries['event']?.frameworkMs).toEqual(expect.any(Number));
      expect(JSON.parse(readFileSync(join(out, 'floor-50.json'), 'utf8'))).toMatchObject({ articles: 50 });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
