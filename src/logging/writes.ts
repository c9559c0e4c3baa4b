// One log line per write, in one shape: what was written (`write`), by whom (`by`: `key:<name>` for an API key, the
// command and system user for a CLI, as merge records name them) and how much.
import { log } from '../log.js';

export type WriteKind = 'ingestArticle' | 'mergeActors' | 'unmergeActor' | 'ingest';

/** A write that went in. */
export function logWrite(write: WriteKind, by: string, details: Record<string, unknown>): void {
  log().info({ write, by, ...details }, 'write');
}

/** A write that was refused or rolled back: nothing of it was kept. */
export function logWriteFailed(write: WriteKind, by: string, reason: string, details: Record<string, unknown> = {}): void {
  log().warn({ write, by, reason, ...details }, 'write failed');
}
