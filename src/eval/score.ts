// Counts true/false positives per row (entity kinds, relation types) and turns counts into precision, recall and F1.
import { RELATION_TYPES, type ArticleFacts } from '../facts/schema.js';
import { matchEntities, type EntityKind } from './entities.js';
import { goldRelationKeys, predictedRelationKeys } from './relations.js';

/** Rows of the report: entity columns first, then one per relation type. */
export const ROWS = [
  'persons', 'organizations', 'organizations+kind', 'events', 'events (name only)', 'projects', 'reforms',
  ...RELATION_TYPES,
] as const;
export type Row = (typeof ROWS)[number];

const ENTITY_ROWS: ReadonlyArray<[Row, EntityKind, (d: ArticleFacts) => readonly unknown[]]> = [
  ['persons', 'person', (d) => d.persons],
  ['organizations', 'organization', (d) => d.organizations],
  ['organizations+kind', 'organizationStrict', (d) => d.organizations],
  ['events', 'event', (d) => d.events],
  ['events (name only)', 'eventName', (d) => d.events],
  ['projects', 'project', (d) => d.projects],
  ['reforms', 'reform', (d) => d.reforms],
];

export interface Counts { tp: number; fp: number; fn: number }
export interface Prf { precision: number | null; recall: number | null; f1: number | null }

export interface ArticleScore {
  file: string;
  counts: Record<Row, Counts>;
  /** What was missed and what was wrong, for reading the errors. */
  missed: string[];
  spurious: string[];
  /** Predicted relations by type and stated confidence ("SPOKE_AT 0.9"): how many, and how many right. */
  calibration: Record<string, { predicted: number; correct: number }>;
}

export const emptyCounts = (): Record<Row, Counts> =>
  Object.fromEntries(ROWS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])) as Record<Row, Counts>;

/**
 * Precision and recall are undefined (null) when their denominator is 0. F1 is 0 when one side has items and
 * the other none, and null only when there is nothing on either side.
 */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  if (precision === null && recall === null) return { precision, recall, f1: null };
  if (precision === null || recall === null) return { precision, recall, f1: 0 };
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const labelOf = (item: unknown): string => {
  if (typeof item === 'string') return item;
  const e = item as { name: string; startDate?: string | null; kind?: string };
  return e.startDate !== undefined ? `${e.name} @${e.startDate ?? '?'}` : e.kind ? `${e.name} [${e.kind}]` : e.name;
};

export function scoreArticle(file: string, gold: ArticleFacts, pred: ArticleFacts): ArticleScore {
  const counts = emptyCounts();
  const missed: string[] = [];
  const spurious: string[] = [];
  const matchings = matchEntities(gold, pred);
  for (const [row, kind, list] of ENTITY_ROWS) {
    const m = matchings[kind];
    const tp = m.pairs.size;
    counts[row] = { tp, fp: m.predCount - tp, fn: m.goldCount - tp };
    if (row === 'events (name only)' || row === 'organizations+kind') continue; // details are shown once per kind
    const matchedGold = new Set(m.pairs.values());
    list(gold).forEach((g, i) => { if (!matchedGold.has(i)) missed.push(`${row}: ${labelOf(g)}`); });
    list(pred).forEach((p, i) => { if (!m.pairs.has(i)) spurious.push(`${row}: ${labelOf(p)}`); });
  }
  const goldRel = goldRelationKeys(gold);
  const predRel = predictedRelationKeys(gold, pred, matchings);
  const goldKeys = new Set(goldRel.map((r) => r.key));
  const predKeys = new Set(predRel.map((r) => r.key));
  const confidenceOf = new Map(pred.relations.map((r) => [`${r.type} ${r.from} → ${r.to}`, r.confidence ?? null]));
  const calibration: ArticleScore['calibration'] = {};
  for (const r of predRel) {
    const right = goldKeys.has(r.key);
    if (right) counts[r.type].tp += 1;
    else { counts[r.type].fp += 1; spurious.push(r.label); }
    const bucket = `${r.type} ${confidenceOf.get(r.label) ?? 'unrated'}`;
    const c = (calibration[bucket] ??= { predicted: 0, correct: 0 });
    c.predicted += 1;
    if (right) c.correct += 1;
  }
  for (const r of goldRel) {
    if (!predKeys.has(r.key)) { counts[r.type].fn += 1; missed.push(r.label); }
  }
  return { file, counts, missed, spurious, calibration };
}

/** Calibration summed over articles: per type and stated confidence, the share of predictions that were right. */
export function sumCalibration(scores: readonly Pick<ArticleScore, 'calibration'>[]): { bucket: string; predicted: number; correct: number; precision: number }[] {
  const total = new Map<string, { predicted: number; correct: number }>();
  for (const s of scores) {
    for (const [bucket, c] of Object.entries(s.calibration)) {
      const t = total.get(bucket) ?? { predicted: 0, correct: 0 };
      total.set(bucket, { predicted: t.predicted + c.predicted, correct: t.correct + c.correct });
    }
  }
  return [...total].sort(([a], [b]) => a.localeCompare(b)).map(([bucket, c]) => ({ bucket, ...c, precision: c.correct / c.predicted }));
}

/** Micro-average: counts summed over articles before the ratios are taken. */
export function sumCounts(scores: readonly { counts: Record<Row, Counts> }[]): Record<Row, Counts> {
  const total = emptyCounts();
  for (const s of scores) {
    for (const row of ROWS) {
      total[row].tp += s.counts[row].tp;
      total[row].fp += s.counts[row].fp;
      total[row].fn += s.counts[row].fn;
    }
  }
  return total;
}

export const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/** Totals: persons+organisations+events, all relation types, and both together. */
export function totals(counts: Record<Row, Counts>): Record<'entities' | 'relations' | 'all', Counts> {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const entities = (['persons', 'organizations', 'events'] as const).map((r) => counts[r]).reduce(add, zero);
  const relations = RELATION_TYPES.map((r) => counts[r]).reduce(add, zero);
  return { entities, relations, all: add(entities, relations) };
}
