// Finds article files and reads them defensively: size checked before reading, binary and invalid UTF-8 refused.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The largest article file read, in bytes (2 MiB). A news article is tens of kilobytes; anything near this is a
 * dump, a mis-scrape or an attack, and is refused from its size alone, before a byte of it is read.
 * For JSON Lines the limit holds per line, and the file may be any size: it is streamed.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** A failure with a reason meant for the person running the ingest. */
export class ReadError extends Error {}

/** A file found by walk, or a path that could not be listed, with the reason. */
export type Found = { path: string; error?: undefined } | { path: string; error: unknown };

/**
 * Every regular file under path (or path itself), depth first, in code-point order so runs are reproducible.
 * A folder that cannot be listed is reported in place and the walk goes on with its siblings.
 */
export async function* walk(path: string): AsyncGenerator<Found> {
  let entries;
  try {
    const info = await stat(path);
    if (!info.isDirectory()) { yield { path }; return; }
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    yield { path, error };
    return;
  }
  const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* walk(child);
    else if (entry.isFile()) yield { path: child };
  }
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

/** Reads a whole article file after checking its size with stat, so a huge file costs one syscall. */
export async function readArticleFile(path: string): Promise<string> {
  const info = await stat(path);
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new ReadError(`file too large: ${formatBytes(info.size)} exceeds the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article`);
  }
  const text = decodeText(await readFile(path));
  if (text.trim().length === 0) throw new ReadError('empty file (no text)');
  return text;
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
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
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
