// Resolvers of the actor types: thin, each field one loader call.
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { positionKey, type ActorRow } from './rows.js';
import type { Context } from '../context.js';
import { zipEvidence } from '../shared/evidence.js';
import { loadMany, loadOne, requireOne } from '../shared/load.js';
import { articleConnection, eventConnection, statementConnection } from '../shared/lists.js';
import { relatedOf } from '../graph/related.js';
import { candidatesOf, historyOf, nameOn, predecessorsOf, successorsOf } from './authority-fields.js';

type PageArgs = { first?: number | null; after?: string | null };

const common = {
  aliases: (a: ActorRow) => a.aliases.filter((x) => x !== a.name),
  related: async (a: ActorRow, args: { first?: number | null }, ctx: Context) => (await relatedOf(ctx, a.id, args.first)) ?? [],
  mentions: (a: ActorRow, args: PageArgs, ctx: Context) => articleConnection(ctx, { actor: a.id }, args),
  events: (a: ActorRow, args: PageArgs, ctx: Context) => eventConnection(ctx, { actor: a.id }, args),
};

export const actorResolvers: Resolvers = {
  Person: {
    ...common,
    positions: async (a, _args, ctx) => (await ctx.loaders.positionsOfPerson.load(a.id))?.rows ?? [],
    statements: (a, args, ctx, info) => statementConnection(ctx, { speaker: a.id }, args, info),
    nameVerified: (a) => a.nameVerified ?? true,
  },
  Organization: {
    ...common,
    positions: async (a, _args, ctx) => (await ctx.loaders.positionsAtOrganization.load(a.id))?.rows ?? [],
    projects: async (a, _args, ctx) => {
      const [funds, impl] = await Promise.all([ctx.loaders.funds.load(a.id), ctx.loaders.implements.load(a.id)]);
      return loadMany(ctx, 'actor', [...new Set([...(funds?.ids ?? []), ...(impl?.ids ?? [])])]);
    },
    nameAt: (a, args) => nameOn(a, args.date),
    history: (a) => historyOf(a),
    predecessors: (a) => predecessorsOf(a),
    successors: (a) => successorsOf(a),
    candidates: (a) => candidatesOf(a),
  },
  Succession: {
    actor: (s, _args, ctx) => loadOne(ctx, 'actor', s.id),
  },
  Hromada: {
    ...common,
    oblast: async (a, _args, ctx) => loadOne(ctx, 'actor', (await ctx.loaders.territory.load(a.id))?.oblastId),
    raion: async (a, _args, ctx) => loadOne(ctx, 'actor', (await ctx.loaders.territory.load(a.id))?.raionId),
  },
  Territory: {
    ...common,
    parent: async (a, _args, ctx) => loadOne(ctx, 'actor', (await ctx.loaders.territory.load(a.id))?.oblastId),
  },
  Project: {
    ...common,
    funders: async (a, _args, ctx) => loadMany(ctx, 'actor', (await ctx.loaders.funders.load(a.id))?.ids ?? []),
    implementers: async (a, _args, ctx) => loadMany(ctx, 'actor', (await ctx.loaders.implementers.load(a.id))?.ids ?? []),
  },
  Position: {
    person: (p, _args, ctx) => requireOne(ctx, 'actor', p.personId),
    organization: (p, _args, ctx) => requireOne(ctx, 'actor', p.organizationId),
    evidence: async (p, _args, ctx) => {
      const row = await ctx.loaders.positionEvidence.load(positionKey(p));
      return zipEvidence(row?.articles ?? null, row?.sentences ?? null);
    },
  },
};
