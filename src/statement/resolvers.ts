// Resolvers of statements: who spoke at which event about which reforms, with evidence.
import { z } from 'zod';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateRange, OptionalId, parse } from '../shared/inputs.js';
import { eventLinks } from '../event/links.js';
import { loadMany, loadOne, requireOne, whenReady } from '../shared/load.js';
import { statementConnection } from '../shared/lists.js';

const StatementsArgs = z.object({ reform: OptionalId, speaker: OptionalId, event: OptionalId }).and(DateRange);

export const statementResolvers: Resolvers = {
  Query: {
    statements: (_root, args, ctx) => {
      const { first, after, ...filters } = args;
      return statementConnection(ctx, parse(StatementsArgs, filters), { first, after });
    },
  },
  Statement: {
    speaker: (s, _a, ctx) => requireOne(ctx, 'actor', s.speakerId),
    event: (s, _a, ctx) => loadOne(ctx, 'event', s.eventId),
    reforms: (s, _a, ctx) => whenReady(eventLinks(ctx, s.eventId, 'reforms'), (ids) => loadMany(ctx, 'reform', ids)),
  },
  Evidence: {
    article: (e, _a, ctx) => requireOne(ctx, 'article', e.articleId),
  },
};
