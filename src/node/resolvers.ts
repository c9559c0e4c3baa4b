// Resolver of node(id): any node, merged-away ids included.
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Id, parse } from '../shared/inputs.js';

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_root, args, ctx) => ctx.loaders.nodes.load(parse(Id, args.id)),
  },
};
