// Bad input to ingestion, end to end on the real Neo4j: each bad file is reported with its reason, the good ones go
// in, and an article whose write fails midway leaves nothing behind.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, QueryRunner } from '../../src/db/database.js';
import { ingestOne, ingestPaths } from '../../src/ingest/pipeline.js';
import { parseArticle } from '../../src/ingest/readers/index.js';
import { countNodes, resetGraph, runCli, testDatabase } from './helpers.js';

const GOOD_TEXT = `Криничанська громада відкрила ЦНАП

Криничанська громада Дніпропетровської області відкрила новий ЦНАП. Голова громади Тарас Бондаренко зазначив, що центр надаватиме понад 200 послуг.
`;
const GOOD_JSON = JSON.stringify({
  url: 'https://example.org/forum-hromad', title: 'Форум громад у Львові', publishedAt: '2024-05-01', lang: 'uk', source: 'example.org',
  body: 'Міністр розвитку громад та територій Олексій Кулеба взяв участь у форумі громад у Львові. «Громади мають отримати більше повноважень», – сказав Олексій Кулеба.',
});

let db: Database;
let dir: string;

async function articleCount(): Promise<number> {
  const [row] = await db.read<{ n: number }>('MATCH (a:Article) WHERE a.body IS NOT NULL RETURN count(a) AS n');
  return row?.n ?? 0;
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  dir = mkdtempSync(join(tmpdir(), 'hromada-bad-'));
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
  writeFileSync(join(dir, 'a-binary.txt'), binary);
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-huge.txt'), 'Громада отримала нове обладнання для ЦНАП. '.repeat(650_000)); // about 50 MB
  writeFileSync(join(dir, 'd-broken.html'), '<html><head><title>Новини</title></head><body><div class="menu"><a href="/">Головна</a><div><span>');
  writeFileSync(join(dir, 'e-feed.jsonl'), `${GOOD_JSON}\n{"url": "https://example.org/b", "title": broken\n`);
  writeFileSync(join(dir, 'f-good.txt'), GOOD_TEXT);
  writeFileSync(join(dir, 'g-latin1.txt'), Buffer.from('Caf\xe9 \xe0 Kyiv, the hromada council met on Monday.', 'latin1'));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.close();
});

describe('ingesting a folder with bad files', () => {
  it('reports each bad file with its reason and ingests the rest', async () => {
    const s = await ingestPaths(db, [dir]);
    const reasons = Object.fromEntries(s.failures.map((f) => [f.file.slice(dir.length + 1), f.reason]));
    expect(reasons).toEqual({
      'a-binary.txt': expect.stringMatching(/binary/),
      'b-empty.txt': expect.stringMatching(/empty/),
      'c-huge.txt': expect.stringMatching(/too large/),
      'd-broken.html': expect.stringMatching(/no main text/),
      'e-feed.jsonl#line2': expect.stringMatching(/invalid JSON/),
      'g-latin1.txt': expect.stringMatching(/UTF-8/),
    });
    expect(s.articles).toEqual({ new: 2, updated: 0, unchanged: 0, failed: 6 });
    expect(await articleCount()).toBe(2);
  });

  it('leaves nothing of an article whose write fails midway', async () => {
    const before = await countNodes(db);
    // The real transaction, failing on its fourth statement (after the article and its actors were written).
    let statements = 0;
    const failing = (tx: QueryRunner): QueryRunner => ({
      read: (q, p) => tx.read(q, p),
      write: (q, p) => (++statements === 4 ? Promise.reject(new Error('connection lost')) : tx.write(q, p)),
    });
    const faulty = { inWriteTransaction: <T>(work: (tx: QueryRunner) => Promise<T>) => db.inWriteTransaction((tx) => work(failing(tx))) } as unknown as Database;
    const read = parseArticle(GOOD_TEXT.replace('Криничанська', 'Новоолександрівська').replace('Криничанська', 'Новоолександрівська'), 'new.txt');
    const outcome = await ingestOne(faulty, read);
    expect(outcome.reason).toBe('connection lost');
    expect(statements).toBe(4);
    expect(await countNodes(db)).toBe(before);
    // The same article goes in whole once the fault is gone.
    expect((await ingestOne(db, read)).result?.status).toBe('new');
    expect(await countNodes(db)).toBeGreaterThan(before);
  });
});

describe('npm run ingest', () => {
  const cli = (args: string[]) => runCli('ingest', args);

  it('prints a summary, lists failures with reasons and exits 1 when any failed', async () => {
    const r = await cli([dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Articles: 0 new, 0 updated, 2 unchanged, 6 failed/);
    expect(r.stdout).toMatch(/Actors: \d+ created, \d+ matched\. Relations added: 0\./);
    expect(r.stderr).toMatch(/FAILED .*c-huge\.txt: file too large/);
    expect(r.stderr).toMatch(/FAILED .*e-feed\.jsonl#line2: invalid JSON/);
  });

  it('exits 0 when every article went in, and says what to do when given nothing', async () => {
    const good = await cli([join(dir, 'f-good.txt')]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/Articles: 0 new, 0 updated, 1 unchanged, 0 failed/);
    const usage = await cli([]);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/Usage: npm run ingest -- <file or folder>/);
  });
});
