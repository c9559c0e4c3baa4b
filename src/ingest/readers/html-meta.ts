// Reads an HTML page's own metadata: title, publication date, tags, canonical URL and site name.
import { z } from 'zod';
import { normaliseDate } from './dates.js';

/** The query surface needed from a parsed document (linkedom's Document provides it). */
export interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

export interface PageMeta {
  title: string | null;
  publishedAt: string | null;
  tags: string[];
  url: string | null;
  source: string | null;
}

// JSON-LD is foreign input: validate the few fields read and let everything else pass.
const LdName = z.union([z.string(), z.object({ name: z.string() }).passthrough()]);
const LdNode = z.object({
  '@type': z.union([z.string(), z.array(z.string())]).optional(),
  headline: z.string().optional(),
  datePublished: z.string().optional(),
  dateCreated: z.string().optional(),
  keywords: z.union([z.string(), z.array(z.string())]).optional(),
  url: z.string().optional(),
  publisher: LdName.optional(),
  '@graph': z.array(z.unknown()).optional(),
}).passthrough();
type LdNode = z.infer<typeof LdNode>;

/** Every JSON-LD object on the page, @graph members and top-level arrays flattened; malformed blocks skipped. */
function jsonLd(doc: QueryableDocument): LdNode[] {
  const nodes: LdNode[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) { value.forEach(add); return; }
    const parsed = LdNode.safeParse(value);
    if (!parsed.success) return;
    nodes.push(parsed.data);
    parsed.data['@graph']?.forEach(add);
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i += 1) {
    try { add(JSON.parse(scripts[i]?.textContent ?? '')); } catch { /* a broken block is one of many sources */ }
  }
  return nodes;
}

const isArticle = (n: LdNode): boolean => {
  const types = Array.isArray(n['@type']) ? n['@type'] : [n['@type'] ?? ''];
  return types.some((t) => /Article|Posting|Report/i.test(t));
};

function attr(doc: QueryableDocument, selector: string, name = 'content'): string | null {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

function attrs(doc: QueryableDocument, selector: string): string[] {
  const list = doc.querySelectorAll(selector);
  const values: string[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const v = list[i]?.getAttribute('content')?.trim();
    if (v) values.push(v);
  }
  return values;
}

const HttpUrl = z.string().url().refine((u) => /^https?:/i.test(u));
const validUrl = (u: string | null | undefined): string | null => (HttpUrl.safeParse(u).success ? u! : null);

const splitKeywords = (value: string): string[] => value.split(/[,;]/).map((t) => t.trim()).filter((t) => t.length > 0);

export function readPageMeta(doc: QueryableDocument): PageMeta {
  const ld = jsonLd(doc);
  const article = ld.find(isArticle) ?? ld[0];
  const dateCandidates = [
    attr(doc, 'meta[property="article:published_time"]'),
    attr(doc, 'meta[itemprop="datePublished"]'),
    article?.datePublished ?? null,
    attr(doc, 'meta[name="date"]'),
    attr(doc, 'meta[name="pubdate"]'),
    attr(doc, 'article time[datetime]', 'datetime'),
    attr(doc, 'time[datetime]', 'datetime'),
    article?.dateCreated ?? null,
  ];
  const publishedAt = dateCandidates.map(normaliseDate).find((d) => d !== null) ?? null;

  const metaTags = attrs(doc, 'meta[property="article:tag"]');
  const keywords = attr(doc, 'meta[name="keywords"]');
  const ldKeywords = article?.keywords;
  const tags = metaTags.length > 0 ? metaTags
    : keywords ? splitKeywords(keywords)
      : Array.isArray(ldKeywords) ? ldKeywords : ldKeywords ? splitKeywords(ldKeywords) : [];

  const publisher = article?.publisher;
  const title = attr(doc, 'meta[property="og:title"]') ?? article?.headline ?? textOf(doc, 'h1') ?? textOf(doc, 'title');
  return {
    title,
    publishedAt,
    tags: [...new Set(tags)],
    url: validUrl(attr(doc, 'link[rel="canonical"]', 'href')) ?? validUrl(attr(doc, 'meta[property="og:url"]')) ?? validUrl(article?.url),
    source: attr(doc, 'meta[property="og:site_name"]') ?? (typeof publisher === 'string' ? publisher : publisher?.name ?? null),
  };
}

function textOf(doc: QueryableDocument, selector: string): string | null {
  const text = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
