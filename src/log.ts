// The JSON logs (pino): one logger per process, at the configured LOG_LEVEL. What is logged: each request
// (src/logging/requests.ts), each unexpected error with its stack, and each write with who made it
// (src/logging/writes.ts). API keys and query variables never are.
import pino from 'pino';
import { loadLogLevel, type Config } from './config.js';

export type Logger = pino.Logger;

/**
 * A logger writing one JSON object a line to `destination`: stdout by default, written asynchronously so that a
 * request does not wait on the write (pino flushes what is pending when the process exits).
 */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, destination: pino.DestinationStream = pino.destination({ dest: 1, sync: false })): Logger {
  return pino({ level: config.LOG_LEVEL, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

let current: Logger | undefined;

/**
 * The process's logger. `npm start` and the CLIs set theirs from their config (useLogger); code run without them
 * (the tests, the bench's servers) gets one at first use, at the environment's LOG_LEVEL.
 */
export function log(): Logger {
  return (current ??= createLogger({ LOG_LEVEL: loadLogLevel() }));
}

/** Makes `logger` the process's logger; returns the one it replaces (a test puts it back). */
export function useLogger(logger: Logger | undefined): Logger | undefined {
  const previous = current;
  current = logger;
  return previous;
}
