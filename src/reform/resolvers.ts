// Resolvers of reforms.
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { loadCypher } from '../db/cypher.js';
import { eventConnection, statementConnection } from '../shared/lists.js';
import type { ReformRow } from './rows.js';

const Q = loadCypher(['reform/list-reforms']);

export const reformResolvers: Resolvers = {
  Query: {
    reforms: (_root, _args, ctx) => ctx.runner.read<ReformRow>(Q['reform/list-reforms']),
  },
  Reform: {
    events: (r, args, ctx) => eventConnection(ctx, { reform: r.id }, args),
    statements: (r, args, ctx, info) => statementConnection(ctx, { reform: r.id }, args, info),
  },
};
