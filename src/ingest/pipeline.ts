// Ingestion: read -> extract -> write, one transaction per article; failures are collected, the rest go in.
import { extractArticle } from '../extract/index.js';
import type { Database } from '../db/database.js';
import { readArticles, type ReadResult } from './readers/index.js';
import { writeArticle, type AmbiguousMatch, type WriteResult, type WriteStatus } from '../store/write-article.js';

export interface IngestSummary {
  articles: Record<WriteStatus | 'failed', number>;
  actorsCreated: number;
  actorsMatched: number;
  relationsAdded: number;
  failures: { file: string; reason: string }[];
  /** Paths passed over on purpose, with the reason (a file or folder already read under another path). */
  skipped: { file: string; reason: string }[];
  ambiguous: (AmbiguousMatch & { file: string })[];
  warnings: { file: string; warning: string }[];
}

/** What became of one article: written (with what it added), or refused with the reason. */
export type ArticleOutcome = { file: string; result: WriteResult; reason?: undefined } | { file: string; reason: string; result?: undefined };

export type Progress = (done: number, file: string) => void;

/**
 * Extracts and writes one article that was read (or reports why it was not). The same step serves the CLI and the
 * ingestArticle mutation. A failed write rolls its transaction back: nothing of the article is half-written.
 */
export async function ingestOne(db: Database, item: ReadResult): Promise<ArticleOutcome> {
  if (item.error !== undefined || !item.article) return { file: item.file, reason: item.error ?? item.skipped ?? 'unreadable' };
  try {
    const facts = extractArticle(item.article);
    const result = await writeArticle(db, { ...facts, body: item.article.body, related: item.article.related, file: item.file }, 'extracted');
    if (item.warnings?.length) result.warnings.unshift(...item.warnings);
    return { file: item.file, result };
  } catch (e) {
    return { file: item.file, reason: e instanceof Error ? e.message : String(e) };
  }
}

export function emptySummary(): IngestSummary {
  return {
    articles: { new: 0, updated: 0, unchanged: 0, failed: 0 }, actorsCreated: 0, actorsMatched: 0, relationsAdded: 0,
    failures: [], skipped: [], ambiguous: [], warnings: [],
  };
}

export function addOutcome(s: IngestSummary, o: ArticleOutcome): void {
  if (!o.result) {
    s.articles.failed++;
    s.failures.push({ file: o.file, reason: o.reason });
    return;
  }
  const r = o.result;
  s.articles[r.status]++;
  s.actorsCreated += r.actorsCreated;
  s.actorsMatched += r.actorsMatched;
  s.relationsAdded += r.relationsAdded;
  for (const a of r.ambiguous) s.ambiguous.push({ file: o.file, ...a });
  for (const w of r.warnings) s.warnings.push({ file: o.file, warning: w });
}

/** Ingests every article under the paths (one walk over all of them: see readArticles) and sums up the run. */
export async function ingestPaths(db: Database, paths: readonly string[], progress: Progress = () => {}): Promise<IngestSummary> {
  const s = emptySummary();
  let done = 0;
  for await (const item of readArticles(paths)) {
    if (item.skipped !== undefined) s.skipped.push({ file: item.file, reason: item.skipped });
    else addOutcome(s, await ingestOne(db, item));
    progress(++done, item.file);
  }
  return s;
}
