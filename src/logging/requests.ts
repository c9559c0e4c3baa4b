// Apollo plugin: one log line per GraphQL operation (name, type, root fields, duration, HTTP status, error codes, the
// key's name), and each unexpected error (one production masks as INTERNAL_SERVER_ERROR) at `error` with its stack,
// operation and path. Never the key, the query text or the variables: they can hold what a client would not want kept.
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, type GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { log } from '../log.js';
import { isUnexpected } from './known-codes.js';

/** The operation as the logs name it: its name, or null for an anonymous one. */
const operationOf = (rc: GraphQLRequestContext<Context>) => rc.operationName ?? rc.request.operationName ?? null;

/** The operation's root fields (names, not aliases): what an anonymous operation asked, in a word or two. */
const rootFieldsOf = (rc: GraphQLRequestContext<Context>) =>
  rc.operation?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ?? [];

export function requestLogging(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      const codes = new Set<string>();
      let errors = 0;
      return {
        // After the timeout plugin's (it comes first in the list): a stalled Neo4j is SERVICE_UNAVAILABLE here.
        async didEncounterErrors(rc) {
          errors += rc.errors.length;
          for (const e of rc.errors) {
            const code = e.extensions['code'];
            codes.add(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
            if (isUnexpected(code)) logUnexpected(rc, e);
          }
        },
        async willSendResponse(rc) {
          log().info({
            operation: operationOf(rc),
            type: rc.operation?.operation ?? null,
            fields: rootFieldsOf(rc),
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            status: rc.response.http.status ?? 200,
            errors,
            ...(codes.size ? { codes: [...codes] } : {}),
            keyName: rc.contextValue.keyName,
          }, 'request');
        },
      };
    },
    // Failures outside the operation's own errors: Apollo answers 500 to the client and says nothing else.
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      log().error({ err: error, operation: operationOf(requestContext) }, 'unexpected error processing a request');
    },
    async contextCreationDidFail({ error }) {
      log().error({ err: error }, 'unexpected error creating a request context');
    },
  };
}

function logUnexpected(rc: GraphQLRequestContext<Context>, e: GraphQLError): void {
  log().error({
    // The error the resolver threw, with its own stack (graphql-js wraps it in a GraphQLError).
    err: e.originalError ?? e,
    operation: operationOf(rc),
    path: e.path ? e.path.join('.') : null,
    keyName: rc.contextValue.keyName,
  }, 'unexpected error');
}
