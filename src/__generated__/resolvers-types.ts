import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ActorRow, PositionRow } from '../actor/rows.js';
import { EventRow } from '../event/rows.js';
import { StatementRow } from '../statement/rows.js';
import { ArticleRow, EvidenceRow } from '../article/rows.js';
import { ReformRow } from '../reform/rows.js';
import { RelatedRow, PathRow, PathStepRow } from '../graph/rows.js';
import { NameSpanRow, SuccessionRow } from '../actor/authority-fields.js';
import { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 date: "2023-11-30", or a partial date ("2023-11", "2023") where only that is known. */
  Date: { input: string; output: string; }
};

export type Actor = {
  /** Every other form seen: inflected forms, abbreviations, other transliterations. */
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  /** Articles that mention this actor, newest first. */
  mentions: ArticleConnection;
  /** Canonical Ukrainian form (nominative). */
  name: Scalars['String']['output'];
  /** Official English name or KMU-2010 transliteration. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Ranked related actors, for widgets. first: 1..50. */
  related: Array<RelatedActor>;
};


export type ActorMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActorRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ActorKind =
  | 'ASSOCIATION'
  | 'COUNCIL'
  | 'COURT'
  | 'DONOR'
  | 'EMBASSY'
  | 'GOVERNMENT_BODY'
  | 'HROMADA'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'LOCAL_ADMINISTRATION'
  | 'MINISTRY'
  | 'NGO'
  | 'OBLAST'
  | 'OTHER'
  | 'PERSON'
  | 'PROJECT'
  | 'RAION';

/** A name that matched several existing actors: it was kept apart under its own id; merge it by hand if it is one of them. */
export type AmbiguousMatch = {
  __typename?: 'AmbiguousMatch';
  candidates: Array<Scalars['ID']['output']>;
  keptAs: Scalars['ID']['output'];
  kind: ActorKind;
  name: Scalars['String']['output'];
};

export type Article = Node & {
  __typename?: 'Article';
  events: Array<Event>;
  id: Scalars['ID']['output'];
  /** uk or en */
  lang: Scalars['String']['output'];
  mentions: Array<Actor>;
  publishedAt?: Maybe<Scalars['Date']['output']>;
  /** Teasers of the related-news list printed under the article (never facts of it). */
  related: Array<Article>;
  source?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

/** The form of an article handed to ingestArticle. */
export type ArticleFormat =
  /** A news page: the main text is found by Mozilla Readability; title, date and tags come from the markup. */
  | 'HTML'
  /** One JSON Lines record: {url, title, publishedAt, lang, source, body}. */
  | 'JSONL'
  /** Plain text as a scraper delivers it: an optional title line, the body, trailing tags and related-news teasers. */
  | 'TEXT';

export type Event = Node & {
  __typename?: 'Event';
  articles: Array<Article>;
  chairs: Array<Person>;
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** засідання, форум, конференція, working group meeting, ... */
  kind?: Maybe<Scalars['String']['output']>;
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  organisers: Array<Actor>;
  participants: Array<Actor>;
  reforms: Array<Reform>;
  startDate?: Maybe<Scalars['Date']['output']>;
  /** One row per speaker (a chair counts as a speaker). */
  statements: Array<Statement>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

/** The sentence a fact was read from, and its article. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  sentence: Scalars['String']['output'];
};

export type Hromada = Actor & Node & {
  __typename?: 'Hromada';
  aliases: Array<Scalars['String']['output']>;
  events: EventConnection;
  id: Scalars['ID']['output'];
  /** KATOTTG code, when the codifier is loaded. */
  katottg?: Maybe<Scalars['String']['output']>;
  kind: ActorKind;
  mentions: ArticleConnection;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  oblast?: Maybe<Actor>;
  raion?: Maybe<Actor>;
  related: Array<RelatedActor>;
};


export type HromadaEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type HromadaMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type HromadaRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type IngestArticleInput = {
  /** The article itself, at most 1 MB with the rest of the request. */
  content: Scalars['String']['input'];
  /** How to read content; without it, markup is read as HTML and anything else as plain text. */
  format?: InputMaybe<ArticleFormat>;
  /** Overrides the date read from the article. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** The site or outlet, e.g. decentralization.gov.ua. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Where the article was published; re-ingesting the same url updates it instead of adding another. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestResult = {
  __typename?: 'IngestResult';
  actorsCreated: Scalars['Int']['output'];
  actorsMatched: Scalars['Int']['output'];
  ambiguous: Array<AmbiguousMatch>;
  article: Article;
  relationsAdded: Scalars['Int']['output'];
  status: IngestStatus;
  /** Facts that could not be placed, and other notes of the write path. */
  warnings: Array<Scalars['String']['output']>;
};

export type IngestStatus =
  | 'NEW'
  /** The article was known with the same facts: nothing was written. */
  | 'UNCHANGED'
  /** The article was known (by url, or else by the hash of its text) and its facts changed. */
  | 'UPDATED';

export type MergeResult = {
  __typename?: 'MergeResult';
  /**
   * The merge's record (who asked, when, and everything it changed): unmergeActor(mergeId:) or
   * npm run unmerge -- <mergeId> undoes it.
   */
  mergeId: Scalars['ID']['output'];
  /** The merged-away id: it keeps resolving to the survivor. */
  mergedId: Scalars['ID']['output'];
  relationshipsMoved: Scalars['Int']['output'];
  /** The actor that remains, with the merged one's relationships and names. */
  survivor: Actor;
};

/** Writes need an API key (Authorization: Bearer <key>, keys from API_KEYS); reads stay open. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Reads, extracts and writes one article in one transaction: the same path as npm run ingest. */
  ingestArticle: IngestResult;
  /**
   * Merges actor from into actor into: relationships move, names become aliases, and from keeps resolving. The merge is
   * recorded with the name of the caller's API key; the result's mergeId undoes it.
   */
  mergeActors: MergeResult;
  /**
   * Undoes a merge, by the mergeId mergeActors returned (npm run merge prints it too): the merged-away actor comes back
   * under its own id with its relationships and evidence as they were, the survivor's are put back, and the old id no
   * longer resolves to the survivor. Refused with the reason when the survivor, or an actor at the other end of a moved
   * relationship, was merged away since (undo that merge first), or when the merge was undone already.
   */
  unmergeActor: UnmergeResult;
};


