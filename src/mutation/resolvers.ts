// Resolvers of the mutations: ingestArticle (the ingest path for one article), mergeActors and unmergeActor; all need
// an API key, whose name goes into a merge's record and the write's log line.
import { GraphQLError } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { mergeActorsChecked, MergeError } from '../actor/merge.js';
import { unmergeActor, UnmergeError } from '../actor/unmerge.js';
import type { Context } from '../context.js';
import { BadInputError, UnauthorisedError } from '../errors.js';
import { ingestOne } from '../ingest/pipeline.js';
import { parseArticle } from '../ingest/readers/index.js';
import { logWrite, logWriteFailed } from '../logging/writes.js';
import { Id, parse } from '../shared/inputs.js';
import { requireOne } from '../shared/load.js';
import { IngestArticleInput } from './inputs.js';

/** The name of the caller's API key; throws UNAUTHENTICATED without a valid one. */
function requireKey(ctx: Context): string {
  if (ctx.config.apiKeys.length === 0) throw new UnauthorisedError('Mutations are off on this server: it has no API keys (set API_KEYS).');
  if (!ctx.authorised || ctx.keyName === null) throw new UnauthorisedError();
  return ctx.keyName;
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    ingestArticle: async (_root, args, ctx) => {
      const by = `key:${requireKey(ctx)}`;
      const input = parse(IngestArticleInput, args.input);
      const file = input.url ?? 'ingestArticle';
      const read = parseArticle(input.content, file, input.format?.toLowerCase() as 'text' | 'html' | 'jsonl' | undefined);
      if (read.error !== undefined || !read.article) throw new BadInputError(`The article cannot be read: ${read.error ?? 'unreadable'}`);
      // What the caller states about the article wins over what the reader guessed from its text.
      const article = {
        ...read.article,
        url: input.url ?? read.article.url,
        publishedAt: input.publishedAt ?? read.article.publishedAt,
        source: input.source ?? read.article.source,
      };
      const outcome = await ingestOne(ctx.db, { file, article });
      if (!outcome.result) {
        logWriteFailed('ingestArticle', by, outcome.reason, { url: input.url });
        throw new GraphQLError(`The article was not written (nothing of it was kept): ${outcome.reason}`, { extensions: { code: 'INGEST_FAILED' } });
      }
      const r = outcome.result;
      logWrite('ingestArticle', by, {
        articleId: r.articleId, url: input.url, status: r.status, actorsCreated: r.actorsCreated, actorsMatched: r.actorsMatched,
        relationsAdded: r.relationsAdded, ambiguous: r.ambiguous.length,
      });
      return {
        status: r.status === 'new' ? 'NEW' : r.status === 'updated' ? 'UPDATED' : 'UNCHANGED',
        article: await requireOne(ctx, 'article', r.articleId),
        actorsCreated: r.actorsCreated,
        actorsMatched: r.actorsMatched,
        relationsAdded: r.relationsAdded,
        ambiguous: r.ambiguous,
        warnings: r.warnings,
      };
    },
    mergeActors: async (_root, args, ctx) => {
      const by = `key:${requireKey(ctx)}`;
      const [from, into] = [parse(Id, args.from), parse(Id, args.into)];
      try {
        const r = await mergeActorsChecked(ctx.db, from, into, by);
        logWrite('mergeActors', by, { from, into, mergeId: r.mergeId, survivor: r.survivor, merged: r.merged, relationshipsMoved: r.relationshipsMoved });
        return { survivor: await requireOne(ctx, 'actor', r.survivor), mergedId: r.merged, relationshipsMoved: r.relationshipsMoved, mergeId: r.mergeId };
      } catch (e) {
        if (e instanceof MergeError) {
          logWriteFailed('mergeActors', by, e.message, { from, into });
          throw new BadInputError(e.message);
        }
        throw e;
      }
    },
    unmergeActor: async (_root, args, ctx) => {
      const by = `key:${requireKey(ctx)}`;
      const mergeId = parse(Id, args.mergeId);
      try {
        const r = await unmergeActor(ctx.db, mergeId, by);
        logWrite('unmergeActor', by, { mergeId, restored: r.restored, survivor: r.survivor, relationshipsRestored: r.relationshipsRestored, notes: r.notes.length });
        const [restored, survivor] = await Promise.all([requireOne(ctx, 'actor', r.restored), requireOne(ctx, 'actor', r.survivor)]);
        return { restored, survivor, relationshipsRestored: r.relationshipsRestored, notes: r.notes };
      } catch (e) {
        if (e instanceof UnmergeError) {
          logWriteFailed('unmergeActor', by, e.message, { mergeId });
          throw new BadInputError(e.message);
        }
        throw e;
      }
    },
  },
};
