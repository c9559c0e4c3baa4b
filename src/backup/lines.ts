// Reads a gzipped text file line by line, streaming (the consumer's pace pulls the file: a large backup is never held
// whole), and turns what zlib and the UTF-8 decoder find wrong into reasons a person can act on.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { BackupError } from './format.js';

/** No line of a backup comes near this (an article's body is at most 2 MiB): a longer one is not a backup's. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const NEWLINE = 0x0a;

export interface NumberedLine {
  number: number;
  text: string;
  /** Its size uncompressed, in bytes (restore sizes its batches by it). */
  bytes: number;
}

/** Fails with the reason when the file cannot be read, or is not gzip at all. */
async function checkGzip(file: string): Promise<void> {
  let magic: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      magic = Buffer.alloc(2);
      const { bytesRead } = await handle.read(magic, 0, 2, 0);
      magic = magic.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BackupError(code === 'ENOENT' ? `${file} does not exist.` : code === 'EISDIR' ? `${file} is a folder, not a backup file.` : `Cannot read ${file}: ${(e as Error).message}`);
  }
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) {
    throw new BackupError(`${file} is not gzip-compressed: it is not a file npm run backup wrote${magic.length === 0 ? ' (it is empty)' : ''}.`);
  }
}

function zlibReason(file: string, e: NodeJS.ErrnoException): BackupError {
  const reason = e.code === 'Z_BUF_ERROR' || /unexpected end/i.test(e.message)
    ? 'is truncated: it ends inside its compressed data (an interrupted copy or a full disk?)'
    : `is damaged: its compressed data does not check (${e.message})`;
  return new BackupError(`${file} ${reason}. Nothing was restored from it; use another copy of the backup.`);
}

/** The file's lines, numbered from 1, without their newline; a last line without one is still a line. */
export async function* gzipLines(file: string, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<NumberedLine> {
  await checkGzip(file);
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (e) => gunzip.destroy(e));
  input.pipe(gunzip);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let partBytes = 0;
  let number = 0;
  const line = (bytes: Buffer): NumberedLine => {
    number++;
    try {
      return { number, text: decoder.decode(bytes), bytes: bytes.length };
    } catch {
      throw new BackupError(`${file}, line ${number}: not valid UTF-8 text; the file is damaged. Nothing was restored from it; use another copy of the backup.`);
    }
  };
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      let from = 0;
      for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, from)) {
        const piece = chunk.subarray(from, at);
        yield line(parts.length ? Buffer.concat([...parts, piece]) : piece);
        parts = [];
        partBytes = 0;
        from = at + 1;
      }
      if (from < chunk.length) {
        parts.push(chunk.subarray(from));
        partBytes += chunk.length - from;
        if (partBytes > maxLineBytes) {
          throw new BackupError(`${file}, line ${number + 1}: longer than ${maxLineBytes / 1024 / 1024} MiB; this is not a backup npm run backup wrote.`);
        }
      }
    }
  } catch (e) {
    if (e instanceof BackupError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || /zlib|incorrect header|unexpected end/i.test((e as Error).message)) throw zlibReason(file, e as NodeJS.ErrnoException);
    throw new BackupError(`Cannot read ${file}: ${(e as Error).message}`);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  if (partBytes > 0) yield line(Buffer.concat(parts));
}
