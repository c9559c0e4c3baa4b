// readArticles over files and folders: dispatch by format, and bad input reported with a reason, never thrown.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, parseArticle, readArticles, type ReadResult } from '../../../src/ingest/readers/index.js';

let dir: string;
const collect = async (path: string): Promise<ReadResult[]> => {
  const out: ReadResult[] = [];
  for await (const r of readArticles(path)) out.push(r);
  return out;
};
const one = async (name: string, content: string | Buffer): Promise<ReadResult> => {
  const path = join(dir, name);
  writeFileSync(path, content);
  const results = await collect(path);
  expect(results).toHaveLength(1);
  return results[0]!;
};

const ARTICLE = 'Засідання громади\n\nУ Броварах відбулося засідання виконавчого комітету, на якому обговорили бюджет громади на наступний рік.';

beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'readers-')); });
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

describe('bad files', () => {
  it('rejects binary content', async () => {
    const r = await one('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    expect(r.article).toBeUndefined();
    expect(r.error).toMatch(/binary/);
  });
  it('rejects invalid UTF-8', async () => {
    const r = await one('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xc0, 0xc1]));
    expect(r.error).toMatch(/UTF-8/);
  });
  it('rejects empty and whitespace-only files', async () => {
    expect((await one('empty.txt', '')).error).toMatch(/empty/);
    expect((await one('blank.txt', ' \n\t\n  ')).error).toMatch(/empty/);
    expect((await one('blank.html', '\n\n')).error).toMatch(/empty/);
  });
  it('rejects a 50 MB text file from its size, quickly', async () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'Громада. ');
    for (let i = 0; i < 50; i += 1) writeSync(fd, chunk);
    closeSync(fd);
    const started = performance.now();
    const results = await collect(path);
    expect(performance.now() - started).toBeLessThan(500);
    expect(results).toHaveLength(1);
    expect(results[0]?.file).toBe(path);
    expect(results[0]?.error).toMatch(/too large: 50\.0 MiB exceeds the 2\.0 MiB limit/);
    expect(MAX_ARTICLE_BYTES).toBe(2 * 1024 * 1024);
  });
  it('rejects broken HTML with no main text', async () => {
    const r = await one('broken.html', '<html><head><title>Помилка</title></head><body><div class="menu"><a href="/">Головна</a><div><span>');
    expect(r.error).toMatch(/no main text/);
  });
  it('reports an unsupported extension and a missing path', async () => {
    expect((await one('notes.pdf', '%PDF-1.4')).error).toMatch(/unsupported file type '\.pdf'/);
    expect(await collect(join(dir, 'nope'))).toEqual([{ file: join(dir, 'nope'), error: 'no such file or directory' }]);
  });
  it('keeps a one-line article as body rather than eating it as a title', async () => {
    expect((await one('title-only.txt', 'ТІЛЬКИ ЗАГОЛОВОК\n')).article?.body).toBe('ТІЛЬКИ ЗАГОЛОВОК');
  });
});

describe('JSON Lines', () => {
  it('reads good lines and reports the bad ones by line number', async () => {
    const good = { url: 'https://decentralization.gov.ua/news/1', title: 'Форум громад', publishedAt: '2025-10-13', lang: 'uk', source: 'Децентралізація', body: ARTICLE };
    const path = join(dir, 'batch.jsonl');
    writeFileSync(path, [
      JSON.stringify(good),
      '{"title": "обірваний рядок", "body": ',
      '',
      JSON.stringify({ ...good, url: 'not a url' }),
      JSON.stringify({ title: 'No body' }),
      JSON.stringify({ body: 'The hromada council met on Monday to adopt the budget for the next year.', publishedAt: '2025-10-13T09:00:00+03:00' }),
    ].join('\n'));
    const results = await collect(path);
    expect(results.map((r) => r.file)).toEqual([1, 2, 4, 5, 6].map((n) => `${path}#line${n}`));
    expect(results[0]?.article).toMatchObject({ url: good.url, title: 'Форум громад', publishedAt: '2025-10-13', lang: 'uk', source: 'Децентралізація' });
    expect(results[1]?.error).toMatch(/invalid JSON/);
    expect(results[2]?.error).toMatch(/url/);
    expect(results[3]?.error).toMatch(/body/);
    expect(results[4]?.article).toMatchObject({ lang: 'en', publishedAt: '2025-10-13', url: null, title: null });
  });
  it('reports an over-long line and goes on', async () => {
    const path = join(dir, 'long.jsonl');
    writeFileSync(path, `{"body": "${'а'.repeat(MAX_ARTICLE_BYTES)}"}\n${JSON.stringify({ body: ARTICLE })}\n`);
    const results = await collect(path);
    expect(results[0]?.error).toMatch(/line too long/);
    expect(results[1]?.article?.body).toContain('Броварах');
  });
});

