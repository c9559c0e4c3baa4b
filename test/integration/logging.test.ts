// The logs of a production server over HTTP against the real Neo4j: every write says who made it (the key's name,
// never the key) and how much it wrote; INGEST_FAILED keeps its code and message; an unexpected error is masked
// but keeps its path, and is logged with its stack; the ingest CLI's run summary is a JSON line on stderr.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadCypher } from '../../src/db/cypher.js';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { createLogger, useLogger, type Logger } from '../../src/log.js';
import { cliEnv, gql, resetGraph, testConfig, testDatabase, TSX } from './helpers.js';

const SECRET = 'prod-secret-key-7f3a9c';
const KEY = { authorization: `Bearer ${SECRET}` };

const ARTICLE = (name: string) => `Форум громад Полтавщини обговорив бюджетну децентралізацію

15 травня 2024 року в Полтаві відбувся форум громад Полтавщини. Заступник міністра розвитку громад та територій ${name} наголосив, що громади мають отримати стабільні джерела доходів. «Бюджетна децентралізація залишається основою реформи», – сказав ${name}.
`;

const INGEST = 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { status relationsAdded article { id } } }';

const logged = { lines: [] as Record<string, any>[], raw: '' };
let previous: Logger | undefined;
let app: App;

beforeAll(async () => {
  const db = testDatabase();
  await resetGraph(db);
  await db.close();
  const destination = { write: (line: string) => { logged.raw += line; logged.lines.push(JSON.parse(line) as Record<string, any>); } };
  previous = useLogger(createLogger({ LOG_LEVEL: 'info' }, destination));
  app = await startApp(testConfig({ NODE_ENV: 'production', SEED_ON_START: 'false', API_KEYS: `ops:${SECRET}` }), () => {});
});

afterAll(async () => {
  await app?.stop();
  useLogger(previous);
});

beforeEach(() => {
  logged.lines = [];
  logged.raw = '';
});
afterEach(() => { vi.restoreAllMocks(); });

const linesWith = (msg: string) => logged.lines.filter((l) => l['msg'] === msg);

