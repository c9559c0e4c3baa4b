// Stable, readable ids: the same name gives the same id across articles, inflections and languages.
import { createHash } from 'node:crypto';
import type { ActorKind } from '../facts/schema.js';
import { searchFold } from '../extract/normalise.js';
import { slugify } from '../extract/translit.js';

const MAX_SLUG = 80;

/** Slugs are pure and the same names recur across articles: memoised, bounded. */
const SLUGS = new Map<string, string>();

function slug(s: string): string {
  const hit = SLUGS.get(s);
  if (hit !== undefined) return hit;
  if (SLUGS.size >= 50_000) SLUGS.clear();
  const out = slugify(s).slice(0, MAX_SLUG).replace(/-+$/, '') || hash(s).slice(0, 12);
  SLUGS.set(s, out);
  return out;
}

export function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

const PREFIX: Partial<Record<ActorKind, string>> = {
  PERSON: 'person', HROMADA: 'hromada', OBLAST: 'oblast', RAION: 'raion', PROJECT: 'project',
};

export function actorId(kind: ActorKind, name: string): string {
  return `${PREFIX[kind] ?? 'org'}:${slug(name)}`;
}

export function katottgId(kind: 'HROMADA' | 'OBLAST' | 'RAION', code: string): string {
  return `${PREFIX[kind]}:${code}`;
}

/** `qualifier` (a place, an organiser, an article) comes after the name's slug, so a long name cannot cut it off. */
export function eventId(name: string, startDate: string | null | undefined, qualifier?: string): string {
  const q = qualifier ? slug(qualifier).slice(0, 40) : '';
  return `event:${startDate ?? 'undated'}-${slug(name)}${q ? `--${q}` : ''}`;
}

export function reformId(name: string): string {
  return `reform:${slug(name)}`;
}

/** Articles are keyed by url where known, else by a hash of their folded text, so a re-scrape matches. */
export function articleId(url: string | null | undefined, title: string | null | undefined, body: string): string {
  return `article:${hash(url ?? searchFold(`${title ?? ''}\n${body}`)).slice(0, 16)}`;
}

/** "Криничанська селищна територіальна громада", "… територіальна громада" and "Криничанська громада" are one hromada. */
const HROMADA_TYPE = /\s(?:(?:міська|селищна|сільська)\s+)?територіальна(?=\sгромада$)/u;

/** The key actors are resolved by: the folded canonical name; a hromada's without the words of its type. */
export function nameKey(name: string, kind?: ActorKind): string {
  const key = searchFold(name);
  return kind === 'HROMADA' ? key.replace(HROMADA_TYPE, '') : key;
}

/** Graph labels for a kind: the Actor label plus a type label, plus a sub-label for organisations. */
export function kindLabels(kind: ActorKind): string[] {
  switch (kind) {
    case 'PERSON': return ['Node', 'Actor', 'Person'];
    case 'HROMADA': return ['Node', 'Actor', 'Hromada'];
    case 'OBLAST': return ['Node', 'Actor', 'Territory', 'Oblast'];
    case 'RAION': return ['Node', 'Actor', 'Territory', 'Raion'];
    case 'PROJECT': return ['Node', 'Actor', 'Project'];
    default: {
      const pascal = kind.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _s: string, c: string) => c.toUpperCase());
      return ['Node', 'Actor', 'Organization', pascal];
    }
  }
}

/** Partial dates as comparable bounds: "2023-11" spans 2023-11-01..2023-11-31 (string order is enough). */
export function dateBounds(start: string | null | undefined, end: string | null | undefined): { dateMin: string | null; dateMax: string | null } {
  if (!start) return { dateMin: null, dateMax: null };
  const last = end ?? start;
  const pad = (d: string, fill: string) => (d.length === 4 ? `${d}-${fill.slice(0, 5)}` : d.length === 7 ? `${d}-${fill.slice(3)}` : d);
  return { dateMin: pad(start, '01-01'), dateMax: pad(last, '12-31') };
}
