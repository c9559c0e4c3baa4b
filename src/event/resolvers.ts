// Resolvers of events: the event page's lists come from one batched links query.
import { z } from 'zod';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateRange, OptionalId, parse } from '../shared/inputs.js';
import { loadMany } from '../shared/load.js';
import { eventConnection, statementConnection } from '../shared/lists.js';

const EventsArgs = z.object({ reform: OptionalId, actor: OptionalId }).and(DateRange);

export const eventResolvers: Resolvers = {
  Query: {
    events: (_root, args, ctx) => {
      const { first, after, ...filters } = args;
      return eventConnection(ctx, parse(EventsArgs, filters), { first, after });
    },
  },
  Event: {
    chairs: async (e, _a, ctx) => loadMany(ctx, 'actor', (await ctx.loaders.eventLinks.load(e.id))?.chairs ?? []),
    participants: async (e, _a, ctx) => loadMany(ctx, 'actor', (await ctx.loaders.eventLinks.load(e.id))?.participants ?? []),
    organisers: async (e, _a, ctx) => loadMany(ctx, 'actor', (await ctx.loaders.eventLinks.load(e.id))?.organisers ?? []),
    reforms: async (e, _a, ctx) => loadMany(ctx, 'reform', (await ctx.loaders.eventLinks.load(e.id))?.reforms ?? []),
    articles: async (e, _a, ctx) => loadMany(ctx, 'article', (await ctx.loaders.eventLinks.load(e.id))?.articles ?? []),
    statements: async (e, _a, ctx) =>
      (await statementConnection(ctx, { event: e.id }, { first: ctx.config.MAX_PAGE_SIZE })).edges.map((x) => x.node),
  },
};
