// Loads the curated seed corpus (seed/articles + hand-written facts in seed/curated) through the one write path.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Database } from '../db/database.js';
import { PROJECT_ROOT } from '../db/paths.js';
import { ArticleFacts } from '../facts/schema.js';
import { readArticles } from '../ingest/readers/index.js';
import { writeArticle, type WriteResult } from '../store/write-article.js';
import { loadCypher } from '../db/cypher.js';

const Q = loadCypher(['store/count-articles']);

export const SEED_DIR = join(PROJECT_ROOT, 'seed');

/** Reads each curated facts file with its article text; fails with the file name on any invalid fact. */
export async function readSeed(dir = SEED_DIR): Promise<ArticleFacts[]> {
  const out: ArticleFacts[] = [];
  const curated = readdirSync(join(dir, 'curated')).filter((f) => f.endsWith('.json')).sort();
  for (const file of curated) {
    const textFile = join(dir, 'articles', `${basename(file, '.json')}.txt`);
    let parsed;
    for await (const r of readArticles(textFile)) {
      if (r.error || !r.article) throw new Error(`Seed article ${textFile}: ${r.error ?? 'unreadable'}`);
      parsed = r.article;
    }
    if (!parsed) throw new Error(`Seed article ${textFile} is missing`);
    const facts: unknown = JSON.parse(readFileSync(join(dir, 'curated', file), 'utf8'));
    const result = ArticleFacts.safeParse({ ...parsed, ...(facts as object), file: textFile, body: parsed.body, related: parsed.related });
    if (!result.success) {
      throw new Error(`Seed facts ${file} are invalid: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    out.push(result.data);
  }
  return out;
}

export async function loadSeed(db: Database, log: (l: string) => void = console.log): Promise<WriteResult[]> {
  const results: WriteResult[] = [];
  for (const facts of await readSeed()) {
    const r = await writeArticle(db, facts, 'curated');
    for (const w of r.warnings) log(`  warning (${basename(facts.file ?? '')}): ${w}`);
    results.push(r);
  }
  const count = (s: string) => results.filter((r) => r.status === s).length;
  log(`Seed: ${results.length} articles (${count('new')} new, ${count('updated')} updated, ${count('unchanged')} unchanged).`);
  return results;
}

export async function graphIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read<{ n: number }>(Q['store/count-articles']);
  return (row?.n ?? 0) === 0;
}
