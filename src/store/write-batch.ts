// Bulk variant of the one write path: many new articles per transaction, planned by planArticle and written by
// UNWIND ... MERGE statements over the whole batch (the relations in parts of PART_ROWS rows). Articles already
// stored go through writeArticle.
import { loadCypher } from '../db/cypher.js';
import type { Database, Params, QueryRunner } from '../db/database.js';
import type { ArticleFacts } from '../facts/schema.js';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { searchFold } from '../extract/normalise.js';
import { resolveActors } from './resolve-actors.js';
import { planArticle, type ActorPlan, type EventPlan, type Provenance, type RelationPlan, type WritePlan } from './plan.js';
import { writeArticle } from './write-article.js';

const Q = loadCypher([
  // resolve-actors is run by resolve-actors.ts; listed here so the bench's timings name it.
  'store/find-articles', 'store/resolve-actors', 'store/upsert-articles', 'store/upsert-actors', 'store/upsert-events',
  'store/upsert-reforms', 'store/upsert-relations-batch', 'store/create-article-relations-batch', 'store/upsert-related-news',
]);

export interface BatchResult {
  written: number;
  unchanged: number;
  /** Stored before with other facts: written one by one by writeArticle (retract, then write). */
  rewritten: number;
  relations: number;
  warnings: number;
  /**
   * Milliseconds by phase (where a bulk load spends its time): find-articles and resolve-actors, run one after the
   * other; write, the statements sent back to back, until the last result; commit, the rest of the transaction.
   */
  ms: Record<string, number>;
}

/**
 * One actor per id across the batch; names seen in any article become aliases, search terms accumulate (in order of
 * first appearance). Sets while accumulating: a hub named in thousands of articles of a batch rebuilt its lists
 * once per article (2.3 s of Node's CPU over a 30k load, inside the transaction).
 */
function mergeActors(plans: WritePlan[]): ActorPlan[] {
  const byId = new Map<string, { actor: ActorPlan; aliases: Set<string>; searchTerms: Set<string> }>();
  for (const p of plans) {
    for (const a of p.actors) {
      const prev = byId.get(a.id);
      if (!prev) {
        byId.set(a.id, { actor: { ...a }, aliases: new Set(a.aliases), searchTerms: new Set(a.searchTerms) });
        continue;
      }
      // A person's Ukrainian spelling replaces one read back from Latin.
      if (!prev.actor.nameVerified && a.nameVerified) prev.actor = { ...prev.actor, name: a.name, nameKey: a.nameKey, nameVerified: true };
      for (const x of a.aliases) prev.aliases.add(x);
      if (a.name !== prev.actor.name && a.nameVerified) prev.aliases.add(a.name);
      for (const t of a.searchTerms) prev.searchTerms.add(t);
      prev.actor.nameEn ??= a.nameEn;
      prev.actor.oblast ??= a.oblast;
    }
  }
  return [...byId.values()].map(({ actor, aliases, searchTerms }) => ({ ...actor, aliases: [...aliases], searchTerms: [...searchTerms] }));
}

/** A runner that adds each statement's time to `ms`, keyed by the statement's file name. */
function timed(inner: QueryRunner, ms: Record<string, number>): QueryRunner {
  const names = new Map(Object.entries(Q).map(([k, v]) => [v, k.slice('store/'.length)]));
  const wrap = <T>(run: () => Promise<T[]>, cypher: string) => async () => {
    const t0 = performance.now();
    try {
      return await run();
    } finally {
      const k = names.get(cypher) ?? 'other';
      ms[k] = (ms[k] ?? 0) + performance.now() - t0;
    }
  };
  return {
    read: <T>(cypher: string, params?: Params) => wrap(() => inner.read<T>(cypher, params), cypher)(),
    write: <T>(cypher: string, params?: Params) => wrap(() => inner.write<T>(cypher, params), cypher)(),
  };
}

function uniqueBy<T extends { id: string }>(xs: T[]): T[] {
  const seen = new Map<string, T>();
  for (const x of xs) if (!seen.has(x.id)) seen.set(x.id, x);
  return [...seen.values()];
}

type Planned = WritePlan & { id: string; facts: ArticleFacts };

/** One relationship of a batch with the evidence of every article stating it. */
export interface GroupedRelation {
  type: string; fromId: string; toId: string; key: string;
  articleIds: string[]; sentences: string[]; quote: string | null;
  /** The highest of its statements' confidences. */
  confidence: number;
}

