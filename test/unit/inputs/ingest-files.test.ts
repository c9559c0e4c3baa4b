// What the ingest reads from disk: symlinks within the given folders are followed, others reported with the reason
// (never skipped silently); only regular files are read (a FIFO or a device is refused at once, never waited on);
// the size limit holds while reading, whatever stat said.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, rmSync, symlinkSync, writeFileSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles, type ReadResult } from '../../../src/ingest/readers/index.js';

const ARTICLE = (what: string): string => `Засідання громади\n\nУ Броварах відбулося засідання виконавчого комітету, на якому обговорили ${what}.\n`;

let base: string;
let folder: string; // the folder handed to the ingest
let other: string; // a second folder handed with it
let outside: string; // a folder not handed over
let fifo: string;

async function collect(paths: string | string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readArticles(paths)) out.push(r);
  return out;
}

/** Each result by its path relative to base, as `article`, `error: …` or `skipped: …`. */
function byFile(results: ReadResult[]): Record<string, string> {
  return Object.fromEntries(results.map((r) => [r.file.slice(base.length + 1), r.article ? 'article' : r.error !== undefined ? `error: ${r.error}` : `skipped: ${r.skipped}`]));
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'ingest-files-'));
  folder = join(base, 'in');
  other = join(base, 'other');
  outside = join(base, 'outside');
  for (const d of [folder, join(folder, 'sub'), other, outside]) mkdirSync(d);
  writeFileSync(join(folder, 'a.txt'), ARTICLE('бюджет'));
  writeFileSync(join(folder, 'sub', 'b.txt'), ARTICLE('дороги'));
  writeFileSync(join(other, 'c.txt'), ARTICLE('школи'));
  writeFileSync(join(outside, 'secret.txt'), ARTICLE('таємниці'));
  symlinkSync(join(folder, 'sub', 'b.txt'), join(folder, 'link-to-b.txt')); // within the folder: b is read once
  symlinkSync('../other/c.txt', join(folder, 'link-to-other.txt')); // within the other given folder
  symlinkSync(join(outside, 'secret.txt'), join(folder, 'link-outside.txt'));
  symlinkSync(join(base, 'nowhere.txt'), join(folder, 'link-dangling.txt'));
  symlinkSync('/dev/zero', join(folder, 'link-zero.txt'));
  symlinkSync(folder, join(folder, 'sub', 'loop')); // a folder linking to its ancestor
  fifo = join(base, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  symlinkSync(fifo, join(folder, 'link-fifo.txt'));
  symlinkSync('/dev/zero', join(base, 'zero.txt'));
});

afterAll(() => {
  // Should a reader still wait on the FIFO (the fault this file tests), a writer that opens and closes it frees it.
  try { closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)); } catch { /* no reader waiting */ }
  rmSync(base, { recursive: true, force: true });
});

describe('symlinks in the given folders', () => {
  it('follows those that stay within the given folders and reports every other one with its reason', async () => {
    const results = byFile(await collect([folder, other]));
    expect(results).toEqual({
      'in/a.txt': 'article',
      'in/link-dangling.txt': expect.stringMatching(/^error: broken symlink: .*nowhere\.txt does not exist/),
      'in/link-fifo.txt': expect.stringMatching(/^error: symlink to .*pipe\.txt, outside the given folders: not followed/),
      'in/link-outside.txt': expect.stringMatching(/^error: symlink to .*outside\/secret\.txt, outside the given folders: not followed/),
      'in/link-to-b.txt': 'article',
      'in/link-to-other.txt': 'article',
      'in/link-zero.txt': 'error: symlink to /dev/zero, outside the given folders: not followed (name the file or its folder to read it)',
      'in/sub/b.txt': expect.stringMatching(/^skipped: the same file as .*in\/link-to-b\.txt, read once/),
      'in/sub/loop': expect.stringMatching(/^skipped: symlink to .*in, a folder already read/),
      'other/c.txt': expect.stringMatching(/^skipped: the same file as .*in\/link-to-other\.txt, read once/),
    });
  });

  it('follows a symlink given as an argument', async () => {
    const link = join(base, 'arg-link.txt');
    symlinkSync(join(folder, 'a.txt'), link);
    expect(byFile(await collect(link))).toEqual({ 'arg-link.txt': 'article' });
  });
});

describe('files that are not regular files', () => {
  it('refuses a FIFO given as an argument at once, without waiting for a writer', async () => {
    const started = performance.now();
    const results = await Promise.race([
      collect(fifo),
      new Promise<ReadResult[]>((resolve) => setTimeout(() => resolve([{ file: fifo, error: 'still waiting after 3 s' }]), 3000)),
    ]);
    expect(byFile(results)).toEqual({ 'pipe.txt': 'error: not a regular file (a FIFO): only regular files are read' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a device, named or through a symlink, before reading a byte', async () => {
    expect(byFile(await collect(join(base, 'zero.txt')))).toEqual({ 'zero.txt': 'error: not a regular file (a character device): only regular files are read' });
    const [dev] = await collect('/dev/zero');
    expect(dev?.error).toBe('not a regular file (a character device): only regular files are read');
  });

  it('reports a FIFO inside a folder instead of passing over it', async () => {
    const dir = join(base, 'with-fifo');
    mkdirSync(dir);
    execFileSync('mkfifo', [join(dir, 'feed.jsonl')]);
    writeFileSync(join(dir, 'ok.txt'), ARTICLE('парки'));
    expect(byFile(await collect(dir))).toEqual({
      'with-fifo/feed.jsonl': 'error: not a regular file (a FIFO): only regular files are read',
      'with-fifo/ok.txt': 'article',
    });
  });
});

describe('the size limit', () => {
  // A regular file that stat says is empty and that reads on for gigabytes: the limit must hold while reading.
  const PAGEMAP = '/proc/self/pagemap';
  it.skipIf(!existsSync(PAGEMAP))('holds while reading a file whose stat size is 0', async () => {
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const [r] = await collect(PAGEMAP);
    expect(r?.error).toMatch(/^file too large: over the 2\.0 MiB limit for one article \(stat said 0 B\)/);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 * 1024);
  });
});
