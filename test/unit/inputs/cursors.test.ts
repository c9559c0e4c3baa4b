// Cursors are bounded: one that is not ours, or whose offset no list can reach, is BAD_USER_INPUT with a message,
// never a number handed to Neo4j's SKIP (9999999999999999999 was an INTERNAL_SERVER_ERROR).
import { describe, expect, it } from 'vitest';
import { encodeCursor, MAX_CURSOR_OFFSET, pageArgs } from '../../../src/pagination.js';
import { runOperation } from './operation.js';

const raw = (text: string): string => Buffer.from(text).toString('base64url');

describe('cursors', () => {
  it('refuses an offset past any list, saying so', () => {
    for (const text of ['o:9999999999999999999', `o:${MAX_CURSOR_OFFSET + 1}`, 'o:1' + '0'.repeat(30)]) {
      expect(() => pageArgs({ after: raw(text) }, 100), text).toThrow(/after: cursor out of range/);
    }
  });

  it('refuses cursors that are not ours, whatever their number reads as', () => {
    for (const text of ['o:', 'o:-1', 'o:1e3', 'o:0x10', 'o: 5', 'o:5 ', 'o:05', 'o:1.5', 'o:Infinity', 'x:5', '5']) {
      expect(() => pageArgs({ after: raw(text) }, 100), text).toThrow(/after: not a cursor from this API/);
    }
    // base64url decoding skips characters outside its alphabet: "bzo1" with junk around it is not the cursor "bzo1".
    expect(() => pageArgs({ after: `${encodeCursor(4)}!!` }, 100)).toThrow(/after: not a cursor from this API/);
    expect(() => pageArgs({ after: `*${encodeCursor(4)}` }, 100)).toThrow(/after: not a cursor from this API/);
  });

  it('continues after every cursor it gives out, up to the bound', () => {
    for (const offset of [0, 9, 12345, MAX_CURSOR_OFFSET - 1, MAX_CURSOR_OFFSET]) {
      expect(pageArgs({ first: 3, after: encodeCursor(offset) }, 100)).toEqual({ skip: offset + 1, limit: 3 });
    }
  });

  it('answers BAD_USER_INPUT through the API, before any query reaches Neo4j', async () => {
    const r = await runOperation('query($a: String) { events(after: $a) { totalCount } }', { a: raw('o:9999999999999999999') });
    expect(r.reachedDatabase).toBe(false);
    expect(r.errors[0]).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/after: cursor out of range/) });
    const ok = await runOperation('query($a: String) { events(after: $a) { totalCount } }', { a: encodeCursor(19) });
    expect(ok.reachedDatabase).toBe(true);
  });
});
