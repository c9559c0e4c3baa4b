// Article text is made well-formed Unicode (a lone surrogate becomes U+FFFD) and NFC before anything reads it, and
// an article with no text left after that is refused with the reason: "\ud800" was written as an article with no facts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, readArticles, type ReadResult } from '../../../src/ingest/readers/index.js';
import { IngestArticleInput } from '../../../src/mutation/inputs.js';
import { runOperation } from './operation.js';

const LONE = ['\ud800', '\udfff', '\udfff\ud800', ' \ud83d \n\t\ude00 '];
const BODY = 'Криничанська громада відкрила новий ЦНАП. Голова громади Тарас Бондаренко зазначив, що центр надаватиме понад 200 послуг.';
const NFD = BODY.normalize('NFD'); // "новий": и + combining breve
const wellFormed = (s: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'unicode-')); });
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

describe('an article handed over as a string', () => {
  it('is refused when nothing but lone surrogates (and space) is left', () => {
    for (const content of LONE) {
      const r = parseArticle(content, 'api');
      expect(r.article, JSON.stringify(content)).toBeUndefined();
      expect(r.error, JSON.stringify(content)).toMatch(/no text .*well-formed Unicode/);
    }
    const json = parseArticle(JSON.stringify({ title: 'Новина', body: '\udfff\ud800' }), 'api', 'jsonl');
    expect(json.error).toMatch(/no text .*well-formed Unicode/);
  });

  it('keeps the text around a lone surrogate, with U+FFFD in its place', () => {
    const r = parseArticle(`Заголовок\ud800 новини\n\n${BODY.replace('ЦНАП', 'ЦНАП\udc00')}`, 'api');
    expect(r.error).toBeUndefined();
    expect(strings(r.article).every(wellFormed)).toBe(true);
    expect(r.article?.body).toContain('ЦНАП\ufffd');
    const json = parseArticle(JSON.stringify({ title: 'Форум\ud800', source: 'x\udfff', body: BODY, tags: [] }), 'api', 'jsonl');
    expect(strings(json.article).every(wellFormed)).toBe(true);
    expect(json.article?.title).toBe('Форум\ufffd');
  });

  it('composes decomposed letters (NFC), so one text reads and hashes as one', () => {
    expect(NFD).not.toBe(NFD.normalize('NFC'));
    const r = parseArticle(NFD, 'api');
    expect(r.article?.body).toBe(NFD.normalize('NFC'));
  });
});

describe('article files', () => {
  const read = async (name: string, content: string): Promise<ReadResult[]> => {
    writeFileSync(join(dir, name), content);
    const out: ReadResult[] = [];
    for await (const r of readArticles(join(dir, name))) out.push(r);
    return out;
  };

  it('refuses a JSON line whose body is lone surrogates, and reads the next line', async () => {
    const lines = [JSON.stringify({ body: '\ud800 \udc00' }), JSON.stringify({ title: 'Новина\udfff', body: BODY })].join('\n');
    const [bad, good] = await read('feed.jsonl', lines);
    expect(bad?.error).toMatch(/no text .*well-formed Unicode/);
    expect(good?.article?.title).toBe('Новина\ufffd');
  });

  it('reads a decomposed text file as NFC', async () => {
    const [r] = await read('nfd.txt', `${NFD}\n`);
    expect(r?.article?.body).toBe(NFD.normalize('NFC'));
  });
});

describe('the ingestArticle input', () => {
  it('refuses content that is only lone surrogates, with the reason', () => {
    for (const content of LONE) {
      const r = IngestArticleInput.safeParse({ content });
      expect(r.success, JSON.stringify(content)).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/no text .*well-formed Unicode/);
    }
  });

  it('hands on well-formed, NFC content', () => {
    const r = IngestArticleInput.parse({ content: `${NFD}\ud800` });
    expect(r.content).toBe(`${NFD.normalize('NFC')}\ufffd`);
  });

  it('answers BAD_USER_INPUT through the API, and writes nothing', async () => {
    const r = await runOperation('mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status } }', { i: { content: '\ud800' } }, 'Bearer test-key');
    expect(r.reachedDatabase).toBe(false);
    expect(r.errors[0]).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/content: .*no text .*well-formed Unicode/) });
  });
});
