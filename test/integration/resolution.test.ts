// Resolution through the real write path (issue 16): the resolution test set's mentions, each as an article of its
// own, land on the nodes the resolution eval's model says (src/eval/resolution.ts), with no two actors joined; a
// person named in Latin first keeps one node when a Ukrainian article names them; institutions answer their name on
// a date and their history; the duplicates report lists a pair with its evidence and forgets it once rejected; an
// actor with no facts of its own answers `related` with an empty list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleFacts, type ActorKind } from '../../src/facts/schema.js';
import { writeArticle } from '../../src/store/write-article.js';
import { duplicatesReport, markDistinct } from '../../src/actor/duplicates.js';
import { identityOf, readCases, scoreResolution, simulate, type ResolutionMention } from '../../src/eval/resolution.js';
import { createApollo } from '../../src/apollo.js';
import { createContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { resetGraph, testConfig, testDatabase } from './helpers.js';

function factsOf(m: ResolutionMention, i: number): ArticleFacts {
  const idn = identityOf(m);
  const shown = m.name ?? m.latin ?? '';
  const base = { lang: m.latin && !m.name ? 'en' : 'uk', title: `Mention ${i}`, body: `${shown} was named here (${i}).`, publishedAt: m.date, url: `https://example.org/resolution/${i}` };
  if (m.kind === 'PERSON') return ArticleFacts.parse({ ...base, persons: [{ name: m.name ?? idn.name, nameEn: m.latin ?? null, aliases: [], nameVerified: m.name !== undefined }] });
  if (m.kind === 'PROJECT') return ArticleFacts.parse({ ...base, projects: [{ name: shown, aliases: m.aliases }] });
  return ArticleFacts.parse({ ...base, organizations: [{ name: shown, kind: m.kind as ActorKind, aliases: m.aliases }] });
}

let db: Database;
let cases: ResolutionMention[];
let landed: string[];

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  cases = await readCases();
  landed = [];
  for (const [i, m] of cases.entries()) {
    const result = await writeArticle(db, factsOf(m, i), 'extracted');
    const [row] = await db.read<{ id: string }>(
      'MATCH (a:Article {id: $article})-[:MENTIONS]->(n:Actor) RETURN n.id AS id', { article: result.articleId });
    landed.push(row?.id ?? `missing-${i}`);
  }
}, 120_000);

afterAll(async () => {
  await db?.close();
});

/** Mentions grouped by the node they share, as sorted index lists: two partitions are equal when these are. */
function partition(nodes: readonly string[]): string[] {
  const groups = new Map<string, number[]>();
  nodes.forEach((n, i) => groups.set(n, [...(groups.get(n) ?? []), i]));
  return [...groups.values()].map((g) => g.join(',')).sort();
}

describe('resolution through the write path', () => {
  it('lands every mention where the eval\'s model says, and joins no two actors', () => {
    expect(landed.filter((id) => id.startsWith('missing-'))).toEqual([]);
    expect(partition(landed)).toEqual(partition(simulate(cases)));
    const score = scoreResolution(cases);
    expect(score.fp).toBe(0);
  });

  it('keeps a person named in Latin first on one node once the Ukrainian spelling comes, under that spelling', async () => {
    const i = cases.findIndex((m) => m.latin === 'Andriy Kovalenko');
    const j = cases.findIndex((m) => m.name === 'Андрій Коваленко');
    expect(landed[i]).toBe(landed[j]);
    const [p] = await db.read<{ name: string; verified: boolean; nameEn: string }>(
      'MATCH (p:Person {id: $id}) RETURN p.name AS name, p.nameVerified AS verified, p.nameEn AS nameEn', { id: landed[i] });
    expect(p).toEqual({ name: 'Андрій Коваленко', verified: true, nameEn: 'Andriy Kovalenko' });
  });

  it('answers an institution\'s name on a date, its history and its predecessor through the API', async () => {
    const config = testConfig();
    const apollo = createApollo(config);
    await apollo.start();
    try {
      const res = await apollo.executeOperation<{ node: Record<string, any> }>({
        query: `{ node(id: "org:minrozvytku") { ... on Organization { name
          y2020: nameAt(date: "2020-06-01") y2023: nameAt(date: "2023-06-01") y2026: nameAt(date: "2026-03-01")
          history { name from to } predecessors { id how date actor { id } } } } }`,
      }, { contextValue: createContext(db, config) });
      if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
      const org = res.body.singleResult.data!.node;
      expect(org['name']).toBe('Міністерство розвитку громад та територій України');
      expect([org['y2020'], org['y2023'], org['y2026']]).toEqual([
        'Міністерство інфраструктури України', 'Міністерство розвитку громад, територій та інфраструктури України',
        'Міністерство розвитку громад та територій України',
      ]);
      expect(org['history'].map((h: { name: string }) => h.name)).toContain('Міністерство розвитку громад, територій та інфраструктури України');
      expect(org['predecessors']).toEqual([{ id: 'org:minregion', how: 'merged', date: '2022-12', actor: { id: 'org:minregion' } }]);
    } finally {
      await apollo.stop();
    }
  });

  it('lists a likely duplicate pair with its evidence, and leaves it out once marked distinct', async () => {
    // Two nodes of one person written before the Latin key joined them (as an older graph has them).
    await db.write(`CREATE (:Node:Actor:Person {id: 'person:test-dup-a', kind: 'PERSON', name: 'Тарас Гребінь', nameKey: 'тарас гребінь', latinKey: 'tarashrebin', aliases: [], searchTerms: ['тарас гребінь', 'taras hrebin'], nameVerified: true}),
      (:Node:Actor:Person {id: 'person:test-dup-b', kind: 'PERSON', name: 'Тарас Гребин', nameKey: 'тарас гребин', latinKey: 'tarashrebin', aliases: [], searchTerms: ['тарас гребин', 'taras hrebin'], nameVerified: false})`);
    const pairs = await duplicatesReport(db);
    const pair = pairs.find((p) => p.a.id === 'person:test-dup-a' && p.b.id === 'person:test-dup-b');
    expect(pair?.evidence.some((e) => e.startsWith('one Latin key'))).toBe(true);
    expect(pair?.evidence.some((e) => e.startsWith('shared name forms'))).toBe(true);
    expect(pair?.merge).toEqual({ from: 'person:test-dup-b', into: 'person:test-dup-a' });
    expect(await markDistinct(db, 'person:test-dup-a', 'person:test-dup-b')).toBe(true);
    const after = await duplicatesReport(db);
    expect(after.some((p) => p.a.id === 'person:test-dup-a' && p.b.id === 'person:test-dup-b')).toBe(false);
  });

  it('answers related with an empty list for an actor that only an article mentions', async () => {
    const config = testConfig();
    const apollo = createApollo(config);
    await apollo.start();
    try {
      const res = await apollo.executeOperation<{ node: { related: unknown[] } }>({
        query: '{ node(id: "org:minregion") { ... on Actor { related(first: 5) { score } } } }',
      }, { contextValue: createContext(db, config) });
      if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
      expect(res.body.singleResult.data!.node.related).toEqual([]);
    } finally {
      await apollo.stop();
    }
  });
});
