// The one document shape every writer of the graph speaks: an article and the facts read from it.
// The extractor produces it, the curated seed is written in it, and the write path consumes it.
import { z } from 'zod';

export const ACTOR_KINDS = [
  'PERSON', 'MINISTRY', 'GOVERNMENT_BODY', 'COUNCIL', 'HROMADA', 'OBLAST', 'RAION', 'LOCAL_ADMINISTRATION',
  'ASSOCIATION', 'DONOR', 'INTERNATIONAL_ORGANIZATION', 'EMBASSY', 'COURT', 'NGO', 'PROJECT', 'OTHER',
] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

export const RELATION_TYPES = [
  'SPOKE_AT', 'CHAIRED', 'HOLDS_POSITION', 'PARTICIPATED_IN', 'ORGANISED', 'FUNDS', 'IMPLEMENTS', 'ABOUT',
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

/** ISO date, or a partial one ("2023-11", "2023") where only that is known. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const name = z.string().trim().min(1).max(300);
const evidence = z.string().trim().min(1).max(5000);

export const PositionFact = z.object({
  title: z.string().trim().min(1).max(300),
  organization: name,
});

export const PersonFact = z.object({
  name,
  nameEn: name.nullable().optional(),
  /** Other forms seen in the text (inflected, other spellings). */
  aliases: z.array(name).default([]),
  positions: z.array(PositionFact).default([]),
  /**
   * False when the article gives the person only in Latin script and `name` is a transliteration back into
   * Cyrillic, not a spelling anyone wrote: the graph keeps the Latin form as the name to trust.
   */
  nameVerified: z.boolean().default(true),
});

export const OrganizationFact = z.object({
  name,
  kind: ActorKind,
  nameEn: name.nullable().optional(),
  aliases: z.array(name).default([]),
  /** For hromadas: the oblast named with it, which helps resolve it to its KATOTTG node. */
  oblast: name.nullable().optional(),
});

export const ProjectFact = z.object({
  name,
  nameEn: name.nullable().optional(),
  aliases: z.array(name).default([]),
  funders: z.array(name).default([]),
  implementers: z.array(name).default([]),
});

export const EventFact = z.object({
  /** The whole noun phrase as the article gives it, in the nominative. */
  name,
  /** Other forms seen in the text (inflected, shorter references). */
  aliases: z.array(name).default([]),
  /** The kind of gathering, in the article's language: засідання, форум, round table, … */
  kind: z.string().trim().max(100).nullable().optional(),
  startDate: PartialDate.nullable().optional(),
  endDate: PartialDate.nullable().optional(),
  location: z.string().trim().max(300).nullable().optional(),
});

export const RelationFact = z.object({
  type: RelationType,
  /** A name as it appears in persons, organizations, projects or events. */
  from: name,
  /** A name in those lists, or a reform name for ABOUT. */
  to: name,
  evidence,
  /** SPOKE_AT: the quoted words, where the article quotes them. */
  quote: z.string().trim().max(5000).nullable().optional(),
  /** HOLDS_POSITION: the position title. */
  title: z.string().trim().max(300).nullable().optional(),
  /** How far the rule that read it is trusted, 0-1; curated facts are 1 whatever they say. */
  confidence: z.number().min(0).max(1).nullable().optional(),
});

export const RelatedTeaser = z.object({
  title: z.string().trim().min(1).max(1000),
  date: PartialDate.nullable().optional(),
  teaser: z.string().trim().max(5000).nullable().optional(),
});

export const ArticleFacts = z.object({
  file: z.string().nullable().optional(),
  url: z.string().url().nullable().optional(),
  title: z.string().trim().max(1000).nullable().optional(),
  publishedAt: PartialDate.nullable().optional(),
  source: z.string().trim().max(300).nullable().optional(),
  lang: z.enum(['uk', 'en']),
  /** The article text, without trailing tags and related-news lists. */
  body: z.string().optional(),
  tags: z.array(z.string()).default([]),
  related: z.array(RelatedTeaser).default([]),
  persons: z.array(PersonFact).default([]),
  organizations: z.array(OrganizationFact).default([]),
  projects: z.array(ProjectFact).default([]),
  events: z.array(EventFact).default([]),
  relations: z.array(RelationFact).default([]),
  reforms: z.array(name).default([]),
});

export type PositionFact = z.infer<typeof PositionFact>;
export type PersonFact = z.infer<typeof PersonFact>;
export type OrganizationFact = z.infer<typeof OrganizationFact>;
export type ProjectFact = z.infer<typeof ProjectFact>;
export type EventFact = z.infer<typeof EventFact>;
export type RelationFact = z.infer<typeof RelationFact>;
export type RelatedTeaser = z.infer<typeof RelatedTeaser>;
export type ArticleFacts = z.infer<typeof ArticleFacts>;
export type ArticleFactsInput = z.input<typeof ArticleFacts>;

/** What a reader yields before extraction: the article and its metadata, no facts yet. */
export const ParsedArticle = ArticleFacts.pick({
  file: true, url: true, title: true, publishedAt: true, source: true, lang: true, body: true, tags: true, related: true,
}).extend({ body: z.string() });
export type ParsedArticle = z.infer<typeof ParsedArticle>;