/**
 * Groups a batch's relation rows by relationship, in order of first appearance, keeping each (article, sentence)
 * once and the first quote, as row-by-row appends did; one row per relationship lets the statement rewrite each
 * evidence list once per batch.
 */
export function groupRelations(rows: (RelationPlan & { articleId: string })[]): GroupedRelation[] {
  const groups = new Map<string, GroupedRelation & { seen: Set<string> }>();
  for (const r of rows) {
    const id = [r.type, r.fromId, r.toId, r.key].join('\u0000');
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { type: r.type, fromId: r.fromId, toId: r.toId, key: r.key, articleIds: [], sentences: [], quote: null, confidence: 0, seen: new Set() }));
    g.quote ??= r.quote;
    g.confidence = Math.max(g.confidence, r.confidence);
    const pair = `${r.articleId}\u0000${r.sentence}`;
    if (g.seen.has(pair)) continue;
    g.seen.add(pair);
    g.articleIds.push(r.articleId);
    g.sentences.push(r.sentence);
  }
  return [...groups.values()].map(({ seen: _seen, ...g }) => g);
}

/** One row of a batch relations statement: [type, key, from, to, evidence, quote, confidence], ends and evidence by position. */
export type RelationRow = [type: string, key: string, from: number, to: number, evidence: number[], quote: string | null, confidence: number];

/** The parameters of one batch relations statement. */
export interface PackedRelations {
  /** Each node once: rows name their ends by position here. */
  nodeIds: string[];
  /** Each article once: evidence names its article by position here. */
  articleIds: string[];
  /** Each (article, sentence) once, as parallel lists: rows name their evidence by position here. */
  sentences: string[];
  sentenceArticles: number[];
  rows: RelationRow[];
}

/**
 * A batch's relations as the batch statements take them: every node, article and (article, sentence) sent once and
 * named by position, rows as lists rather than maps.
 * - The statements seek each node once, not twice a row: the ends repeat (an article's twenty facts, a ministry in
 *   hundreds of articles), and in a profile of the 100k load the two locking index seeks per row were 13% of the
 *   writing thread's time.
 * - Packing the parameters is synchronous work in the driver, and Neo4j waits for it: in a CPU profile of a 30k
 *   load it took 18 of Node's 75 busy seconds. A sentence is evidence of 2.3 relationships on average (the
 *   mention of each actor it names, the facts it states), each row repeated its article's id and seven map keys.
 */
export function packRelations(relations: GroupedRelation[]): PackedRelations {
  const out: PackedRelations = { nodeIds: [], articleIds: [], sentences: [], sentenceArticles: [], rows: [] };
  const nodes = new Map<string, number>();
  const articles = new Map<string, number>();
  const evidence = new Map<string, number>();
  const node = (id: string) => {
    let i = nodes.get(id);
    if (i === undefined) nodes.set(id, (i = out.nodeIds.push(id) - 1));
    return i;
  };
  for (const r of relations) {
    const ev = r.sentences.map((sentence, k) => {
      const articleId = r.articleIds[k]!;
      let a = articles.get(articleId);
      if (a === undefined) articles.set(articleId, (a = out.articleIds.push(articleId) - 1));
      const pair = `${a}\u0000${sentence}`;
      let e = evidence.get(pair);
      if (e === undefined) {
        evidence.set(pair, (e = out.sentences.push(sentence) - 1));
        out.sentenceArticles.push(a);
      }
      return e;
    });
    out.rows.push([r.type, r.key, node(r.fromId), node(r.toId), ev, r.quote, r.confidence]);
  }
  return out;
}

/** Rows per relations statement by default: the parts of a batch are sent back to back, so Neo4j runs one while the next is packed. */
const PART_ROWS = 10_000;

function parts<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

export interface PlannedBatch { provenance: Provenance; plans: Planned[] }

/** The CPU half: plans every article (one per id), so a caller can plan the next batch while one is written. */
export function planBatch(batch: ArticleFacts[], provenance: Provenance): PlannedBatch {
  return {
    provenance,
    plans: uniqueBy(batch.map((facts) => {
      const plan = planArticle(facts, provenance);
      return { ...plan, id: plan.article.id, facts };
    })),
  };
}

