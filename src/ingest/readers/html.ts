// Parses a news page: main text by @mozilla/readability over a linkedom DOM, metadata from the page's markup.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ParsedArticle } from '../../facts/schema.js';
import { ReadError } from './files.js';
import { domToText, type TextNodeLike } from './html-text.js';
import { readPageMeta } from './html-meta.js';
import { detectLang } from './lang.js';
import { splitBodyText } from './trailer.js';

/** Below this many characters of main text a page is treated as having none (menus, error pages, fragments). */
export const MIN_HTML_TEXT = 80;

/**
 * Readability's default threshold (500 characters) drops short but real news items; the portals publish
 * many of a few sentences, so a lower one is used and MIN_HTML_TEXT guards the other end.
 */
const CHAR_THRESHOLD = 200;

function mainText(html: string): { text: string; title: string | null } | null {
  const { document } = parseHTML(html);
  const reader = new Readability<TextNodeLike>(document, {
    charThreshold: CHAR_THRESHOLD,
    serializer: (node) => node,
  });
  const result = reader.parse();
  if (result?.content) return { text: domToText(result.content), title: result.title?.trim() || null };
  // Readability gives up on pages with one short block; an explicit <article> or <main> is still main text.
  const { document: fresh } = parseHTML(html);
  const explicit = fresh.querySelector('article') ?? fresh.querySelector('main');
  return explicit ? { text: domToText(explicit), title: null } : null;
}

/** Parses an HTML page; throws ReadError when no main text can be found. */
export function parseHtml(html: string, file: string): ParsedArticle {
  // Metadata first: Readability rewrites the document it is given.
  const meta = readPageMeta(parseHTML(html).document);
  const main = mainText(html);
  if (!main || main.text.length < MIN_HTML_TEXT) {
    throw new ReadError(`no main text found in HTML (${main ? `${main.text.length} characters` : 'nothing readable'})`);
  }
  const split = splitBodyText(main.text);
  const title = meta.title ?? main.title;
  // Readability keeps the page's <h1> at the top of the content; the title is not body text.
  const body = title && split.body.startsWith(title) ? split.body.slice(title.length).trim() : split.body;
  if (body.length < MIN_HTML_TEXT) throw new ReadError('no main text found in HTML (only a heading)');
  return {
    file,
    url: meta.url,
    title,
    publishedAt: meta.publishedAt,
    source: meta.source ?? split.source,
    lang: detectLang(body),
    body,
    tags: meta.tags.length > 0 ? meta.tags : split.tags,
    related: split.related,
  };
}