describe('writes over HTTP', () => {
  it('say who wrote (the key name), what and how much; the request line says the operation and the key name', async () => {
    const res = await gql(app.url, INGEST, { input: { content: ARTICLE('Олексій Рябикін'), url: 'https://example.org/forum-1' } }, KEY);
    expect(res.errors).toBeUndefined();
    const r = res.data!.ingestArticle;
    expect(linesWith('write')).toEqual([expect.objectContaining({
      level: 30, write: 'ingestArticle', by: 'key:ops', articleId: r.article.id, url: 'https://example.org/forum-1', status: 'new', relationsAdded: r.relationsAdded,
    })]);
    expect(r.relationsAdded).toBeGreaterThan(0);
    expect(linesWith('request')).toEqual([expect.objectContaining({ operation: 'Ingest', type: 'mutation', status: 200, errors: 0, keyName: 'ops' })]);
    // Neither the key nor the variables (the article's text) are in the logs.
    expect(logged.raw).not.toContain(SECRET);
    expect(logged.raw).not.toContain('Рябикін');
  });

  it('log a merge and its undo with the relationships they moved', async () => {
    await gql(app.url, INGEST, { input: { content: ARTICLE('Остап Мельничук'), url: 'https://example.org/forum-2' } }, KEY);
    const people = (await app.conn.db.read<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY id')).map((p) => p.id);
    expect(people).toHaveLength(2);
    const [from, into] = people as [string, string];
    const merged = await gql(app.url, 'mutation M($from: ID!, $into: ID!) { mergeActors(from: $from, into: $into) { mergeId relationshipsMoved } }', { from, into }, KEY);
    const { mergeId, relationshipsMoved } = merged.data!.mergeActors;
    expect(relationshipsMoved).toBeGreaterThan(0);
    const undone = await gql(app.url, 'mutation U($id: ID!) { unmergeActor(mergeId: $id) { relationshipsRestored } }', { id: mergeId }, KEY);
    expect(linesWith('write').slice(-2)).toEqual([
      expect.objectContaining({ write: 'mergeActors', by: 'key:ops', from, into, mergeId, relationshipsMoved }),
      expect.objectContaining({ write: 'unmergeActor', by: 'key:ops', mergeId, restored: from, survivor: into, relationshipsRestored: undone.data!.unmergeActor.relationshipsRestored }),
    ]);
    // A merge refused is logged too, with its reason.
    const refused = await gql(app.url, 'mutation M($from: ID!, $into: ID!) { mergeActors(from: $from, into: $into) { mergeId } }', { from, into: from }, KEY);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(linesWith('write failed').at(-1)).toMatchObject({ level: 40, write: 'mergeActors', by: 'key:ops', from, into: from, reason: refused.errors![0]!.message });
  });
});

describe('production masking', () => {
  it('keeps INGEST_FAILED with its message and path', async () => {
    vi.spyOn(app.conn.db, 'inWriteTransaction').mockRejectedValue(new Error('the disk is full'));
    const res = await gql(app.url, INGEST, { input: { content: ARTICLE('Назар Гнатюк'), url: 'https://example.org/forum-3' } }, KEY);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['ingestArticle'], extensions: { code: 'INGEST_FAILED' } });
    expect(res.errors![0]!.message).toMatch(/^The article was not written \(nothing of it was kept\): the disk is full/);
    expect(linesWith('write failed')).toEqual([expect.objectContaining({ write: 'ingestArticle', by: 'key:ops', reason: 'the disk is full' })]);
    expect(linesWith('unexpected error')).toEqual([]);
  });

  it('masks an unexpected error but keeps its path, and logs it with its stack, operation and path', async () => {
    const getNodes = loadCypher(['node/get-nodes'])['node/get-nodes'];
    const read = app.conn.db.read.bind(app.conn.db);
    vi.spyOn(app.conn.db, 'read').mockImplementation(async (cypher, params) => {
      if (cypher === getNodes) throw new Error('Neo4j lost the connection mid-batch');
      return read(cypher, params);
    });
    const [article] = await app.conn.db.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id LIMIT 1');
    const res = await gql(app.url, 'query Pair($id: ID!) { node(id: $id) { id } other: node(id: "person:nobody") { id } }', { id: article!.id });
    expect(res.data).toEqual({ node: null, other: null });
    expect(res.errors).toEqual([
      { message: 'Internal server error', path: ['node'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: 'Internal server error', path: ['other'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    const errors = linesWith('unexpected error');
    expect(errors.map((e) => e['path'])).toEqual(['node', 'other']);
    expect(errors[0]).toMatchObject({ level: 50, operation: 'Pair', keyName: null, err: { message: 'Neo4j lost the connection mid-batch' } });
    expect(errors[0]!['err']['stack']).toMatch(/mid-batch\n\s+at /);
    expect(linesWith('request')).toEqual([expect.objectContaining({ operation: 'Pair', status: 200, errors: 2, codes: ['INTERNAL_SERVER_ERROR'] })]);
  });
});

describe('the ingest CLI', () => {
  it("logs its run's summary as one JSON line on stderr, and keeps its human summary on stdout", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hg-logging-'));
    try {
      await writeFile(join(dir, 'a.txt'), ARTICLE('Ірина Коваль'));
      await writeFile(join(dir, 'b.txt'), 'binary\u0000stuff');
      const run = promisify(execFile)(TSX, [join(PROJECT_ROOT, 'src', 'cli', 'ingest.ts'), dir], { cwd: PROJECT_ROOT, env: cliEnv({ LOG_LEVEL: 'info' }) });
      const { stdout, stderr } = await run.catch((e: { stdout: string; stderr: string }) => e);
      expect(stdout).toMatch(/^Articles: 1 new, 0 updated, 0 unchanged, 1 failed/m);
      const summary = stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, any>).filter((l) => l['msg'] === 'write');
      expect(summary).toEqual([expect.objectContaining({
        level: 30, write: 'ingest', by: expect.stringMatching(/^npm run ingest \(.+\)$/), articles: { new: 1, updated: 0, unchanged: 0, failed: 1 },
        relationsAdded: expect.any(Number), actorsCreated: expect.any(Number),
      })]);
      expect(summary[0]!['relationsAdded']).toBeGreaterThan(0);
      expect(stdout).not.toContain('"msg"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