describe('HTML', () => {
  it('reads main text and metadata from markup', async () => {
    const html = `<!doctype html><html lang="uk"><head>
      <title>Форум громад | Децентралізація</title>
      <meta property="og:title" content="У Полтаві відбувся форум громад">
      <meta property="og:site_name" content="Децентралізація">
      <meta property="article:tag" content="громади"><meta property="article:tag" content="форум">
      <link rel="canonical" href="https://decentralization.gov.ua/news/12345">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-10-13T10:00:00+03:00"}</script>
      </head><body><nav><a href="/">Головна</a> <a href="/news">Новини</a></nav>
      <article><h1>У Полтаві відбувся форум громад</h1>
      <p>3 жовтня у Полтаві відбувся регіональний форум громад, у якому взяли участь голови громад області та представники донорів.</p>
      <p>«Ми маємо спільно планувати відновлення», – сказала Олена Тимошенко, голова Полтавської обласної ради.</p>
      </article><footer>© 2025</footer></body></html>`;
    const r = await one('page.html', html);
    expect(r.error).toBeUndefined();
    expect(r.article).toMatchObject({
      title: 'У Полтаві відбувся форум громад', publishedAt: '2025-10-13', source: 'Децентралізація',
      url: 'https://decentralization.gov.ua/news/12345', tags: ['громади', 'форум'], lang: 'uk',
    });
    expect(r.article?.body.split('\n').filter(Boolean)).toHaveLength(2);
    expect(r.article?.body).not.toContain('Головна');
  });
  it('takes a date from time[datetime] and keywords as tags', async () => {
    const html = `<html><head><title>Hromada news</title><meta name="keywords" content="decentralisation, hromadas"></head>
      <body><main><h2>Budget hearings</h2><p><time datetime="2024-03-05">5 March</time> The council of the hromada held public hearings on the draft budget with residents and experts.</p></main></body></html>`;
    const r = await one('short.htm', html);
    expect(r.article).toMatchObject({ publishedAt: '2024-03-05', tags: ['decentralisation', 'hromadas'], lang: 'en', url: null });
  });
});

describe('folders', () => {
  it('walks recursively in sorted order, skipping hidden files, and dispatches by extension', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b'), { recursive: true });
    writeFileSync(join(root, 'b', 'z.txt'), ARTICLE);
    writeFileSync(join(root, 'a.txt'), ARTICLE);
    writeFileSync(join(root, 'c.jsonl'), `${JSON.stringify({ body: ARTICLE })}\n`);
    writeFileSync(join(root, '.hidden.txt'), ARTICLE);
    writeFileSync(join(root, 'noext'), ARTICLE);
    const results = await collect(root);
    expect(results.map((r) => r.file.slice(root.length + 1))).toEqual(['a.txt', 'b/z.txt', 'c.jsonl#line1', 'noext']);
    expect(results.every((r) => r.article?.title === 'Засідання громади' || r.file.includes('#'))).toBe(true);
  });
});

describe('parseArticle (one article from a string)', () => {
  it('reads text, HTML and a JSON record, and refuses bad content with a reason', () => {
    expect(parseArticle(ARTICLE, 'mutation').article?.title).toBe('Засідання громади');
    expect(parseArticle(JSON.stringify({ body: ARTICLE, title: 'T' }), 'm', 'jsonl').article?.title).toBe('T');
    expect(parseArticle('<html><body><nav>x</nav></body></html>', 'm').error).toMatch(/no main text/);
    expect(parseArticle('  \n', 'm').error).toMatch(/empty/);
    expect(parseArticle('a\0b', 'm').error).toMatch(/binary/);
    expect(parseArticle('а'.repeat(MAX_ARTICLE_BYTES), 'm').error).toMatch(/too large/);
  });
});
