// Parses an article in the scrapers' plain-text form: optional date and title lines, body, trailing blocks and teasers.
import type { ParsedArticle } from '../../facts/schema.js';
import { parseDateLine, normaliseDate } from './dates.js';
import { detectLang } from './lang.js';
import { joinBody } from './text.js';
import { splitTrailer, toLines } from './trailer.js';

/** Longest line still taken for a title; the seeds' first paragraphs run to hundreds of characters. */
const MAX_TITLE = 200;
/** "Опубліковано: 27.09.2022", "Published: 15 December 2025": the only body dates trusted as publication dates. */
const PUBLISHED = /^(?:опубліковано|дата публікації|дата|published(?: on)?|posted(?: on)?|date)\s*:?\s*(.+)$/i;

/** An uppercase heading ("РОБОТА ГРОМАД В УМОВАХ ВОЄННОГО СТАНУ"): letters present, none lowercase. */
function isUppercaseHeading(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && !/\p{Ll}/u.test(line);
}

/**
 * A title is a short line that does not end a sentence: no final period, colon, semicolon or comma
 * (a question or exclamation mark is allowed, headlines use them), with at least two words.
 * An uppercase heading is a title whatever its punctuation.
 */
export function looksLikeTitle(line: string): boolean {
  if (line.length === 0 || line.length > MAX_TITLE) return false;
  if (parseDateLine(line)) return false;
  if (isUppercaseHeading(line)) return true;
  if (/[.:;,…]$/.test(line)) return false;
  return line.split(/\s+/).length >= 2;
}

function publishedDate(line: string): string | null {
  const date = parseDateLine(line);
  // A range heads a weekly digest ("24 листопада - 01 грудня 2023 року"): it is issued when the period closes,
  // so its last day is the publication date.
  if (date) return date.full ? date.end : date.start;
  const m = line.match(PUBLISHED);
  return m ? normaliseDate(m[1]) : null;
}

interface Head {
  title: string | null;
  publishedAt: string | null;
  /** Index of the first body line. */
  bodyStart: number;
}

/**
 * Reads the head: [date] [title] [date], in any of those combinations, each line optional.
 * The title is only taken when body text follows it, so a one-paragraph article is not eaten as a title.
 */
function readHead(lines: readonly string[]): Head {
  let i = 0;
  const skipBlank = (): void => { while (i < lines.length && lines[i] === '') i += 1; };
  const hasBodyAfter = (k: number): boolean => lines.slice(k + 1).some((l) => l !== '' && !publishedDate(l));
  let title: string | null = null;
  let publishedAt: string | null = null;
  skipBlank();
  const takeDate = (): void => {
    if (publishedAt !== null || i >= lines.length) return;
    const date = publishedDate(lines[i]!);
    if (date) { publishedAt = date; i += 1; skipBlank(); }
  };
  takeDate();
  if (i < lines.length && looksLikeTitle(lines[i]!) && hasBodyAfter(i)) { title = lines[i]!; i += 1; skipBlank(); }
  takeDate();
  return { title, publishedAt, bodyStart: i };
}

/** Parses plain article text. Never throws; an article with no body is the caller's to reject. */
export function parsePlainText(text: string, file: string): ParsedArticle {
  const lines = toLines(text);
  const trailer = splitTrailer(lines);
  const head = readHead(trailer.bodyLines);
  const body = joinBody(trailer.bodyLines.slice(head.bodyStart));
  return {
    file,
    url: null,
    title: head.title,
    publishedAt: head.publishedAt,
    source: trailer.source,
    lang: detectLang(body.length > 0 ? body : text),
    body,
    tags: trailer.tags,
    related: trailer.related,
  };
}
