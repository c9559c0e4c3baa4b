// Resolver of node(id): any node, merged-away ids included. A profile or event page selecting the node's lists is
// fetched in one statement with them (prefetch.ts); any other selection is a batched node load.
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Id, parse } from '../shared/inputs.js';
import { cardFieldsOf } from '../shared/selection.js';
import { loadNodePage, wantedLists } from './prefetch.js';

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_root, args, ctx, info) => {
      const id = parse(Id, args.id);
      const want = wantedLists(info, ctx.config.MAX_PAGE_SIZE);
      return want ? loadNodePage(ctx, id, want, cardFieldsOf(info)) : ctx.loaders.nodes.load(id);
    },
  },
};
