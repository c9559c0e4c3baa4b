// The only reader of process.env: validates every setting with zod and reports all errors at once.
import { z } from 'zod';

const intFrom = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

/** An API key: its name is what logs and merge records show, never the key. */
export interface ApiKey { name: string; key: string }

const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * API_KEYS: `name:key` entries, comma-separated; a bare `key` is named by its place (`key-1`, `key-2`...). The
 * messages name the entry by its place and name, never by its key, since they end up in logs.
 */
const ApiKeys = z.string().default('').transform((value, ctx): ApiKey[] => {
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  const keys = entries.map((entry, i): ApiKey => {
    const colon = entry.indexOf(':');
    return colon < 0 ? { name: `key-${i + 1}`, key: entry } : { name: entry.slice(0, colon).trim(), key: entry.slice(colon + 1).trim() };
  });
  const problem = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  keys.forEach(({ name, key }, i) => {
    const which = `entry ${i + 1}${name ? ` (${name})` : ''}`;
    if (!KEY_NAME.test(name)) problem(`${which}: the name must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, as in ci:<key>`);
    if (!key) problem(`${which}: the key is empty; write name:key`);
    else if (/\s/.test(key)) problem(`${which}: the key contains whitespace; keys are one word`);
    const sameName = keys.findIndex((k) => k.name === name);
    if (name && sameName < i) problem(`${which}: entries ${sameName + 1} and ${i + 1} are both named ${name}; give each key its own name`);
    const sameKey = keys.findIndex((k) => k.key === key);
    if (key && sameKey < i) problem(`${which}: the same key as entry ${sameKey + 1} (${keys[sameKey]!.name}); give each client its own key`);
  });
  return keys;
});

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LogLevel = z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` });
export type LogLevel = z.infer<typeof LogLevel>;

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: intFrom(4000, 0, 65535),
  HOST: z.string().default('0.0.0.0'),
  /** An external Neo4j 5 (server, cluster, Aura). When set, the project starts no Neo4j of its own. */
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI').optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'Neo4j needs a password of at least 8 characters').default('hromada-graph-local'),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** Local Neo4j: where it lives, its Bolt port and memory. */
  NEO4J_HOME: z.string().default('.neo4j'),
  NEO4J_BOLT_PORT: intFrom(7687, 0, 65535),
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/i).default('1g'),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/i).default('512m'),
  NEO4J_START_TIMEOUT_S: intFrom(180, 10, 3600),
  /** More JVM options for the local Neo4j, space-separated (e.g. -XX:StartFlightRecording=filename=neo4j.jfr). */
  NEO4J_JAVA_OPTS: z.string().default(''),
  /** Cypher transaction timeout, so that a wild `path` cannot hang the server. */
  QUERY_TIMEOUT_MS: intFrom(5000, 100, 600_000),
  /** Limits on GraphQL operations. */
  MAX_PAGE_SIZE: intFrom(100, 1, 1000),
  MAX_QUERY_DEPTH: intFrom(10, 2, 50),
  MAX_QUERY_COST: intFrom(5000, 100, 1_000_000),
  /** Comma-separated API keys that may call mutations (Authorization: Bearer <key>), each `name:key` or a bare key. */
  API_KEYS: ApiKeys,
  /** Whether the schema answers introspection (unset: yes, except in production, where it maps the API for an attacker). */
  INTROSPECTION: z.enum(['true', 'false'], { message: 'must be true or false' }).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  /** The widgets' related(id, first) answers are cached this long (0: off), and this many at most. */
  RELATED_CACHE_TTL_S: intFrom(60, 0, 86_400),
  RELATED_CACHE_SIZE: intFrom(10_000, 0, 1_000_000),
  /**
   * Whether stack traces are mapped back to the TypeScript sources (unset: yes, except in production). neo4j-driver
   * captures a stack trace for every query, so that a failed query points at its caller, and mapping it through tsx's
   * source maps cost 0.05-0.1 ms of CPU a query (measured: src/runtime.ts).
   */
  SOURCE_MAPPED_STACKS: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  /** How much the JSON logs say (src/log.ts); unset: info, except under NODE_ENV=test, where they are silent. */
  LOG_LEVEL: LogLevel.optional(),
  /** Load the curated seed corpus on start when the graph is empty. */
  SEED_ON_START: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});

export type Config = Omit<z.infer<typeof Env>, 'SOURCE_MAPPED_STACKS' | 'API_KEYS' | 'INTROSPECTION' | 'LOG_LEVEL'> & {
  SOURCE_MAPPED_STACKS: boolean;
  INTROSPECTION: boolean;
  LOG_LEVEL: LogLevel;
  apiKeys: ApiKey[];
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const { API_KEYS: apiKeys, ...settings } = parsed.data;
  const SOURCE_MAPPED_STACKS = parsed.data.SOURCE_MAPPED_STACKS ?? parsed.data.NODE_ENV !== 'production';
  const INTROSPECTION = parsed.data.INTROSPECTION ?? parsed.data.NODE_ENV !== 'production';
  return { ...settings, SOURCE_MAPPED_STACKS, INTROSPECTION, LOG_LEVEL: logLevelOf(parsed.data), apiKeys };
}

const logLevelOf = (env: { NODE_ENV: Config['NODE_ENV']; LOG_LEVEL?: LogLevel | undefined }): LogLevel =>
  env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info');

/**
 * The log level alone, for a logger made before (or without) a whole configuration: the other settings' errors are
 * loadConfig's to report, and a LOG_LEVEL it would refuse gives info here.
 */
export function loadLogLevel(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const parsed = Env.pick({ NODE_ENV: true, LOG_LEVEL: true }).safeParse(env);
  return parsed.success ? logLevelOf(parsed.data) : 'info';
}
