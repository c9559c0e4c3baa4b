// The path statements are bounded by the request's maxHops in their pattern: one statement per limit, from one
// template each (issue 17: a limit checked after the search let Neo4j enumerate every path up to 6 hops).
import { describe, expect, it } from 'vitest';
import { loadCypher } from '../../../src/db/cypher.js';
import { MAX_HOPS, statementsByHops } from '../../../src/graph/path.js';

const NAMES = ['graph/shortest-fact-path', 'graph/shortest-any-path'] as const;

describe('statementsByHops', () => {
  it.each(NAMES)('makes %s one statement per limit 1..6, bounded by it and checking no length afterwards', (name) => {
    const template = loadCypher([name])[name];
    const byHops = statementsByHops(name, template);
    expect([...byHops.keys()]).toEqual([1, 2, 3, 4, 5, 6]);
    for (const [hops, text] of byHops) {
      expect(text.match(/\*\.\.\d+\]/g), `${hops}`).toEqual([`*..${hops}]`]);
      expect(text).not.toMatch(/length\(p\)|\$maxHops/);
      expect(text.replace(`*..${hops}]`, `*..${MAX_HOPS}]`)).toBe(template);
    }
  });

  it('refuses a template whose pattern is not bounded once by the largest limit', () => {
    expect(() => statementsByHops('x', 'MATCH p = shortestPath((a)-[:FUNDS*..5]-(b)) RETURN p')).toThrow(/cypher\/x\.cypher must bound its path pattern once with \*\.\.6\] \(found 0\)/);
    expect(() => statementsByHops('x', 'MATCH p = shortestPath((a)-[:FUNDS*..6]-(b)), q = shortestPath((a)-[:ABOUT*..6]-(b)) RETURN p')).toThrow(/found 2/);
  });
});
