// Resolvers of articles.
import { z } from 'zod';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateRange, OptionalId, parse } from '../shared/inputs.js';
import { loadMany } from '../shared/load.js';
import { articleConnection } from '../shared/lists.js';

const ArticlesArgs = z.object({ actor: OptionalId }).and(DateRange);

export const articleResolvers: Resolvers = {
  Query: {
    articles: (_root, args, ctx) => {
      const { first, after, ...filters } = args;
      return articleConnection(ctx, parse(ArticlesArgs, filters), { first, after });
    },
  },
  Article: {
    mentions: async (a, _x, ctx) => loadMany(ctx, 'actor', (await ctx.loaders.articleLinks.load(a.id))?.mentions ?? []),
    events: async (a, _x, ctx) => loadMany(ctx, 'event', (await ctx.loaders.articleLinks.load(a.id))?.events ?? []),
    related: async (a, _x, ctx) => loadMany(ctx, 'article', (await ctx.loaders.articleLinks.load(a.id))?.related ?? []),
  },
};
