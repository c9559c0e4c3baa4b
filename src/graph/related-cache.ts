// A response cache for related(id, first), the widgets' hot path: bounded, with a time to live, and dropped at once
// when this process writes to the graph (writes from another process are seen after the TTL at the latest).
// Concurrent misses of one key share a single load, so a burst of widgets on a hub costs one query, not one each.
import { graphVersion } from '../store/graph-version.js';

interface Entry<V> { value: V; at: number; version: number }

export class RelatedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly loading = new Map<string, Promise<V | null>>();

  constructor(private readonly maxEntries: number, private readonly ttlMs: number) {}

  get(id: string, limit: number): V | undefined {
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
    return e.value;
  }

  set(id: string, limit: number, value: V, version = graphVersion()): void {
    if (this.maxEntries <= 0 || this.ttlMs <= 0) return;
    const key = `${limit}|${id}`;
    this.entries.delete(key);
    this.entries.set(key, { value, at: Date.now(), version });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** The cached value, or the one a load already under way will give, or a new load's. Null results are not kept. */
  async getOrLoad(id: string, limit: number, load: () => Promise<V | null>): Promise<V | null> {
    const hit = this.get(id, limit);
    if (hit !== undefined) return hit;
    const key = `${limit}|${id}`;
    const pending = this.loading.get(key);
    if (pending) return pending;
    // The version before the load: a write during it leaves the entry stale, not wrongly fresh.
    const version = graphVersion();
    const promise = load()
      .then((value) => {
        if (value !== null) this.set(id, limit, value, version);
        return value;
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, promise);
    return promise;
  }

  get size(): number {
    return this.entries.size;
  }
}
