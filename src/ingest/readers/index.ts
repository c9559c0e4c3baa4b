// Reads article files and folders of them into ParsedArticles, one result per article, never throwing for a bad file.
import { extname } from 'node:path';
import { fitToSchema } from '../../facts/fit.js';
import { ParsedArticle } from '../../facts/schema.js';
import { formatBytes, MAX_ARTICLE_BYTES, ReadError, readArticleFile, readLines, walk } from './files.js';
import { parseHtml } from './html.js';
import { parseJsonLine } from './jsonl.js';
import { parsePlainText } from './plain-text.js';
import { hasText, NO_TEXT, wellFormed, wellFormedDeep } from './unicode.js';

export { MAX_ARTICLE_BYTES } from './files.js';
export { detectLang } from './lang.js';
export { parseHtml } from './html.js';
export { parseJsonLine } from './jsonl.js';
export { parsePlainText } from './plain-text.js';

/**
 * One article read, or the reason it could not be, or why a path was passed over (a file already read under another
 * path). `file` is the path, `path#lineN` for a JSON Lines record.
 */
export interface ReadResult {
  file: string;
  article?: ParsedArticle;
  error?: string;
  skipped?: string;
  /** Parts of the article's metadata cut or dropped to fit their limits; its text and facts are still read. */
  warnings?: string[];
}

type Format = 'text' | 'html' | 'jsonl';

const FORMATS: Readonly<Record<string, Format>> = {
  '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};
export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

/** A file without an extension is recognised by its content: markup is HTML, anything else plain text. */
function sniff(text: string): Format {
  return /^\s*</.test(text) && /<(html|head|body|article|main|p|div)\b/i.test(text) ? 'html' : 'text';
}

function reason(e: unknown): string {
  if (e instanceof ReadError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file or directory';
  if (err?.code === 'EACCES') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory';
  return `unreadable: ${err?.message ?? String(e)}`;
}

/** The parts an article cannot lose and still be itself. */
const ESSENTIAL = new Set(['body', 'lang']);

/**
 * Checks a reader's output against the shared schema. Metadata that does not fit (a source line that swallowed a
 * trailer, a title over its limit, a malformed date) is cut or dropped with a warning: the article is still read.
 */
function checked(file: string, parsed: ParsedArticle): ReadResult {
  if (parsed.body.trim().length === 0) return { file, error: 'no article text (only a title or trailing blocks)' };
  // Every reader's strings, whatever their source (a JSON escape, an HTML entity), leave here well-formed and NFC.
  const article = { ...wellFormedDeep(parsed), file: parsed.file };
  if (!hasText(article.body)) return { file, error: NO_TEXT };
  try {
    const { value, warnings } = fitToSchema(ParsedArticle, article, (path) => ESSENTIAL.has(String(path[0])));
    return warnings.length > 0 ? { file, article: value, warnings } : { file, article: value };
  } catch (e) {
    const issues = (e as { issues?: { path: (string | number)[]; message: string }[] }).issues ?? [];
    return { file, error: `article does not fit the schema: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') || String(e)}` };
  }
}

async function* readJsonLines(path: string, real: string): AsyncGenerator<ReadResult> {
  let any = false;
  for await (const line of readLines(real)) {
    const file = `${path}#line${line.number}`;
    if (line.error !== undefined) { any = true; yield { file, error: line.error }; continue; }
    if ((line.text ?? '').trim().length === 0) continue; // blank lines separate nothing in JSON Lines
    any = true;
    try {
      yield checked(file, parseJsonLine(line.text ?? '', file));
    } catch (e) {
      yield { file, error: reason(e) };
    }
  }
  if (!any) yield { file: path, error: 'empty file (no JSON lines)' };
}

/** Reads the file found at `path`, opening `real` (a symlink's target). */
async function* readFile(path: string, real: string): AsyncGenerator<ReadResult> {
  const ext = extname(path).toLowerCase();
  const known = FORMATS[ext];
  if (ext !== '' && !known) {
    yield { file: path, error: `unsupported file type '${ext}' (expected ${SUPPORTED_EXTENSIONS.join(', ')})` };
    return;
  }
  if (known === 'jsonl') {
    try { yield* readJsonLines(path, real); } catch (e) { yield { file: path, error: reason(e) }; }
    return;
  }
  try {
    const text = await readArticleFile(real);
    const format = known ?? sniff(text);
    yield checked(path, format === 'html' ? parseHtml(text, path) : parsePlainText(text, path));
  } catch (e) {
    yield { file: path, error: reason(e) };
  }
}

/**
 * Every article under the paths: files, or folders walked recursively in sorted order (hidden entries skipped,
 * symlinks followed within the given folders: see walk). Dispatch is by extension (.txt, .html/.htm, .jsonl), by
 * content for files without one. Bad input never throws: it yields {file, error} and the walk goes on; a path
 * passed over yields {file, skipped}.
 */
export async function* readArticles(paths: string | readonly string[]): AsyncGenerator<ReadResult> {
  for await (const found of walk(paths)) {
    if (found.skipped !== undefined) yield { file: found.path, skipped: found.skipped };
    else if (found.real === undefined) yield { file: found.path, error: reason(found.error) };
    else yield* readFile(found.path, found.real);
  }
}

/**
 * One article handed over as a string (an API mutation, a test): the same checks as for a file, and the same
 * readers. Without a format, markup is read as HTML and anything else as plain text.
 */
export function parseArticle(content: string, file: string, format?: 'text' | 'html' | 'jsonl'): ReadResult {
  if (Buffer.byteLength(content, 'utf8') > MAX_ARTICLE_BYTES) {
    return { file, error: `article too large: over the ${formatBytes(MAX_ARTICLE_BYTES)} limit` };
  }
  if (content.includes('\0')) return { file, error: 'binary content (NUL bytes), not a text article' };
  if (content.trim().length === 0) return { file, error: 'empty article (no text)' };
  content = wellFormed(content);
  if (!hasText(content)) return { file, error: NO_TEXT };
  const kind = format ?? sniff(content);
  try {
    if (kind === 'jsonl') return checked(file, parseJsonLine(content, file));
    return checked(file, kind === 'html' ? parseHtml(content, file) : parsePlainText(content, file));
  } catch (e) {
    return { file, error: reason(e) };
  }
}
