// Parses one JSON Lines record {url, title, publishedAt, lang, source, body} into an article, validated with zod.
import { z } from 'zod';
import type { ParsedArticle } from '../../facts/schema.js';
import { normaliseDate } from './dates.js';
import { ReadError } from './files.js';
import { detectLang } from './lang.js';
import { splitBodyText } from './trailer.js';
import { wellFormed } from './unicode.js';

const optionalText = z.string().trim().max(1000).nullable().optional().transform((v) => (v ? v : null));

/** One line's record. Unknown keys are allowed (scrapers add their own), the known ones must be well-formed. */
export const JsonArticleLine = z.object({
  url: z.string().trim().url().refine((u) => /^https?:/i.test(u), 'expected an http(s) URL').nullable().optional(),
  title: optionalText,
  publishedAt: z.string().trim().nullable().optional()
    .refine((d) => !d || normaliseDate(d) !== null, 'unrecognised date'),
  lang: z.preprocess((v) => (v === 'ua' ? 'uk' : v), z.enum(['uk', 'en']).nullable().optional()),
  source: z.string().trim().max(300).nullable().optional(),
  body: z.string().refine((b) => b.trim().length > 0, 'empty body'),
}).passthrough();
export type JsonArticleLine = z.infer<typeof JsonArticleLine>;

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
}

/** The record's own strings made well-formed (nested values are not read, so not walked). */
function wellFormedFields(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? wellFormed(v) : v]));
}

/** Parses one line's text; throws ReadError with the reason when it is not a valid record. */
export function parseJsonLine(text: string, file: string): ParsedArticle {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ReadError(`invalid JSON: ${(e as Error).message}`);
  }
  // JSON escapes can spell lone surrogates ("\ud800"): the record's strings are made well-formed before it is read.
  const parsed = JsonArticleLine.safeParse(wellFormedFields(value));
  if (!parsed.success) throw new ReadError(`invalid article record: ${describe(parsed.error)}`);
  const record = parsed.data;
  const split = splitBodyText(record.body);
  if (split.body.length === 0) throw new ReadError('invalid article record: body: no text left after trailing blocks');
  return {
    file,
    url: record.url ?? null,
    title: record.title,
    publishedAt: normaliseDate(record.publishedAt),
    source: record.source ? record.source : split.source,
    lang: record.lang ?? detectLang(split.body),
    body: split.body,
    tags: split.tags,
    related: split.related,
  };
}
