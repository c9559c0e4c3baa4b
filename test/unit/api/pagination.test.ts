import { describe, expect, it } from 'vitest';
import { connection, encodeCursor, pageArgs } from '../../../src/pagination.js';

describe('pagination', () => {
  it('reads first/after and continues after the cursor', () => {
    expect(pageArgs({}, 100)).toEqual({ skip: 0, limit: 20 });
    expect(pageArgs({ first: 5, after: encodeCursor(9) }, 100)).toEqual({ skip: 10, limit: 5 });
  });

  it('rejects a first above the maximum and foreign cursors', () => {
    expect(() => pageArgs({ first: 101 }, 100)).toThrow(/first: at most 100/);
    expect(() => pageArgs({ first: 0 }, 100)).toThrow(/first/);
    expect(() => pageArgs({ after: 'bm9wZQ' }, 100)).toThrow(/after: not a cursor/);
  });

  it('builds edges, pageInfo and totalCount', () => {
    const c = connection(['a', 'b'], 5, { skip: 2, limit: 2 });
    expect(c.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(c.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(3) });
    expect(connection(['e'], 5, { skip: 4, limit: 2 }).pageInfo.hasNextPage).toBe(false);
  });
});
