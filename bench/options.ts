// Command-line options of the bench, validated with zod: scale, output, durations, concurrency, Neo4j target.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { QUERY_NAMES, type QueryName } from './workload/queries.js';

const MEASURABLE = [...QUERY_NAMES, 'mix'] as const;

const SCALES: Record<string, number> = { '1k': 1_000, '10k': 10_000, '100k': 100_000 };

export const Options = z.object({
  scale: z.string().regex(/^(\d+k?|\d+)$/, 'a scale such as 1k, 10k, 100k or a number of articles'),
  json: z.boolean().default(false),
  seed: z.coerce.number().int().default(1),
  duration: z.coerce.number().positive().max(600).default(5),
  warmup: z.coerce.number().min(0).max(60).default(1.5),
  /** Seconds each implementation runs each query before any cell is measured: Neo4j's JIT compiles hot code over
   * tens of seconds, and without this whichever implementation is measured first pays for it. */
  prewarm: z.coerce.number().min(0).max(120).default(2),
  connections: z.string().default('1,8,32').transform((s, ctx) => {
    const xs = s.split(',').map(Number);
    if (!xs.every((x) => Number.isInteger(x) && x > 0 && x <= 1000)) ctx.addIssue({ code: 'custom', message: 'comma-separated integers' });
    return xs;
  }),
  /** Articles per bulk-load transaction. A much-cited fact's evidence lists are rewritten once per batch that cites
   * it, so larger batches rewrite less; past 5,000 the transactions themselves grow slower (100k: 1,000 → 435 s,
   * 3,000 → 321 s, 5,000 → 300 s, 10,000 → 324 s). */
  batch: z.coerce.number().int().min(1).max(20_000).default(5000),
  samples: z.coerce.number().int().min(1).max(500).default(20),
  reload: z.boolean().default(false),
  out: z.string().default('bench/results'),
  boltPort: z.coerce.number().int().default(7697),
  heap: z.string().regex(/^\d+[mg]$/).default('4g'),
  pageCache: z.string().regex(/^\d+[mg]$/).default('4g'),
  /** An existing Neo4j instead of the bench's own (the smoke test): it is cleared and loaded. */
  neo4jUri: z.string().optional(),
  neo4jUser: z.string().default('neo4j'),
  neo4jPassword: z.string().optional(),
  keepNeo4j: z.boolean().default(false),
  /** Load, check equivalence and count round trips; measure nothing. */
  checkOnly: z.boolean().default(false),
  /** Measure only these queries (comma-separated; the mix is measured when "mix" is listed or no filter is given). */
  queries: z.string().optional().transform((s, ctx) => {
    if (!s) return null;
    const xs = s.split(',').map((x) => x.trim()).filter(Boolean);
    const bad = xs.filter((x) => !(MEASURABLE as readonly string[]).includes(x));
    if (bad.length) ctx.addIssue({ code: 'custom', message: `unknown ${bad.join(', ')}; choose from ${MEASURABLE.join(', ')}` });
    return xs as (QueryName | 'mix')[];
  }),
});
export type Options = z.infer<typeof Options>;

export function articlesOf(scale: string): number {
  return SCALES[scale] ?? (scale.endsWith('k') ? Number(scale.slice(0, -1)) * 1000 : Number(scale));
}

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1k' }, json: { type: 'boolean' }, seed: { type: 'string' }, duration: { type: 'string' },
      warmup: { type: 'string' }, prewarm: { type: 'string' }, connections: { type: 'string' }, batch: { type: 'string' }, samples: { type: 'string' },
      reload: { type: 'boolean' }, out: { type: 'string' }, 'bolt-port': { type: 'string' }, heap: { type: 'string' },
      'page-cache': { type: 'string' }, 'neo4j-uri': { type: 'string' }, 'neo4j-user': { type: 'string' },
      'neo4j-password': { type: 'string' }, 'keep-neo4j': { type: 'boolean' },
      'check-only': { type: 'boolean' }, queries: { type: 'string' },
    },
  });
  const r = Options.safeParse({
    ...values, boltPort: values['bolt-port'], pageCache: values['page-cache'], neo4jUri: values['neo4j-uri'],
    neo4jUser: values['neo4j-user'], neo4jPassword: values['neo4j-password'], keepNeo4j: values['keep-neo4j'], checkOnly: values['check-only'],
  });
  if (!r.success) throw new Error(`Invalid options: ${r.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}
