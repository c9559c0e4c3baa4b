// Ingestion: read -> extract -> write, one transaction per article; failures are collected, the rest go in.
import { extractArticle } from '../extract/index.js';
import type { Database } from '../db/database.js';
import { readArticles } from './readers/index.js';
import { writeArticle, type WriteStatus } from '../store/write-article.js';

export interface IngestSummary {
  articles: Record<WriteStatus | 'failed', number>;
  actorsCreated: number;
  actorsMatched: number;
  relationsAdded: number;
  failures: { file: string; reason: string }[];
  warnings: { file: string; warning: string }[];
}

export type Progress = (done: number, file: string) => void;

export async function ingestPaths(db: Database, paths: string[], progress: Progress = () => {}): Promise<IngestSummary> {
  const s: IngestSummary = {
    articles: { new: 0, updated: 0, unchanged: 0, failed: 0 }, actorsCreated: 0, actorsMatched: 0, relationsAdded: 0, failures: [], warnings: [],
  };
  let done = 0;
  for (const path of paths) {
    for await (const item of readArticles(path)) {
      done++;
      if (item.error || !item.article) {
        s.articles.failed++;
        s.failures.push({ file: item.file, reason: item.error ?? 'unreadable' });
        progress(done, item.file);
        continue;
      }
      try {
        const facts = extractArticle(item.article);
        const r = await writeArticle(db, { ...facts, body: item.article.body, related: item.article.related, file: item.file }, 'extracted');
        s.articles[r.status]++;
        s.actorsCreated += r.actorsCreated;
        s.actorsMatched += r.actorsMatched;
        s.relationsAdded += r.relationsAdded;
        for (const w of r.warnings) s.warnings.push({ file: item.file, warning: w });
      } catch (e) {
        // The article's transaction rolled back: nothing of it is half-written.
        s.articles.failed++;
        s.failures.push({ file: item.file, reason: (e as Error).message });
      }
      progress(done, item.file);
    }
  }
  return s;
}
