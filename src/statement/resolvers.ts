// Resolvers of statements: who spoke at which event about which reforms, with evidence.
import { z } from 'zod';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateRange, OptionalId, parse } from '../shared/inputs.js';
import { eventLinks } from '../event/links.js';
import { loadMany, loadOne, requireOne, whenReady } from '../shared/load.js';
import { statementConnection } from '../shared/lists.js';
import { asksOnlyId } from '../shared/selection.js';
import type { ArticleNode } from '../shared/load.js';

/** An article known by its id only, for a selection that asks nothing else of it. */
const articleRef = (id: string): ArticleNode => ({ __typename: 'Article', id, url: null, title: null, publishedAt: null, source: null, lang: 'uk' });

const StatementsArgs = z.object({
  reform: OptionalId, speaker: OptionalId, event: OptionalId,
  minConfidence: z.number().min(0, 'minConfidence is 0..1').max(1, 'minConfidence is 0..1').nullish().transform((c) => c ?? null),
}).and(DateRange);

export const statementResolvers: Resolvers = {
  Query: {
    statements: (_root, args, ctx, info) => {
      const { first, after, ...filters } = args;
      return statementConnection(ctx, parse(StatementsArgs, filters), { first, after }, info);
    },
  },
  Statement: {
    speaker: (s, _a, ctx) => requireOne(ctx, 'actor', s.speakerId),
    event: (s, _a, ctx) => loadOne(ctx, 'event', s.eventId),
    reforms: (s, _a, ctx) => whenReady(eventLinks(ctx, s.eventId, 'reforms'), (ids) => loadMany(ctx, 'reform', ids)),
  },
  Evidence: {
    // An id-only selection is answered from the evidence: the write path keeps every evidence article id naming an
    // article (retraction drops the article's evidence), so the lookup would only repeat the id (a fifth of a
    // person page's bytes at 100k, in cards of its 20 evidence articles).
    article: (e, _a, ctx, info) => (asksOnlyId(info) ? articleRef(e.articleId) : requireOne(ctx, 'article', e.articleId)),
  },
};
