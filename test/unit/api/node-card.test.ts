// Node cards: the compact lists NODE_CARD makes in Cypher, and their reading into typed rows.
import { describe, expect, it } from 'vitest';
import { allCypherFiles, cardFields, loadCypher, MAX_NARROWED_STATEMENTS, narrowed, NODE_CARD, nodeCard, withCards } from '../../../src/db/cypher.js';
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
    expect(toNodeRow(['Actor', 'person:olena', 'PERSON', 'Олена', null, ['Олени'], null, false, null, null])).toEqual({
      __typename: 'Person', id: 'person:olena', kind: 'PERSON', name: 'Олена', nameEn: null, aliases: ['Олени'], katottg: null,
      nameVerified: false, authorityId: null, candidates: [],
    });
    expect(toNodeRow(['Actor', 'org:minrozvytku', 'MINISTRY', 'М', null, [], null, null, 'org:minrozvytku', ['org:a']])).toMatchObject({
      __typename: 'Organization', nameVerified: null, authorityId: 'org:minrozvytku', candidates: ['org:a'],
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

  it('carry only the properties a query shows, null in the others\' places, and an actor\'s kind always', () => {
    const fields = cardFields(new Set(['id', 'name', 'startDate', 'statements']));
    expect(fields.key).toBe('name,startDate');
    const card = nodeCard('m', fields.carries);
    expect(card).toContain("['Actor', m.id, m.kind, m.name, null, null, null, null, null, null]");
    expect(card).toContain("['Event', m.id, m.name, null, m.startDate, null, null]");
    expect(card).toContain("['Article', m.id, null, null, null, null, null]");
    expect(card).toContain("['Reform', m.id, m.name, null]");
    expect(cardFields(new Set()).key).toBe('');
    expect(nodeCard('m', cardFields(new Set()).carries)).toContain("['Actor', m.id, m.kind, null, null, null, null, null, null, null]");
    // Every property shown: the full card.
    expect(nodeCard('m', cardFields(new Set(['kind', 'name', 'nameEn', 'aliases', 'katottg', 'nameVerified', 'authorityId', 'candidates', 'startDate', 'endDate', 'location', 'url', 'title', 'publishedAt', 'source', 'lang'])).carries)).toBe(NODE_CARD('m'));
  });

  it('are narrowed in a statement only where it has full cards of the variables named', () => {
    const fields = cardFields(new Set(['name']));
    const text = `RETURN ${NODE_CARD('n')} AS node, [m IN xs | ${NODE_CARD('m')}] AS nodes`;
    expect(withCards(text, ['n', 'm'], fields)).toBe(`RETURN ${nodeCard('n', fields.carries)} AS node, [m IN xs | ${nodeCard('m', fields.carries)}] AS nodes`);
    expect(() => withCards(text, ['x'], fields)).toThrow(/NODE_CARD\(x\)/);
    // Kept by name and fields, and still right once more field sets than the bound have been asked.
    expect(narrowed('t', text, ['n', 'm'], fields)).toBe(withCards(text, ['n', 'm'], fields));
    for (let i = 0; i <= MAX_NARROWED_STATEMENTS; i++) narrowed(`t${i}`, text, ['n'], fields);
    expect(narrowed('t', text, ['n', 'm'], cardFields(new Set(['title'])))).toBe(withCards(text, ['n', 'm'], cardFields(new Set(['title']))));
  });
});

