// The error codes a client is meant to see: production keeps these (and the error's path) and masks the rest as
// INTERNAL_SERVER_ERROR (src/apollo.ts), and an error masked there is one the logs report with its stack.

/** The project's own codes and Apollo's request codes. */
export const KNOWN_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TIMEOUT', 'UNAUTHENTICATED', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'SERVICE_UNAVAILABLE', 'INGEST_FAILED',
]);

/** Whether an error with this `extensions.code` is one nobody meant: a bug or a failure the code does not know. */
export const isUnexpected = (code: unknown): boolean => typeof code !== 'string' || !KNOWN_CODES.has(code);
