// GraphQL error classes with extensions.code, so clients can tell bad input from a slow query or a missing key.
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
