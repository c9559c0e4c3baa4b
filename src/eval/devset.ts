// Loads a dev set: articles under <dir>/articles read by the readers, each paired with <dir>/gold/<basename>.json
// (<dir>/curated/ for the seed corpus).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ArticleFacts, type ParsedArticle } from '../facts/schema.js';
import { readArticles } from '../ingest/readers/index.js';

export interface DevItem {
  /** The gold file's name without .json: the article file's basename, "<name>.lineN" for a JSON Lines record. */
  id: string;
  file: string;
  article?: ParsedArticle;
  gold?: ArticleFacts;
  /** Why this item cannot be scored (unreadable article, missing or invalid gold). */
  error?: string;
}

/** "000_x.txt" -> "000_x"; "batch.jsonl#line3" -> "batch.line3". */
export function goldId(file: string): string {
  const [path = '', line] = file.split('#');
  const base = basename(path, extname(path));
  return line ? `${base}.${line}` : base;
}

async function readGold(path: string): Promise<{ gold?: ArticleFacts; error?: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { error: `no gold file ${path}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { error: `gold ${path} is not JSON: ${(e as Error).message}` };
  }
  const parsed = ArticleFacts.safeParse(json);
  if (!parsed.success) {
    return { error: `gold ${path} does not fit ArticleFacts: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  }
  return { gold: parsed.data };
}

/** The gold folder: <dir>/gold, or <dir>/curated for the seed corpus (its hand-checked facts are the gold). */
function goldDir(dir: string): string {
  return existsSync(join(dir, 'gold')) || !existsSync(join(dir, 'curated')) ? join(dir, 'gold') : join(dir, 'curated');
}

export async function loadDevset(dir: string): Promise<{ items: DevItem[]; orphans: string[] }> {
  const items: DevItem[] = [];
  const golds = goldDir(dir);
  for await (const result of readArticles(join(dir, 'articles'))) {
    const id = goldId(result.file);
    if (result.error !== undefined || !result.article) {
      items.push({ id, file: result.file, error: `article unreadable: ${result.error ?? 'no article'}` });
      continue;
    }
    const { gold, error } = await readGold(join(golds, `${id}.json`));
    items.push({ id, file: result.file, article: result.article, ...(gold ? { gold } : {}), ...(error ? { error } : {}) });
  }
  const known = new Set(items.map((i) => i.id));
  let goldFiles: string[] = [];
  try { goldFiles = await readdir(golds); } catch { /* no gold folder: every item reports its own */ }
  const orphans = goldFiles.filter((f) => f.endsWith('.json') && !known.has(f.slice(0, -'.json'.length))).sort();
  return { items, orphans };
}
