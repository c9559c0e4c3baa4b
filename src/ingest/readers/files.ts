// Finds article files and reads them defensively: only regular files, symlinks followed only within the given
// folders, the size limit held while reading, binary and invalid UTF-8 refused.
import { constants, type Dirent, type Stats } from 'node:fs';
import { open, readdir, readlink, realpath, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { wellFormed } from './unicode.js';

/**
 * The largest article file read, in bytes (2 MiB). A news article is tens of kilobytes; anything near this is a
 * dump, a mis-scrape or an attack, and is refused from its size (stat's, then the bytes actually read: a file in
 * /proc or one that grows says less than it holds).
 * For JSON Lines the limit holds per line, and the file may be any size: it is streamed.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** A failure with a reason meant for the person running the ingest. */
export class ReadError extends Error {}

/**
 * What the walk found: a file to read (`real` is the path to open: a symlink's target), a path refused or that could
 * not be listed (with the reason), or one passed over on purpose (with the reason: a file or folder already read).
 */
export type Found =
  | { path: string; real: string; error?: undefined; skipped?: undefined }
  | { path: string; error: unknown; real?: undefined; skipped?: undefined }
  | { path: string; skipped: string; real?: undefined; error?: undefined };

/** Which kind of non-regular file an entry is, for the reason given. */
function kindOf(info: Stats | Dirent): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

const notRegular = (info: Stats | Dirent): ReadError => new ReadError(`not a regular file (${kindOf(info)}): only regular files are read`);

const byCodePoint = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Every file under the given paths, depth first, in code-point order so runs are reproducible; hidden entries are
 * passed over. A symlink inside a folder is followed when its target lies within one of the given folders and
 * reported otherwise (a folder handed over must not reach /etc or /dev through a link); a path given by name is read
 * wherever it points. Each file and folder is read once, under the first path met (a link to a sibling, a link to
 * an ancestor); later paths to it are reported as skipped. Only regular files are yielded to read: a FIFO would wait
 * for a writer for ever, and /dev/zero never ends. A folder that cannot be listed is reported in place and the walk
 * goes on with its siblings.
 */
export async function* walk(paths: string | readonly string[]): AsyncGenerator<Found> {
  const given: { path: string; real?: string; info?: Stats; error?: unknown }[] = [];
  for (const path of typeof paths === 'string' ? [paths] : paths) {
    try {
      const real = await realpath(path);
      given.push({ path, real, info: await stat(real) });
    } catch (error) {
      given.push({ path, error });
    }
  }
  const roots = given.filter((g) => g.info?.isDirectory()).map((g) => g.real!);
  const within = (real: string): boolean => roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep));
  /** Real path of each file or folder read, to the path it was read under. */
  const seen = new Map<string, string>();

  function* file(path: string, real: string): Generator<Found> {
    const first = seen.get(real);
    if (first !== undefined) { yield { path, skipped: `the same file as ${first}, read once` }; return; }
    seen.set(real, path);
    yield { path, real };
  }

  async function* folder(path: string, real: string): AsyncGenerator<Found> {
    seen.set(real, path);
    let entries: Dirent[];
    try {
      entries = await readdir(real, { withFileTypes: true });
    } catch (error) {
      yield { path, error };
      return;
    }
    for (const entry of entries.filter((e) => !e.name.startsWith('.')).sort(byCodePoint)) {
      const child = join(path, entry.name);
      const childReal = join(real, entry.name);
      if (entry.isDirectory()) yield* folder(child, childReal);
      else if (entry.isSymbolicLink()) yield* link(child, childReal);
      else if (entry.isFile()) yield* file(child, childReal);
      else yield { path: child, error: notRegular(entry) };
    }
  }

  async function* link(path: string, at: string): AsyncGenerator<Found> {
    let target: string;
    let info: Stats;
    try {
      target = await realpath(at);
      info = await stat(target);
    } catch (error) {
      yield { path, error: await brokenLink(at, error) };
      return;
    }
    if (!within(target)) {
      yield { path, error: new ReadError(`symlink to ${target}, outside the given folders: not followed (name the file or its folder to read it)`) };
    } else if (info.isDirectory()) {
      const first = seen.get(target);
      if (first !== undefined) yield { path, skipped: `symlink to ${target}, a folder already read (as ${first}): not read twice` };
      else yield* folder(path, target);
    } else if (info.isFile()) {
      yield* file(path, target);
    } else {
      yield { path, error: notRegular(info) };
    }
  }

  for (const g of given) {
    if (g.error !== undefined || !g.info || !g.real) yield { path: g.path, error: g.error };
    else if (g.info.isDirectory()) {
      const first = seen.get(g.real);
      if (first !== undefined) yield { path: g.path, skipped: `a folder already read (as ${first})` };
      else yield* folder(g.path, g.real);
    } else if (g.info.isFile()) yield* file(g.path, g.real);
    else yield { path: g.path, error: notRegular(g.info) };
  }
}

