// Process-wide settings a server applies when it starts.

/**
 * Source-mapped stack traces on or off (SOURCE_MAPPED_STACKS). neo4j-driver captures a stack trace for every query
 * it runs; under tsx each capture maps every frame through the source maps. Measured on the bench's 10k corpus with
 * the raw driver's event statement, one query at a time, the two settings alternating in one process (the last three
 * of four rounds): 0.50-0.55 ms of the client's CPU a query with source maps, 0.43-0.46 ms without.
 */
export function applyStackTraceSetting(config: { SOURCE_MAPPED_STACKS: boolean }): void {
  process.setSourceMapsEnabled(config.SOURCE_MAPPED_STACKS);
}
