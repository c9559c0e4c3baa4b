// Resolvers of events: the event page's lists come from one batched links query.
import { z } from 'zod';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateRange, OptionalId, parse } from '../shared/inputs.js';
import { eventLinks } from './links.js';
import { loadMany, whenReady } from '../shared/load.js';
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
    chairs: (e, _a, ctx) => whenReady(eventLinks(ctx, e.id, 'chairs'), (ids) => loadMany(ctx, 'actor', ids)),
    participants: (e, _a, ctx) => whenReady(eventLinks(ctx, e.id, 'participants'), (ids) => loadMany(ctx, 'actor', ids)),
    organisers: (e, _a, ctx) => whenReady(eventLinks(ctx, e.id, 'organisers'), (ids) => loadMany(ctx, 'actor', ids)),
    reforms: (e, _a, ctx) => whenReady(eventLinks(ctx, e.id, 'reforms'), (ids) => loadMany(ctx, 'reform', ids)),
    articles: (e, _a, ctx) => whenReady(eventLinks(ctx, e.id, 'articles'), (ids) => loadMany(ctx, 'article', ids)),
    statements: async (e, _a, ctx, info) =>
      (await statementConnection(ctx, { event: e.id }, { first: ctx.config.MAX_PAGE_SIZE }, info)).edges.map((x) => x.node),
  },
};