/** Writes a batch of articles in one transaction; returns counts. Unchanged articles are skipped. */
export async function writeArticlesBatch(db: Database, batch: ArticleFacts[], provenance: Provenance, partRows = PART_ROWS): Promise<BatchResult> {
  return writePlannedBatch(db, planBatch(batch, provenance), partRows);
}

/** The database half: one transaction; its statements grow with the batch only by relations parts of `partRows` rows. */
export async function writePlannedBatch(db: Database, { plans, provenance }: PlannedBatch, partRows = PART_ROWS): Promise<BatchResult> {
  const result: BatchResult = { written: 0, unchanged: 0, rewritten: 0, relations: 0, warnings: 0, ms: {} };
  const changed: ArticleFacts[] = [];
  const t0 = performance.now();
  await db.inWriteTransaction(async (inner) => {
    const tx = timed(inner, result.ms);
    const found = await tx.read<{ id: string; factsHash: string | null }>(Q['store/find-articles'], { ids: plans.map((p) => p.id) });
    const stored = new Map(found.map((f) => [f.id, f.factsHash]));
    const fresh = plans.filter((p) => {
      if (!stored.has(p.id)) return true;
      if (stored.get(p.id) === p.factsHash) result.unchanged++;
      else changed.push(p.facts);
      return false;
    });
    if (!fresh.length) return;
    const { map } = await resolveActors(tx, mergeActors(fresh));
    const to = (id: string) => map.get(id) ?? id;
    const actors = mergeActors(fresh.map((p) => ({ ...p, actors: p.actors.map((a) => ({ ...a, id: to(a.id) })) })));
    // The rest is sent back to back, without waiting for each result: the transaction runs the statements in order,
    // and Neo4j executes one while the driver packs the next.
    const sent = performance.now();
    const written: Promise<unknown>[] = [];
    written.push(inner.write(Q['store/upsert-articles'], {
      articles: fresh.map((p) => ({ article: p.article, factsHash: p.factsHash })), provenance,
    }));
    written.push(inner.write(Q['store/upsert-actors'], { actors }));
    written.push(inner.write(Q['store/upsert-events'], { events: uniqueBy<EventPlan>(fresh.flatMap((p) => p.events)) }));
    written.push(inner.write(Q['store/upsert-reforms'], { reforms: uniqueBy(fresh.flatMap((p) => p.reforms)) }));
    const relations = groupRelations(fresh.flatMap((p) =>
      p.relations.map((r) => ({ ...r, fromId: to(r.fromId), toId: to(r.toId), articleId: p.id }))));
    // Relationships from the batch's new articles cannot exist yet: created without MERGE's check (2/3 of the rows).
    const freshIds = new Set(fresh.map((p) => p.id));
    const extractor = provenance === 'extracted' ? EXTRACTOR_VERSION : null;
    const counts: Promise<{ added: number }[]>[] = [];
    for (const [statement, rows] of [
      ['store/create-article-relations-batch', relations.filter((r) => freshIds.has(r.fromId))],
      ['store/upsert-relations-batch', relations.filter((r) => !freshIds.has(r.fromId))],
    ] as const) {
      for (const part of parts(rows, partRows)) counts.push(inner.write<{ added: number }>(Q[statement], { ...packRelations(part), provenance, extractor }));
    }
    for (const p of fresh.filter((x) => x.related.length)) {
      written.push(inner.write(Q['store/upsert-related-news'], {
        related: p.related.map((t) => ({ ...t, searchText: searchFold(`${t.title} ${t.teaser ?? ''}`) })), lang: p.article.lang, articleId: p.id,
      }));
    }
    // Every statement settles before the transaction ends, so that a failure leaves no result unawaited.
    const settled = await Promise.allSettled([...counts, ...written]);
    const failed = settled.find((x): x is PromiseRejectedResult => x.status === 'rejected');
    if (failed) throw failed.reason;
    result.ms['write'] = performance.now() - sent;
    result.relations = (await Promise.all(counts)).reduce((n, [c]) => n + (c?.added ?? 0), 0);
    result.written = fresh.length;
    result.warnings = fresh.reduce((n, p) => n + p.warnings.length, 0);
  });
  // What the statements do not account for: opening and committing the transaction, and any time this process
  // spent meanwhile on other work (the bench plans its next batch while this one is written).
  result.ms['commit'] = performance.now() - t0 - Object.values(result.ms).reduce((a, b) => a + b, 0);
  for (const facts of changed) {
    await writeArticle(db, facts, provenance);
    result.rewritten++;
  }
  return result;
}
