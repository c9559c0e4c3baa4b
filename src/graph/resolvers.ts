// Resolvers of related actors and paths.
import { z } from 'zod';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { BadInputError } from '../errors.js';
import { Id, parse } from '../shared/inputs.js';
import { cardFieldsOf } from '../shared/selection.js';
import { loadNodes, requireOne, whenReady } from '../shared/load.js';
import { MAX_HOPS, shortestPath } from './path.js';
import { relatedOf } from './related.js';
import { primeNodes } from '../node/loaders.js';

const PathArgs = z.object({ from: Id, to: Id, maxHops: z.number().int().min(1).max(MAX_HOPS, `at most ${MAX_HOPS}`) });

export const graphResolvers: Resolvers = {
  Query: {
    related: async (_root, args, ctx) => {
      const id = parse(Id, args.id);
      const rows = await relatedOf(ctx, id, args.first);
      if (!rows) throw new BadInputError(`No actor has id ${id}.`);
      return rows;
    },
    path: async (_root, args, ctx, info) => {
      const { from, to, maxHops } = parse(PathArgs, args);
      const found = await shortestPath(ctx.runner, from, to, maxHops, cardFieldsOf(info));
      if (found) {
        primeNodes(ctx.loaders.nodes, found.nodes);
        return found;
      }
      // No path: say so only when both ends exist (one batched lookup, on this rarer branch only).
      const [a, b] = await Promise.all([ctx.loaders.nodes.load(from), ctx.loaders.nodes.load(to)]);
      if (!a || !b) throw new BadInputError(`No node has id ${!a ? from : to}.`);
      return null;
    },
  },
  RelatedActor: {
    actor: (r, _args, ctx) => requireOne(ctx, 'actor', r.actorId),
  },
  Path: {
    length: (p) => p.steps.length,
    nodes: (p, _args, ctx) => loadNodes(ctx, p.nodeIds),
  },
  PathStep: {
    from: (s, _args, ctx) => whenReady(loadNodes(ctx, [s.fromId]), (xs) => xs[0]!),
    to: (s, _args, ctx) => whenReady(loadNodes(ctx, [s.toId]), (xs) => xs[0]!),
  },
};
