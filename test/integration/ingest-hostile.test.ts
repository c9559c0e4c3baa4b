// Hostile input end to end on the real Neo4j (issue 17, findings 4 and 5): each gives its clear error and leaves the
// graph as it was; the ingest command refuses what is not a regular file at once, follows symlinks only within the
// folders it was given and reports the others, and two concurrent runs each count only what they wrote.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApollo } from '../../src/apollo.js';
import { createContext, type Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { resetGraph, runCli, testConfig, testDatabase } from './helpers.js';

const ARTICLE = (place: string): string => `${place} громада відкрила ЦНАП

${place} громада Дніпропетровської області відкрила новий ЦНАП. Голова громади Тарас Бондаренко зазначив, що центр надаватиме понад 200 послуг.
`;

const config = testConfig();
let db: Database;
let apollo: ApolloServer<Context>;
let base: string;

/** Every node and relationship, as sorted text: two graphs are equal when their fingerprints are. */
async function fingerprint(): Promise<string> {
  const nodes = await db.read<{ n: string }>('MATCH (n) RETURN coalesce(n.id, elementId(n)) + " " + reduce(s = "", l IN labels(n) | s + ":" + l) AS n');
  const rels = await db.read<{ r: string }>('MATCH (a)-[r]->(b) RETURN a.id + " -" + type(r) + "-> " + b.id + " " + size(coalesce(r.evArticles, [])) AS r');
  return [...nodes.map((x) => x.n).sort(), ...rels.map((x) => x.r).sort()].join('\n');
}

async function operation(query: string, variables: Record<string, unknown> = {}): Promise<{ code: unknown; message: string }[]> {
  const res = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db, config, 'Bearer test-key') });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return (res.body.singleResult.errors ?? []).map((e) => ({ code: e.extensions?.['code'], message: e.message }));
}

beforeAll(async () => {
  db = testDatabase(config);
  await resetGraph(db);
  apollo = createApollo(config);
  await apollo.start();
  base = mkdtempSync(join(tmpdir(), 'hromada-hostile-'));
});

afterAll(async () => {
  rmSync(base, { recursive: true, force: true });
  await apollo?.stop();
  await db?.close();
});

describe('hostile arguments', () => {
  it('answers BAD_USER_INPUT for impossible dates, a cursor past any list and text with no words, and writes nothing', async () => {
    await ingestPaths(db, [join(PROJECT_ROOT, 'seed', 'articles')]);
    const before = await fingerprint();
    for (const d of ['2023-13-45', '2023-02-30', '0000']) {
      const errors = await operation('query($d: Date) { events(from: $d) { totalCount } articles(to: $d) { totalCount } }', { d });
      expect(errors, d).toEqual([{ code: 'BAD_USER_INPUT', message: expect.stringMatching(/YYYY, YYYY-MM or YYYY-MM-DD/) }]);
    }
    const after = Buffer.from('o:9999999999999999999').toString('base64url');
    for (const field of ['events', 'articles', 'statements']) {
      const errors = await operation(`query($a: String) { ${field}(after: $a) { totalCount } }`, { a: after });
      expect(errors, field).toEqual([{ code: 'BAD_USER_INPUT', message: expect.stringMatching(/after: cursor out of range/) }]);
    }
    for (const content of ['\ud800', '\udfff\ud800 \ud83d']) {
      const errors = await operation('mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status } }', { i: { content } });
      expect(errors).toEqual([{ code: 'BAD_USER_INPUT', message: expect.stringMatching(/content: no text .*well-formed Unicode/) }]);
    }
    expect(await fingerprint()).toBe(before);
  });
});

describe('npm run ingest on hostile paths', () => {
  it('refuses a FIFO argument at once and goes on with the others', async () => {
    const fifo = join(base, 'feed.jsonl');
    execFileSync('mkfifo', [fifo]);
    const good = join(base, 'good.txt');
    writeFileSync(good, ARTICLE('Криничанська'));
    const started = Date.now();
    const r = await Promise.race([
      runCli('ingest', [fifo, good]),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the ingest still waits on the FIFO after 30 s')), 30_000)),
    ]);
    expect(r.stderr).toMatch(/FAILED .*feed\.jsonl: not a regular file \(a FIFO\): only regular files are read/);
    expect(r.stdout).toMatch(/Articles: 1 new, 0 updated, 0 unchanged, 1 failed, 0 skipped/);
    expect(r.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('follows symlinks within the given folders and reports every other one, /dev/zero included', async () => {
    const folder = join(base, 'folder');
    const kept = join(base, 'kept');
    const elsewhere = join(base, 'elsewhere');
    for (const d of [folder, kept, elsewhere]) mkdirSync(d);
    writeFileSync(join(folder, 'a.txt'), ARTICLE('Зеленодольська'));
    writeFileSync(join(kept, 'b.txt'), ARTICLE('Лозуватська'));
    writeFileSync(join(elsewhere, 'c.txt'), ARTICLE('Софіївська'));
    symlinkSync(join(kept, 'b.txt'), join(folder, 'linked.txt'));
    symlinkSync(join(elsewhere, 'c.txt'), join(folder, 'outside.txt'));
    symlinkSync('/dev/zero', join(folder, 'zero.txt'));
    const before = await fingerprint();
    const r = await runCli('ingest', [folder, kept]);
    expect(r.stdout).toMatch(/Articles: 2 new, 0 updated, 0 unchanged, 2 failed, 1 skipped/);
    expect(r.stdout).toMatch(/skipped .*kept\/b\.txt: the same file as .*folder\/linked\.txt, read once/);
    expect(r.stderr).toMatch(/FAILED .*folder\/outside\.txt: symlink to .*elsewhere\/c\.txt, outside the given folders: not followed/);
    expect(r.stderr).toMatch(/FAILED .*folder\/zero\.txt: symlink to \/dev\/zero, outside the given folders: not followed/);
    expect(r.code).toBe(1);
    expect(await fingerprint()).not.toBe(before);
    // A device named on the command line is refused before a byte of it is read.
    const zero = await runCli('ingest', [join(folder, 'zero.txt')]);
    expect(zero.stderr).toMatch(/FAILED .*zero\.txt: not a regular file \(a character device\)/);
  });
});

describe('two concurrent ingests of one folder', () => {
  it('each counts only what it wrote: every article is new once', async () => {
    await resetGraph(db);
    const folder = join(base, 'concurrent');
    mkdirSync(folder);
    const devset = join(PROJECT_ROOT, 'test', 'devset', 'articles');
    const files = readdirSync(devset).filter((f) => f.endsWith('.txt')).sort().slice(0, 30);
    for (const f of files) copyFileSync(join(devset, f), join(folder, f));
    const other = testDatabase(config);
    try {
      const [a, b] = await Promise.all([ingestPaths(db, [folder]), ingestPaths(other, [folder])]);
      for (const s of [a, b]) {
        expect(s.failures).toEqual([]);
        expect(s.articles.new + s.articles.updated + s.articles.unchanged).toBe(files.length);
      }
      expect(a.articles.new + b.articles.new).toBe(files.length);
      expect(a.articles.updated + b.articles.updated).toBe(0);
    } finally {
      await other.close();
    }
    const [row] = await db.read<{ n: number }>('MATCH (a:Article) WHERE a.body IS NOT NULL RETURN count(a) AS n');
    expect(row?.n).toBe(files.length);
  });
});