/** Why a symlink could not be followed: its target is missing, or it loops. */
async function brokenLink(at: string, error: unknown): Promise<unknown> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return new ReadError('symlink loop: not followed');
  if (code !== 'ENOENT') return error;
  const target = await readlink(at).then((t) => resolve(dirname(at), t), () => null);
  return new ReadError(`broken symlink: ${target ?? 'its target'} does not exist`);
}

/**
 * Opens a file for reading only if it is a regular file. The walk checked already; checking the open handle as well
 * closes the gap in which the path could be swapped for a FIFO or a device. O_NONBLOCK makes opening a FIFO return
 * at once instead of waiting for a writer; O_NOFOLLOW refuses a symlink put where the real path was.
 */
export async function openRegular(path: string): Promise<{ handle: FileHandle; size: number }> {
  const before = await stat(path);
  if (!before.isFile()) throw notRegular(before);
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notRegular(info);
    return { handle, size: info.size };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

const CHUNK = 64 * 1024;

/** Reads at most `limit` bytes; more is an error, whatever stat said the size was. */
async function readAtMost(handle: FileHandle, limit: number, statSize: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limit) {
      throw new ReadError(`file too large: over the ${formatBytes(limit)} limit for one article (stat said ${formatBytes(statSize)})`);
    }
  }
  return Buffer.concat(chunks, total);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text, refusing what is plainly not text. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ReadError('binary content (NUL bytes), not a text article');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ReadError('not valid UTF-8 text (binary or another encoding)');
  }
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
}

/**
 * Reads a whole article file: a regular file, refused from its stat size when that is over the limit (one syscall
 * for a huge file), and stopped at the limit when reading finds more than stat said. The text comes back NFC.
 */
export async function readArticleFile(path: string): Promise<string> {
  const { handle, size } = await openRegular(path);
  try {
    if (size > MAX_ARTICLE_BYTES) {
      throw new ReadError(`file too large: ${formatBytes(size)} exceeds the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article`);
    }
    const text = decodeText(await readAtMost(handle, MAX_ARTICLE_BYTES, size));
    if (text.trim().length === 0) throw new ReadError('empty file (no text)');
    return wellFormed(text);
  } finally {
    await handle.close();
  }
}

export type Line = { number: number; text?: string; error?: string };

/**
 * Streams a file's lines with a cap on each: an over-long line is skipped (and reported) without being held in
 * memory, so one bad line cannot stop the others. Lines are numbered from 1.
 */
export async function* readLines(path: string, maxLineBytes = MAX_ARTICLE_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 1;
  const finish = (): Line => {
    const line: Line = tooLong
      ? { number, error: `line too long: over the ${formatBytes(maxLineBytes)} limit for one article` }
      : lineText(number, Buffer.concat(parts));
    parts = []; size = 0; tooLong = false; number += 1;
    return line;
  };
  const { handle } = await openRegular(path);
  for await (const chunk of handle.createReadStream() as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      append(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    append(chunk.subarray(start));
  }
  if (size > 0 || tooLong) yield finish();

  function append(piece: Buffer): void {
    if (tooLong || piece.length === 0) return;
    size += piece.length;
    if (size > maxLineBytes) { tooLong = true; parts = []; return; }
    parts.push(piece);
  }
}

function lineText(number: number, bytes: Buffer): Line {
  try {
    return { number, text: decodeText(bytes).replace(/\r$/, '') };
  } catch (e) {
    return { number, error: (e as Error).message };
  }
}