/** Writes need an API key (Authorization: Bearer <key>, keys from API_KEYS); reads stay open. */
export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


/** Writes need an API key (Authorization: Bearer <key>, keys from API_KEYS); reads stay open. */
export type MutationMergeActorsArgs = {
  from: Scalars['ID']['input'];
  into: Scalars['ID']['input'];
};


/** Writes need an API key (Authorization: Bearer <key>, keys from API_KEYS); reads stay open. */
export type MutationUnmergeActorArgs = {
  mergeId: Scalars['ID']['input'];
};

/** One name an institution had. Dates are ISO and may be partial (2019, 2022-12, 2022-02-24); null: not known, or still in use. */
export type NameSpan = {
  __typename?: 'NameSpan';
  abbreviations: Array<Scalars['String']['output']>;
  from?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type Organization = Actor & Node & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  /**
   * Set on a node kept apart because several institutions had its name on the article's date: the institutions it
   * could be, for a person to merge it into (mergeActors) or leave.
   */
  candidates: Array<Succession>;
  events: EventConnection;
  /** Every name the institution had, oldest first, with the dates each was in use; empty when the authority file has no entry. */
  history: Array<NameSpan>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  mentions: ArticleConnection;
  name: Scalars['String']['output'];
  /** The institution's name on a date, from its name history (the authority file); its current name when it has none. */
  nameAt: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** People who hold or held positions here. */
  positions: Array<Position>;
  /** Bodies this one succeeded as a new legal body (a merger, a split, a reorganisation): a renaming is in history instead. */
  predecessors: Array<Succession>;
  /** Projects this organisation funds or implements. */
  projects: Array<Project>;
  related: Array<RelatedActor>;
  /** Bodies that succeeded this one. */
  successors: Array<Succession>;
};


export type OrganizationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationNameAtArgs = {
  date: Scalars['Date']['input'];
};


export type OrganizationRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Relay page information. Cursors are opaque. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  nodes: Array<Node>;
  steps: Array<PathStep>;
};

