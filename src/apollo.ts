// Apollo Server configured for this API: depth and cost limits, errors masked in production, no stack traces,
// requests and unexpected errors logged (src/logging/requests.ts).
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { DatabaseUnavailableError, QueryTimeoutError } from './db/database.js';
import { QueryTimeoutGraphQLError, ServiceUnavailableError } from './errors.js';
import { buildSchema } from './schema.js';
import { costLimitWithPaths } from './graph/path-cost.js';
import { KNOWN_CODES } from './logging/known-codes.js';
import { requestLogging } from './logging/requests.js';

/** `schema` is the API's own unless given: the bench's framework floor (bench/floor.ts) runs this configuration over
 * a schema answering from memory. */
export function createApollo(config: Config, plugins: ApolloServerPlugin<Context>[] = [], schema: GraphQLSchema = buildSchema()): ApolloServer<Context> {
  const production = config.NODE_ENV === 'production';
  return new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    introspection: config.INTROSPECTION,
    // main.ts owns SIGINT/SIGTERM (drain, stop Neo4j, exit); Apollo's own handlers stopped it a second time,
    // concurrently, and the shutdown hung before Neo4j was stopped.
    stopOnTerminationSignals: false,
    validationRules: [
      // Rejections are reported as validation errors (400, GRAPHQL_VALIDATION_FAILED) instead of thrown.
      maxDepthRule({ n: config.MAX_QUERY_DEPTH, exposeLimits: true, propagateOnRejection: false, onReject: [(ctx, err) => ctx?.reportError(err)] }),
      // graphql-armor's cost limit, with each `path` counting what its graph search costs (src/graph/path-cost.ts).
      costLimitWithPaths({ maxCost: config.MAX_QUERY_COST, exposeLimits: true, propagateOnRejection: false, onReject: [(ctx, err) => ctx?.reportError(err)] }),
    ],
    // No cache hints are used: the cache-control plugin would only cost a hook per resolved field.
    // The logging plugin after the timeout plugin, so that it sees the errors as the client will.
    plugins: [ApolloServerPluginCacheControlDisabled(), timeoutPlugin(), requestLogging(), ...plugins],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.['code'];
      if (typeof code === 'string' && KNOWN_CODES.has(code)) return formatted;
      if (production) return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      void error;
      return formatted;
    },
  });
}

/**
 * Neo4j transaction timeouts surface as a QUERY_TIMEOUT error that says what to do; a database that is down or
 * stalled as SERVICE_UNAVAILABLE with HTTP 503 and Retry-After (a load balancer then sends the traffic elsewhere).
 */
function timeoutPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          rc.errors.forEach((e, i) => {
            const original = e.originalError;
            if (original instanceof QueryTimeoutError) (rc.errors as GraphQLError[])[i] = new QueryTimeoutGraphQLError(original.message);
            else if (original instanceof DatabaseUnavailableError) (rc.errors as GraphQLError[])[i] = new ServiceUnavailableError(original.message);
          });
        },
      };
    },
  };
}
