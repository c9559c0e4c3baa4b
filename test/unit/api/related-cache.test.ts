import { afterEach, describe, expect, it, vi } from 'vitest';
import { RelatedCache } from '../../../src/graph/related-cache.js';
import { bumpGraphVersion } from '../../../src/store/graph-version.js';

const rows = (id: string) => [{ actorId: id, score: 1, sharedEvents: 0, sharedArticles: 1 }];

afterEach(() => { vi.useRealTimers(); });

describe('RelatedCache', () => {
  it('answers a repeated (id, first) from memory, and a different first separately', () => {
    const c = new RelatedCache(10, 60_000);
    expect(c.get('person:a', 10)).toBeUndefined();
    c.set('person:a', 10, rows('person:b'));
    expect(c.get('person:a', 10)).toEqual(rows('person:b'));
    expect(c.get('person:a', 20)).toBeUndefined();
  });

  it('forgets everything when this process writes to the graph', () => {
    const c = new RelatedCache(10, 60_000);
    c.set('person:a', 10, rows('person:b'));
    bumpGraphVersion();
    expect(c.get('person:a', 10)).toBeUndefined();
  });

  it('forgets an entry after its time to live', () => {
    vi.useFakeTimers();
    const c = new RelatedCache(10, 1_000);
    c.set('person:a', 10, rows('person:b'));
    vi.advanceTimersByTime(999);
    expect(c.get('person:a', 10)).toBeDefined();
    vi.advanceTimersByTime(2);
    expect(c.get('person:a', 10)).toBeUndefined();
  });

  it('keeps at most its size, dropping the least recently used', () => {
    const c = new RelatedCache(2, 60_000);
    c.set('a', 10, rows('x'));
    c.set('b', 10, rows('x'));
    c.get('a', 10); // a is now more recent than b
    c.set('c', 10, rows('x'));
    expect(c.size).toBe(2);
    expect(c.get('b', 10)).toBeUndefined();
    expect(c.get('a', 10)).toBeDefined();
  });

  it('stores nothing when turned off', () => {
    const off = new RelatedCache(10, 0);
    off.set('a', 10, rows('x'));
    expect(off.size).toBe(0);
  });

  it('shares one load between concurrent misses of a key, and keeps its result', async () => {
    const c = new RelatedCache(10, 60_000);
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const load = async () => { loads++; await gate; return rows('person:b'); };
    const both = Promise.all([c.getOrLoad('person:a', 10, load), c.getOrLoad('person:a', 10, load)]);
    release();
    expect(await both).toEqual([rows('person:b'), rows('person:b')]);
    expect(loads).toBe(1);
    expect(await c.getOrLoad('person:a', 10, load)).toEqual(rows('person:b'));
    expect(loads).toBe(1);
  });

  it('does not keep a missing answer, nor one loaded while this process wrote', async () => {
    const c = new RelatedCache<ReturnType<typeof rows>>(10, 60_000);
    expect(await c.getOrLoad('person:none', 10, () => Promise.resolve(null))).toBeNull();
    expect(c.size).toBe(0);
    await c.getOrLoad('person:a', 10, () => { bumpGraphVersion(); return Promise.resolve(rows('person:b')); });
    expect(c.get('person:a', 10)).toBeUndefined();
  });
});
