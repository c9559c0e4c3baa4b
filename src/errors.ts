// GraphQL error classes with extensions.code, so clients can tell bad input from a slow query or a missing key.
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ZodError } from 'zod';

export class BadInputError extends GraphQLError {
  constructor(message: string, details?: unknown) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', details } });
  }
}

export function fromZod(error: ZodError): BadInputError {
  const issues = error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
  return new BadInputError(`Invalid arguments: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues);
}

export class QueryTimeoutGraphQLError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'QUERY_TIMEOUT' } });
  }
}

export class UnauthorisedError extends GraphQLError {
  constructor(message = 'This mutation needs an API key: send Authorization: Bearer <key>.') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

/** Seconds a client should wait before retrying when the database is unavailable. */
export const RETRY_AFTER_S = 5;

/** The database is down or stalled: HTTP 503 with Retry-After, never an INTERNAL_SERVER_ERROR. */
export class ServiceUnavailableError extends GraphQLError {
  constructor(message: string) {
    super(message, {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_S)]]) } },
    });
  }
}
