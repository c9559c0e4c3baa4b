// Resolver of search: validated input, one full-text query that also carries the hits' properties.
import { z } from 'zod';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { loadCypher, narrowed } from '../db/cypher.js';
import { BadInputError } from '../errors.js';
import { connection, pageArgs } from '../pagination.js';
import { Kinds, parse } from '../shared/inputs.js';
import { cardFieldsOf } from '../shared/selection.js';
import { loadNodes } from '../shared/load.js';
import type { NodeRow } from '../node/rows.js';
import { primeNodes, type NodeCard } from '../node/loaders.js';
import { toLucene } from './lucene.js';

const Q = loadCypher(['search/search-all']);

/** How many hits each full-text index contributes at most: deep pages of fuzzy matches are noise. */
export const MAX_SEARCH_HITS = 500;

const SearchArgs = z.object({ query: z.string().trim().min(1, 'must not be empty').max(200), kinds: Kinds });

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_root, args, ctx, info) => {
      const { query, kinds } = parse(SearchArgs, { query: args.query, kinds: args.kinds });
      const page = pageArgs(args, ctx.config.MAX_PAGE_SIZE, 10);
      const lucene = toLucene(query);
      if (!lucene) throw new BadInputError('The query has no letters or digits to search for.');
      const [res] = await ctx.runner.read<{ totalCount: number; rows: { id: string; score: number }[]; nodes: NodeCard[] }>(
        // The hits' cards carry the fields the operation shows, as node pages' do.
        narrowed('search-all', Q['search/search-all'], ['n'], cardFieldsOf(info)), {
        lucene, kinds, limit: MAX_SEARCH_HITS, skip: page.skip, first: page.limit,
      });
      const rows = res?.rows ?? [];
      // The hits' properties came with them: loadNodes below reads the primed loader, no second query.
      primeNodes(ctx.loaders.nodes, res?.nodes);
      const nodes = (await loadNodes(ctx, rows.map((r) => r.id))).filter(
        (n): n is Exclude<NodeRow, { __typename: 'Reform' }> => n.__typename !== 'Reform',
      );
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const hits = rows.flatMap((r) => {
        const node = byId.get(r.id);
        return node ? [{ node, score: r.score }] : [];
      });
      return connection(hits.map((h) => h.node), res?.totalCount ?? 0, page, (i) => ({ score: hits[i]?.score ?? 0 }));
    },
  },
};