export type PathStep = {
  __typename?: 'PathStep';
  /** The sentences that state this step, the first 20 (a much-cited fact has thousands; evidenceCount counts them all). */
  evidence: Array<Evidence>;
  /** How many sentences state this step. */
  evidenceCount: Scalars['Int']['output'];
  from: Node;
  relation: Scalars['String']['output'];
  to: Node;
};

export type Person = Actor & Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  events: EventConnection;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  mentions: ArticleConnection;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * False when every article named this person in Latin script only: \`name\` is then a transliteration back into
   * Cyrillic that nobody wrote, and \`nameEn\` is the name to trust. The first article that gives the Ukrainian
   * spelling replaces it.
   */
  nameVerified: Scalars['Boolean']['output'];
  positions: Array<Position>;
  related: Array<RelatedActor>;
  statements: StatementConnection;
};


export type PersonEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Position = {
  __typename?: 'Position';
  /** How far the rule that read it is trusted (0..1); curated facts are 1. Null for facts written before it was recorded. */
  confidence?: Maybe<Scalars['Float']['output']>;
  evidence: Array<Evidence>;
  from?: Maybe<Scalars['Date']['output']>;
  organization: Actor;
  person: Person;
  title: Scalars['String']['output'];
  to?: Maybe<Scalars['Date']['output']>;
};

export type Project = Actor & Node & {
  __typename?: 'Project';
  aliases: Array<Scalars['String']['output']>;
  events: EventConnection;
  funders: Array<Actor>;
  id: Scalars['ID']['output'];
  implementers: Array<Actor>;
  kind: ActorKind;
  mentions: ArticleConnection;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  related: Array<RelatedActor>;
};


export type ProjectEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Articles, newest first. first: 1..100. */
  articles: ArticleConnection;
  /** Events, newest first. first: 1..100. */
  events: EventConnection;
  /** Any node by id. A merged-away id resolves to the surviving node. */
  node?: Maybe<Node>;
  /** A shortest path of facts between two nodes, each step with its evidence. maxHops: 1..6. */
  path?: Maybe<Path>;
  reforms: Array<Reform>;
  /** Actors ranked by shared events, shared articles and direct links. first: 1..50. */
  related: Array<RelatedActor>;
  /**
   * Finds actors, events and articles by any form a person would type: inflected Ukrainian, KMU-2010 Latin,
   * any apostrophe, any case, abbreviations. Ranked by relevance. With kinds, only actors of those kinds. first: 1..100.
   */
  search: SearchConnection;
  /** Which officials spoke at which events about which reforms. Newest events first. first: 1..100. */
  statements: StatementConnection;
};


export type QueryArticlesArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryEventsArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  reform?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  query: Scalars['String']['input'];
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  event?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  reform?: InputMaybe<Scalars['ID']['input']>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Reform = Node & {
  __typename?: 'Reform';
  events: EventConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  statements: StatementConnection;
};


export type ReformEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ReformStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RelatedActor = {
  __typename?: 'RelatedActor';
  actor: Actor;
  score: Scalars['Float']['output'];
  sharedArticles: Scalars['Int']['output'];
  sharedEvents: Scalars['Int']['output'];
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchResult;
  /** Relevance; higher is better. */
  score: Scalars['Float']['output'];
};

export type SearchResult = Article | Event | Hromada | Organization | Person | Project | Territory;

/** Who spoke (or chaired) at which event, about which reforms, with the evidence. */
export type Statement = {
  __typename?: 'Statement';
  /** True when the speaker chaired the event. */
  chaired: Scalars['Boolean']['output'];
  /** How far the rule that read it is trusted (0..1, the surest of its facts); curated facts are 1. Null for facts written before it was recorded. */
  confidence?: Maybe<Scalars['Float']['output']>;
  event?: Maybe<Event>;
  evidence: Evidence;
  /** The quoted words, where the article quotes them. */
  quote?: Maybe<Scalars['String']['output']>;
  reforms: Array<Reform>;
  speaker: Person;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

/** An institution of the authority file related to another: a predecessor, a successor or a candidate. */
export type Succession = {
  __typename?: 'Succession';
  /** The node, when an article has named it. */
  actor?: Maybe<Actor>;
  date?: Maybe<Scalars['String']['output']>;
  /** merged, split, reorganised (a successor or predecessor); candidate (a node that could be it). */
  how: Scalars['String']['output'];
  /** Its authority id, which is also its node id when the graph has it. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
};

/** An oblast or raion from the KATOTTG codifier. */
export type Territory = Actor & Node & {
  __typename?: 'Territory';
  aliases: Array<Scalars['String']['output']>;
  events: EventConnection;
  id: Scalars['ID']['output'];
  katottg?: Maybe<Scalars['String']['output']>;
  kind: ActorKind;
  mentions: ArticleConnection;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The oblast of a raion. */
  parent?: Maybe<Actor>;
  related: Array<RelatedActor>;
};


/** An oblast or raion from the KATOTTG codifier. */
export type TerritoryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An oblast or raion from the KATOTTG codifier. */
export type TerritoryMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An oblast or raion from the KATOTTG codifier. */
export type TerritoryRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UnmergeResult = {
  __typename?: 'UnmergeResult';
  /**
   * What could not be put back as it was, and why: citations retracted since the merge are not brought back, and
   * citations written since stay with the survivor.
   */
  notes: Array<Scalars['String']['output']>;
  relationshipsRestored: Scalars['Int']['output'];
  /** The merged-away actor, back under its own id with the relationships it had. */
  restored: Actor;
  /** The merge's survivor, with its own relationships and names as before the merge (and what was written to it since). */
  survivor: Actor;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  SearchResult:
    | ( ArticleRow )
    | ( EventRow )
    | ( ActorRow )
    | ( ActorRow )
    | ( ActorRow )
    | ( ActorRow )
    | ( ActorRow )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Actor:
    | ( ActorRow )
    | ( ActorRow )
    | ( ActorRow )
    | ( ActorRow )
    | ( ActorRow )
  ;
  Node:
    | ( ArticleRow )
    | ( EventRow )
    | ( ActorRow )
    | ( ActorRow )
    | ( ActorRow )
    | ( ActorRow )
    | ( ReformRow )
    | ( ActorRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Actor: ResolverTypeWrapper<ActorRow>;
  ActorKind: ActorKind;
  AmbiguousMatch: ResolverTypeWrapper<AmbiguousMatch>;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFormat: ArticleFormat;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Event: ResolverTypeWrapper<EventRow>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Hromada: ResolverTypeWrapper<ActorRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticleInput: IngestArticleInput;
  IngestResult: ResolverTypeWrapper<Omit<IngestResult, 'article'> & { article: ResolversTypes['Article'] }>;
  IngestStatus: IngestStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MergeResult: ResolverTypeWrapper<Omit<MergeResult, 'survivor'> & { survivor: ResolversTypes['Actor'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameSpan: ResolverTypeWrapper<NameSpanRow>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<ActorRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRow>;
  PathStep: ResolverTypeWrapper<PathStepRow>;
  Person: ResolverTypeWrapper<ActorRow>;
  Position: ResolverTypeWrapper<PositionRow>;
  Project: ResolverTypeWrapper<ActorRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reform: ResolverTypeWrapper<ReformRow>;
  RelatedActor: ResolverTypeWrapper<RelatedRow>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchResult'] }>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Succession: ResolverTypeWrapper<SuccessionRow>;
  Territory: ResolverTypeWrapper<ActorRow>;
  UnmergeResult: ResolverTypeWrapper<Omit<UnmergeResult, 'restored' | 'survivor'> & { restored: ResolversTypes['Actor'], survivor: ResolversTypes['Actor'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: ActorRow;
  AmbiguousMatch: AmbiguousMatch;
  Article: ArticleRow;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  Event: EventRow;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  Evidence: EvidenceRow;
  Float: Scalars['Float']['output'];
  Hromada: ActorRow;
  ID: Scalars['ID']['output'];
  IngestArticleInput: IngestArticleInput;
  IngestResult: Omit<IngestResult, 'article'> & { article: ResolversParentTypes['Article'] };
  Int: Scalars['Int']['output'];
  MergeResult: Omit<MergeResult, 'survivor'> & { survivor: ResolversParentTypes['Actor'] };
  Mutation: Record<PropertyKey, never>;
  NameSpan: NameSpanRow;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: ActorRow;
  PageInfo: PageInfo;
  Path: PathRow;
  PathStep: PathStepRow;
  Person: ActorRow;
  Position: PositionRow;
  Project: ActorRow;
  Query: Record<PropertyKey, never>;
  Reform: ReformRow;
  RelatedActor: RelatedRow;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchResult'] };
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  Statement: StatementRow;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  String: Scalars['String']['output'];
  Succession: SuccessionRow;
  Territory: ActorRow;
  UnmergeResult: Omit<UnmergeResult, 'restored' | 'survivor'> & { restored: ResolversParentTypes['Actor'], survivor: ResolversParentTypes['Actor'] };
}>;

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Hromada' | 'Organization' | 'Person' | 'Project' | 'Territory', ParentType, ContextType>;
}>;

export type AmbiguousMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AmbiguousMatch'] = ResolversParentTypes['AmbiguousMatch']> = ResolversObject<{
  candidates?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  keptAs?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = ResolversObject<{
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lang?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  chairs?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  reforms?: Resolver<Array<ResolversTypes['Reform']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HromadaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Hromada'] = ResolversParentTypes['Hromada']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<HromadaEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  katottg?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<HromadaMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oblast?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  raion?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['RelatedActor']>, ParentType, ContextType, RequireFields<HromadaRelatedArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = ResolversObject<{
  actorsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actorsMatched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ambiguous?: Resolver<Array<ResolversTypes['AmbiguousMatch']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  relationsAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MergeResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeResult'] = ResolversParentTypes['MergeResult']> = ResolversObject<{
  mergeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationshipsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeActors?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'from' | 'into'>>;
  unmergeActor?: Resolver<ResolversTypes['UnmergeResult'], ParentType, ContextType, RequireFields<MutationUnmergeActorArgs, 'mergeId'>>;
}>;

export type NameSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NameSpan'] = ResolversParentTypes['NameSpan']> = ResolversObject<{
  abbreviations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Article' | 'Event' | 'Hromada' | 'Organization' | 'Person' | 'Project' | 'Reform' | 'Territory', ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['Succession']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<OrganizationEventsArgs, 'first'>>;
  history?: Resolver<Array<ResolversTypes['NameSpan']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<OrganizationMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAt?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<OrganizationNameAtArgs, 'date'>>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Succession']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['RelatedActor']>, ParentType, ContextType, RequireFields<OrganizationRelatedArgs, 'first'>>;
  successors?: Resolver<Array<ResolversTypes['Succession']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
}>;

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<PersonEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<PersonMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['RelatedActor']>, ParentType, ContextType, RequireFields<PersonRelatedArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = ResolversObject<{
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<ProjectEventsArgs, 'first'>>;
  funders?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<ProjectMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['RelatedActor']>, ParentType, ContextType, RequireFields<ProjectRelatedArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  reforms?: Resolver<Array<ResolversTypes['Reform']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['RelatedActor']>, ParentType, ContextType, RequireFields<QueryRelatedArgs, 'first' | 'id'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
}>;

export type ReformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reform'] = ResolversParentTypes['Reform']> = ResolversObject<{
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<ReformEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ReformStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RelatedActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelatedActor'] = ResolversParentTypes['RelatedActor']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedArticles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Article' | 'Event' | 'Hromada' | 'Organization' | 'Person' | 'Project' | 'Territory', ParentType, ContextType>;
}>;

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = ResolversObject<{
  chaired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reforms?: Resolver<Array<ResolversTypes['Reform']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type SuccessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Succession'] = ResolversParentTypes['Succession']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  how?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TerritoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<TerritoryEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  katottg?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<TerritoryMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['RelatedActor']>, ParentType, ContextType, RequireFields<TerritoryRelatedArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UnmergeResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnmergeResult'] = ResolversParentTypes['UnmergeResult']> = ResolversObject<{
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipsRestored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restored?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  AmbiguousMatch?: AmbiguousMatchResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Hromada?: HromadaResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  MergeResult?: MergeResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NameSpan?: NameSpanResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reform?: ReformResolvers<ContextType>;
  RelatedActor?: RelatedActorResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Succession?: SuccessionResolvers<ContextType>;
  Territory?: TerritoryResolvers<ContextType>;
  UnmergeResult?: UnmergeResultResolvers<ContextType>;
}>;

