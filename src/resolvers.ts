// All resolvers, merged per type from the domain modules.
import type { Resolvers } from './__generated__/resolvers-types.js';
import { actorResolvers } from './actor/resolvers.js';
import { articleResolvers } from './article/resolvers.js';
import { eventResolvers } from './event/resolvers.js';
import { graphResolvers } from './graph/resolvers.js';
import { mutationResolvers } from './mutation/resolvers.js';
import { nodeResolvers } from './node/resolvers.js';
import { reformResolvers } from './reform/resolvers.js';
import { searchResolvers } from './search/resolvers.js';
import { nodeTypeResolvers } from './shared/node-resolvers.js';
import { dateScalar } from './shared/date-scalar.js';
import { statementResolvers } from './statement/resolvers.js';

const parts: Resolvers[] = [
  nodeTypeResolvers, nodeResolvers, actorResolvers, articleResolvers, eventResolvers, graphResolvers, reformResolvers,
  searchResolvers, statementResolvers, mutationResolvers, { Date: dateScalar },
];

export const resolvers: Resolvers = {};
for (const part of parts) {
  for (const [type, fields] of Object.entries(part)) {
    const target = resolvers as Record<string, object>;
    target[type] = { ...(target[type] ?? {}), ...(fields as object) };
  }
}
