// The result document of one run, its ratios, and the readable tables (terminal and Markdown).
import { cpus, totalmem, type } from 'node:os';
import type { LoadReport } from './corpus/load.js';
import type { Mismatch } from './run/equivalence.js';
import type { Cell } from './run/load-test.js';
import { IMPLS, QUERY_NAMES, type Impl, type QueryName } from './workload/queries.js';

export type Row = Record<Impl, Cell>;

export interface BenchResult {
  scale: string;
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; os: string; node: string; neo4j: string };
  corpus: { articles: number; seed: number; nodes: number; relationships: number; load: LoadReport | null };
  settings: { durationS: number; warmupS: number; prewarmS?: number; connections: number[]; samplesPerQuery: number };
  equivalence: { checked: number; mismatches: number; details: Mismatch[] };
  roundTrips: Partial<Record<QueryName, Record<Impl, number>>>;
  memoryMb: Record<Impl, { before: number | null; after: number | null }>;
  /** Every cell: connections -> query (or mix) -> implementation. */
  cells: Record<string, Partial<Record<QueryName | 'mix', Row>>>;
  /** At 8 connections (or the middle level measured). */
  queries: Partial<Record<QueryName, Row>>;
  mix: Row | null;
  ratios: { connections: number; mixRpsOursOverPeer: number | null; mixP99OursOverPeer: number | null; mixP50OursOverRaw: number | null; p50OursOverRaw: Partial<Record<QueryName | 'mix', number | null>> };
}

export function machine(): BenchResult['machine'] {
  const c = cpus();
  return { cpus: c.length, cpuModel: c[0]?.model ?? '?', memoryGb: Math.round(totalmem() / 2 ** 30), os: type(), node: process.version, neo4j: 'Community 5.26' };
}

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? Math.round((a / b) * 100) / 100 : null);

export function summarise(cells: BenchResult['cells'], levels: number[]): Pick<BenchResult, 'queries' | 'mix' | 'ratios'> {
  const at = levels.includes(8) ? 8 : (levels[Math.floor(levels.length / 2)] ?? 1);
  const level = cells[String(at)] ?? {};
  const { mix, ...queries } = level;
  const p50OursOverRaw: BenchResult['ratios']['p50OursOverRaw'] = {};
  for (const q of [...QUERY_NAMES, 'mix'] as const) {
    const row = level[q];
    if (row) p50OursOverRaw[q] = ratio(row.ours.p50, row.raw.p50);
  }
  return {
    queries, mix: mix ?? null,
    ratios: {
      connections: at,
      mixRpsOursOverPeer: ratio(mix?.ours.rps, mix?.peer.rps),
      mixP99OursOverPeer: ratio(mix?.ours.p99, mix?.peer.p99),
      mixP50OursOverRaw: ratio(mix?.ours.p50, mix?.raw.p50),
      p50OursOverRaw,
    },
  };
}

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '–' : String(x));

/** One Markdown table per connection level: rps / p50 / p99 (ms) for each implementation, and the ratios. */
export function markdown(r: BenchResult): string {
  const lines: string[] = [
    `Scale ${r.scale} (${r.corpus.articles} articles, ${r.corpus.nodes} nodes, ${r.corpus.relationships} relationships), ${r.date},`,
    `${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, Node ${r.machine.node}, Neo4j ${r.machine.neo4j};`,
    `${r.settings.durationS} s per cell after ${r.settings.warmupS} s warm-up${r.settings.prewarmS ? ` (and ${r.settings.prewarmS} s of each query on each implementation before the first cell)` : ''}. Equivalence: ${r.equivalence.checked - r.equivalence.mismatches}/${r.equivalence.checked} samples agree.`,
    r.corpus.load ? `Ingest: ${r.corpus.load.articles} articles in ${r.corpus.load.seconds} s (${r.corpus.load.articlesPerSecond} articles/s, batches of ${r.corpus.load.batchSize}).` : 'Ingest: corpus reused from an earlier load.',
    '',
  ];
  for (const [conns, level] of Object.entries(r.cells)) {
    lines.push(`**${conns} connection${conns === '1' ? '' : 's'}** (rps / p50 ms / p99 ms)`, '',
      '| query | ours | @neo4j/graphql | raw driver | ours/peer rps | ours/raw p50 |', '|---|---|---|---|---|---|');
    for (const q of [...QUERY_NAMES, 'mix'] as const) {
      const row = level[q];
      if (!row) continue;
      const cell = (c: Cell) => `${c.rps} / ${c.p50} / ${c.p99}${c.errors ? ` (${c.errors} err)` : ''}`;
      lines.push(`| ${q} | ${cell(row.ours)} | ${cell(row.peer)} | ${cell(row.raw)} | ${fmt(ratio(row.ours.rps, row.peer.rps))} | ${fmt(ratio(row.ours.p50, row.raw.p50))} |`);
    }
    lines.push('');
  }
  const cpuLevel = r.cells[String(r.ratios.connections)];
  if (cpuLevel && Object.values(cpuLevel).some((row) => row?.ours.serverCpuMs != null)) {
    lines.push(`**CPU per request at ${r.ratios.connections} connections** (ms: server process + Neo4j)`, '', '| query | ours | @neo4j/graphql | raw driver |', '|---|---|---|---|');
    const cpu = (c: Cell) => `${fmt(c.serverCpuMs)} + ${fmt(c.neo4jCpuMs)}`;
    for (const q of [...QUERY_NAMES, 'mix'] as const) {
      const row = cpuLevel[q];
      if (row) lines.push(`| ${q} | ${cpu(row.ours)} | ${cpu(row.peer)} | ${cpu(row.raw)} |`);
    }
    lines.push('');
  }
  lines.push('| round trips per operation | ' + QUERY_NAMES.join(' | ') + ' |', '|---|' + QUERY_NAMES.map(() => '---').join('|') + '|');
  for (const impl of IMPLS) lines.push(`| ${impl} | ${QUERY_NAMES.map((q) => fmt(r.roundTrips[q]?.[impl])).join(' | ')} |`);
  lines.push('', '| server RSS (MB) | before | after |', '|---|---|---|');
  for (const impl of IMPLS) lines.push(`| ${impl} | ${fmt(r.memoryMb[impl].before)} | ${fmt(r.memoryMb[impl].after)} |`);
  const x = r.ratios;
  lines.push('', `Ratios at ${x.connections} connections: mix rps ours/peer ${fmt(x.mixRpsOursOverPeer)}, mix p99 ours/peer ${fmt(x.mixP99OursOverPeer)}, mix p50 ours/raw ${fmt(x.mixP50OursOverRaw)}.`);
  return lines.join('\n') + '\n';
}
