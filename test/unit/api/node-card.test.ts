// Node cards: the compact lists NODE_CARD makes in Cypher, and their reading into typed rows.
import { describe, expect, it } from 'vitest';
import { allCypherFiles, loadCypher, NODE_CARD } from '../../../src/db/cypher.js';
import { toNodeRow } from '../../../src/node/loaders.js';

describe('node cards', () => {
  it('are expanded in every Cypher file that uses them', () => {
    const all = loadCypher(allCypherFiles());
    const expanded = /THEN \['Actor', \w+\.id, \w+\.kind/;
    const users = Object.entries(all).filter(([, text]) => expanded.test(text));
    expect(NODE_CARD('x')).toMatch(expanded);
    expect(users.length).toBeGreaterThan(10);
    for (const [name, text] of Object.entries(all)) expect(text, name).not.toMatch(/NODE_CARD/);
  });

  it('read back as the row of each kind, with absent properties as null', () => {
    expect(toNodeRow(['Actor', 'person:olena', 'PERSON', 'Олена', null, ['Олени'], null])).toEqual({
      __typename: 'Person', id: 'person:olena', kind: 'PERSON', name: 'Олена', nameEn: null, aliases: ['Олени'], katottg: null,
    });
    expect(toNodeRow(['Actor', 'hromada:UA1', 'HROMADA', 'Криничанська громада', null, null, 'UA1'])).toMatchObject({
      __typename: 'Hromada', aliases: [], katottg: 'UA1',
    });
    expect(toNodeRow(['Event', 'event:1', 'Форум', 'форум', '2023-05-01', null, 'Київ'])).toEqual({
      __typename: 'Event', id: 'event:1', name: 'Форум', kind: 'форум', startDate: '2023-05-01', endDate: null, location: 'Київ',
    });
    expect(toNodeRow(['Article', 'article:1', 'https://x', 'T', '2023-05-02', 'auc', null])).toEqual({
      __typename: 'Article', id: 'article:1', url: 'https://x', title: 'T', publishedAt: '2023-05-02', source: 'auc', lang: 'uk',
    });
    expect(toNodeRow(['Reform', 'reform:osvita', 'освіта', 'education'])).toEqual({ __typename: 'Reform', id: 'reform:osvita', name: 'освіта', nameEn: 'education' });
    expect(toNodeRow(null)).toBeNull();
    expect(toNodeRow(['MergedId', 'x'])).toBeNull();
  });
});
