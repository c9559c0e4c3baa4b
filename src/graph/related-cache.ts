// A response cache for related(id, first), the widgets' hot path: bounded, with a time to live, and dropped at once
// when this process writes to the graph (writes from another process are seen after the TTL at the latest).
import { graphVersion } from '../store/graph-version.js';
import type { RelatedRow } from './rows.js';

interface Entry { rows: RelatedRow[]; at: number; version: number }

export class RelatedCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries: number, private readonly ttlMs: number) {}

  get(id: string, limit: number): RelatedRow[] | undefined {
    const key = `${limit}|${id}`;
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.version !== graphVersion() || Date.now() - e.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting marks the entry as recently used.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.rows;
  }

  set(id: string, limit: number, rows: RelatedRow[]): void {
    if (this.maxEntries <= 0 || this.ttlMs <= 0) return;
    const key = `${limit}|${id}`;
    this.entries.delete(key);
    this.entries.set(key, { rows, at: Date.now(), version: graphVersion() });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
