// Splits the portal's trailing matter off an article's lines: the related-news teaser list and the Теги:/Джерело: blocks.
import type { RelatedTeaser } from '../../facts/schema.js';
import { parseDateLine } from './dates.js';
import { joinBody, normaliseText, stripMarkdown } from './text.js';

export interface Trailer {
  /** Lines of the article proper, trailer removed. */
  bodyLines: string[];
  tags: string[];
  source: string | null;
  related: RelatedTeaser[];
}

const ELLIPSIS = /(\.\.\.|…)$/;
/** Block headers the portals print under an article; a value may follow on the same line. */
const BLOCK = /^(теги|мітки|tags|джерело|джерела|source|приєднані зображення|зображення|attached images)\s*:\s*(.*)$/i;
/** Lines inside trailing blocks are short (tag lists, a source's name); a long line means we are still in prose. */
const MAX_BLOCK_LINE = 200;

/**
 * Reads lines from a full-date line to the end as teaser groups: each is a date line, then one to three lines
 * (title, the title cut short with "...", teaser text). Every group must show the portal's truncation mark on
 * one of its lines, so an article that merely ends with a date and a paragraph is not taken for a teaser list.
 */
function readTeasers(lines: readonly string[]): RelatedTeaser[] | null {
  const groups: { date: string; lines: string[] }[] = [];
  for (const line of lines) {
    const date = parseDateLine(line);
    if (date?.full && date.start === date.end) groups.push({ date: date.start, lines: [] });
    else if (groups.length === 0) return null;
    else groups[groups.length - 1]!.lines.push(line);
  }
  if (groups.length === 0) return null;
  const teasers: RelatedTeaser[] = [];
  for (const group of groups) {
    if (group.lines.length < 1 || group.lines.length > 3) return null;
    if (!group.lines.some((l) => ELLIPSIS.test(l))) return null;
    teasers.push(toTeaser(group.date, group.lines));
  }
  return teasers;
}

/** "X cut short..." is a truncation of "X cut short and more": same text up to the ellipsis. */
function isTruncationOf(short: string, full: string): boolean {
  const stem = short.replace(ELLIPSIS, '').trim();
  return stem.length > 0 && short !== full && full.startsWith(stem);
}

function toTeaser(date: string, lines: readonly string[]): RelatedTeaser {
  const [first = '', ...rest] = lines;
  // A full title is followed by its own truncated copy, which says nothing new.
  const others = rest.filter((l, i) => !(i === 0 && isTruncationOf(l, first)));
  const teaser = others.join(' ').trim();
  return { title: first, date, teaser: teaser.length > 0 ? teaser : null };
}

/** Index where the teaser list starts, or lines.length when there is none. */
function teaserStart(lines: readonly string[]): { index: number; related: RelatedTeaser[] } {
  for (let i = 0; i < lines.length; i += 1) {
    const date = parseDateLine(lines[i]!);
    if (!date?.full) continue;
    const related = readTeasers(lines.slice(i));
    if (related) return { index: i, related };
  }
  return { index: lines.length, related: [] };
}

/** Index of the first block header after which only short lines follow, or lines.length. */
function blockStart(lines: readonly string[]): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!;
    if (line.length > MAX_BLOCK_LINE) break;
    if (BLOCK.test(line)) start = i;
  }
  return start;
}

function splitTags(value: string): string[] {
  // Tags joined by commas, semicolons or hashes are split; a line of space-joined tags stays one tag,
  // since "соціальні послуги В'ячеслав Негода" cannot be cut safely without knowing the portal's tag list.
  return value.split(/[,;#]/).map((t) => t.trim()).filter((t) => t.length > 0);
}

function readBlocks(lines: readonly string[]): { tags: string[]; source: string | null } {
  const tags: string[] = [];
  const sources: string[] = [];
  let current: 'tags' | 'source' | 'images' = 'images';
  for (const line of lines) {
    const m = line.match(BLOCK);
    let value = line;
    if (m) {
      const header = (m[1] ?? '').toLowerCase();
      current = /^(теги|мітки|tags)$/.test(header) ? 'tags' : /^(джерело|джерела|source)$/.test(header) ? 'source' : 'images';
      value = m[2] ?? '';
    }
    if (value.trim().length === 0) continue;
    if (current === 'tags') tags.push(...splitTags(value));
    else if (current === 'source') sources.push(value.trim());
    // Image captions and file names are page furniture, not article text.
  }
  return { tags, source: sources.length > 0 ? sources.join(', ') : null };
}

/** A heading the portals put over their related-news list: everything under it is other articles. */
const RELATED_HEADING = /^(?:related(?: news| articles| stories| posts| materials)?|read also|read more|see also|more news|latest news|схожі новини|читайте також|читайте ще|новини по темі|новини за темою|інші новини|останні новини|пов'язані новини)\s*:?$/i;
/** "11.09.2024 | Title" or a title alone: a teaser line under such a heading. */
const DATED_TITLE = /^(.{6,30}?)\s*[|–—-]\s+(.+)$/;

function headedTeasers(lines: readonly string[]): RelatedTeaser[] {
  const grouped = readTeasers(lines);
  if (grouped) return grouped;
  return lines.filter((l) => !ELLIPSIS.test(l)).map((line) => {
    const m = line.match(DATED_TITLE);
    const date = m ? parseDateLine(m[1]!) : null;
    return date?.full ? { title: m![2]!, date: date.start, teaser: null } : { title: line, date: null, teaser: null };
  });
}

/** Splits trimmed article lines (blank lines as '') into body lines and the trailing matter. */
export function splitTrailer(lines: readonly string[]): Trailer {
  const all = lines.map((line, index) => ({ line, index })).filter((l) => l.line.length > 0);
  // A related-news heading ends the article: its list (and any tags or source block below it) is trailer.
  const heading = all.findIndex((l, i) => i > 0 && RELATED_HEADING.test(l.line));
  const nonBlank = heading > 0 ? all.slice(0, heading) : all;
  const under = heading > 0 ? all.slice(heading + 1).map((l) => l.line) : [];
  const underBlocks = blockStart(under);
  const headed = under.length > 0 ? { ...readBlocks(under.slice(underBlocks)), related: headedTeasers(under.slice(0, underBlocks)) } : null;
  const teasers = teaserStart(nonBlank.map((l) => l.line));
  const beforeTeasers = nonBlank.slice(0, teasers.index);
  const blocks = blockStart(beforeTeasers.map((l) => l.line));
  const cut = nonBlank[Math.min(blocks, teasers.index)]?.index ?? (heading > 0 ? all[heading]!.index : lines.length);
  const { tags, source } = readBlocks(beforeTeasers.slice(blocks).map((l) => l.line));
  return {
    bodyLines: lines.slice(0, cut),
    tags: [...tags, ...(headed?.tags ?? [])],
    source: source ?? headed?.source ?? null,
    related: [...teasers.related, ...(headed?.related ?? [])],
  };
}

/** Text to trimmed lines, the one way every reader does it before splitting the trailer off. */
export function toLines(text: string): string[] {
  return stripMarkdown(normaliseText(text)).split('\n').map((l) => l.trim());
}

/** A body handed over whole (HTML main text, a JSON line's body): trailer split off, no head to read. */
export function splitBodyText(text: string): Omit<Trailer, 'bodyLines'> & { body: string } {
  const { bodyLines, ...rest } = splitTrailer(toLines(text));
  return { ...rest, body: joinBody(bodyLines) };
}
