// Matches an article's extracted persons, organisations, projects, events and reforms one-to-one with the gold ones.
import type { ArticleFacts } from '../facts/schema.js';
import { datesCompatible, EVENT_NAME_THRESHOLD, jaccard, normName, stems } from './normalise.js';

export const ENTITY_KINDS = ['person', 'organization', 'organizationStrict', 'project', 'event', 'eventName', 'reform'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Score of a gold/predicted pair, or 0 when they cannot be the same thing. */
type Similarity = (gold: number, pred: number) => number;

export interface Matching {
  /** predicted index -> gold index */
  pairs: Map<number, number>;
  goldCount: number;
  predCount: number;
}

/** One-to-one matching, best-scoring pairs first; enough for the handful of entities an article has. */
export function greedyMatch(goldCount: number, predCount: number, similarity: Similarity): Matching {
  const candidates: { g: number; p: number; s: number }[] = [];
  for (let g = 0; g < goldCount; g += 1) {
    for (let p = 0; p < predCount; p += 1) {
      const s = similarity(g, p);
      if (s > 0) candidates.push({ g, p, s });
    }
  }
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const pairs = new Map<number, number>();
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || pairs.has(p)) continue;
    usedGold.add(g);
    pairs.set(p, g);
  }
  return { pairs, goldCount, predCount };
}

const namesOf = (e: { name: string; aliases?: readonly string[]; nameEn?: string | null }): Set<string> =>
  new Set([e.name, ...(e.aliases ?? []), ...(e.nameEn ? [e.nameEn] : [])].map(normName));

type PersonLike = { name: string; nameEn?: string | null };

/**
 * Persons match by nominative name: an inflected form is the extractor's miss. In an English article the Latin
 * name is the article's own form of the person, and a Ukrainian spelling of a foreigner named only in Latin cannot
 * be read from it (back-transliteration would invent one), so there the Latin names also match.
 */
export function personSimilarity(a: PersonLike, b: PersonLike, latinCounts = false): number {
  if (normName(a.name) === normName(b.name)) return 1;
  return latinCounts && a.nameEn && b.nameEn && normName(a.nameEn) === normName(b.nameEn) ? 0.9 : 0;
}

/** Organisations match by the gold's canonical name or one of the gold's accepted aliases. */
export function organizationSimilarity(gold: ArticleFacts['organizations'][number], pred: { name: string }): number {
  const name = normName(pred.name);
  if (name === normName(gold.name)) return 1;
  return namesOf(gold).has(name) ? 0.9 : 0;
}

/** The stricter column: canonical name exactly, and the same kind. */
export function organizationStrictSimilarity(gold: ArticleFacts['organizations'][number], pred: ArticleFacts['organizations'][number]): number {
  return normName(pred.name) === normName(gold.name) && pred.kind === gold.kind ? 1 : 0;
}

export function projectSimilarity(gold: ArticleFacts['projects'][number], pred: ArticleFacts['projects'][number]): number {
  const goldNames = namesOf(gold);
  if ([...namesOf(pred)].some((n) => goldNames.has(n))) return 1;
  const s = jaccard(stems(gold.name), stems(pred.name));
  return s >= EVENT_NAME_THRESHOLD ? s : 0;
}

/** A known calendar day, not a partial date. */
const isDay = (d: string | null | undefined): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d ?? '');

/**
 * Events: compatible start dates and enough shared content words (Jaccard >= 0.5). When both sides give the
 * same calendar day, the day pins the event down, so a shorter or longer name of it also counts ("working
 * meeting" for "working meeting on municipal energy planning"): half of the shorter name's words must be in
 * the other. Such pairs rank below name matches. The name-only column drops the date and this allowance.
 */
export function eventSimilarity(gold: ArticleFacts['events'][number], pred: ArticleFacts['events'][number], checkDate = true): number {
  if (checkDate && !datesCompatible(gold.startDate, pred.startDate)) return 0;
  const a = stems(gold.name);
  const b = stems(pred.name);
  const s = jaccard(a, b);
  if (s >= EVENT_NAME_THRESHOLD) return s;
  if (checkDate && isDay(gold.startDate) && gold.startDate === pred.startDate && overlap(a, b) >= EVENT_NAME_THRESHOLD) return s / 2;
  return 0;
}

/** Shared words over the smaller set's size: 1 when one name's words are all in the other. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size === 0) return 0;
  let common = 0;
  for (const t of small) if (large.has(t)) common += 1;
  return common / small.size;
}

export function reformSimilarity(gold: string, pred: string): number {
  if (normName(gold) === normName(pred)) return 1;
  const s = jaccard(stems(gold), stems(pred));
  return s >= EVENT_NAME_THRESHOLD ? s : 0;
}

export type EntityMatchings = Record<EntityKind, Matching>;

export function matchEntities(gold: ArticleFacts, pred: ArticleFacts): EntityMatchings {
  const m = <T, U>(g: readonly T[], p: readonly U[], sim: (a: T, b: U) => number): Matching =>
    greedyMatch(g.length, p.length, (i, j) => sim(g[i]!, p[j]!));
  return {
    person: m(gold.persons, pred.persons, (a, b) => personSimilarity(a, b, gold.lang === 'en')),
    organization: m(gold.organizations, pred.organizations, organizationSimilarity),
    organizationStrict: m(gold.organizations, pred.organizations, organizationStrictSimilarity),
    project: m(gold.projects, pred.projects, projectSimilarity),
    event: m(gold.events, pred.events, (a, b) => eventSimilarity(a, b, true)),
    eventName: m(gold.events, pred.events, (a, b) => eventSimilarity(a, b, false)),
    reform: m(gold.reforms, pred.reforms, reformSimilarity),
  };
}
