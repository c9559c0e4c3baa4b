// The write API over HTTP against the real Neo4j: ingestArticle and mergeActors need an API key; a merge moves
// relationships and keeps the old id resolving; ambiguous matches are reported, not guessed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import type { ArticleFactsInput } from '../../src/facts/schema.js';
import { ArticleFacts } from '../../src/facts/schema.js';
import { actorId } from '../../src/store/ids.js';
import { writeArticle } from '../../src/store/write-article.js';
import { countNodes, gql, resetGraph, runCli, testConfig, testDatabase } from './helpers.js';

let app: App;
const KEY = { authorization: 'Bearer test-key' };

const ARTICLE = `Форум громад Полтавщини обговорив бюджетну децентралізацію

15 травня 2024 року в Полтаві відбувся форум громад Полтавщини. Заступник міністра розвитку громад та територій Олексій Рябикін наголосив, що громади мають отримати стабільні джерела доходів. «Бюджетна децентралізація залишається основою реформи», – сказав Олексій Рябикін.
`;

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status actorsCreated actorsMatched relationsAdded warnings
    ambiguous { name kind keptAs candidates }
    article { id url title publishedAt source lang mentions { name } }
  }
}`;

const MERGE = `mutation($from: ID!, $into: ID!) {
  mergeActors(from: $from, into: $into) { mergedId relationshipsMoved survivor { id name aliases } }
}`;

beforeAll(async () => {
  const db = testDatabase();
  await resetGraph(db);
  await db.close();
  app = await startApp(testConfig({ SEED_ON_START: 'false' }), () => {});
});

afterAll(async () => {
  await app?.stop();
});

describe('ingestArticle', () => {
  const input = { content: ARTICLE, url: 'https://example.org/poltava-forum', source: 'example.org' };

  it('refuses to write without a valid API key, and writes nothing', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 'test-key' }] as Record<string, string>[]) {
      const res = await gql(app.url, INGEST, { input }, headers);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    }
    expect(await countNodes(app.conn.db)).toBe(0);
  });

  it('reads, extracts and writes one article, then finds it unchanged', async () => {
    const res = await gql(app.url, INGEST, { input }, KEY);
    expect(res.errors).toBeUndefined();
    const r = res.data!.ingestArticle;
    expect(r).toMatchObject({ status: 'NEW', article: { url: input.url, source: 'example.org', lang: 'uk', publishedAt: null } });
    expect(r.article.title).toMatch(/^Форум громад Полтавщини/);
    expect(r.actorsCreated).toBeGreaterThan(0);
    expect(r.relationsAdded).toBeGreaterThan(0);
    expect(r.article.mentions.map((m: { name: string }) => m.name)).toContain('Олексій Рябикін');

    const again = await gql(app.url, INGEST, { input }, KEY);
    expect(again.data!.ingestArticle).toMatchObject({ status: 'UNCHANGED', article: { id: r.article.id }, relationsAdded: 0 });
  });

  it('retracts what a corrected article no longer says, and drops actors nothing mentions any more', async () => {
    const other = 'https://example.org/lutsk-session';
    const v1 = 'Сесія Луцької міської ради\n\nНа сесії Луцької міської ради виступив депутат Остап Мельничук. «Бюджет треба ухвалити вчасно», – сказав Остап Мельничук.\n';
    const v2 = 'Сесія Луцької міської ради\n\nНа сесії Луцької міської ради виступив депутат Назар Гнатюк. «Бюджет треба ухвалити вчасно», – сказав Назар Гнатюк.\n';
    const ingest = (content: string) => gql(app.url, INGEST, { input: { content, url: other } }, KEY);
    expect((await ingest(v1)).data!.ingestArticle.status).toBe('NEW');
    const who = async () => (await app.conn.db.read<{ name: string }>('MATCH (p:Person) RETURN p.name AS name ORDER BY name')).map((r) => r.name);
    expect(await who()).toContain('Остап Мельничук');
    // The widget's answer (cached by the server) follows the correction at once.
    const [council] = await app.conn.db.read<{ id: string }>(`MATCH (o:Organization) WHERE o.name STARTS WITH 'Луцька міська' RETURN o.id AS id`);
    const related = async () => (await gql(app.url, `query($id: ID!) { related(id: $id) { actor { name } } }`, { id: council!.id }))
      .data!.related.map((r: { actor: { name: string } }) => r.actor.name);
    expect(await related()).toContain('Остап Мельничук');
    // The site corrected the name: the same url, new text.
    expect((await ingest(v2)).data!.ingestArticle.status).toBe('UPDATED');
    expect(await related()).toEqual(expect.arrayContaining(['Назар Гнатюк']));
    expect(await related()).not.toContain('Остап Мельничук');
    expect(await who()).toContain('Назар Гнатюк');
    expect(await who()).not.toContain('Остап Мельничук');
    expect(await who()).toContain('Олексій Рябикін'); // named by another article: untouched
  });

  it('makes the article visible to reads without a key', async () => {
    const res = await gql(app.url, `{ search(query: "Рябикіна", first: 1) { edges { node { ... on Person { name events { totalCount } } } } } }`);
    expect(res.data!.search.edges[0].node).toEqual({ name: 'Олексій Рябикін', events: { totalCount: 1 } });
  });

  it('rejects unreadable content and bad arguments with the reason', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ content: 'binary\u0000stuff' }, /binary/],
      [{ content: '   ' }, /content: must not be empty/],
      [{ content: '<html><body><div><span>' }, /no main text/],
      [{ content: '{"title": broken', format: 'JSONL' }, /invalid JSON/],
      [{ content: ARTICLE, url: 'not a url' }, /url: must be an absolute URL/],
      [{ content: ARTICLE, publishedAt: '15.05.2024' }, /publishedAt/],
    ];
    for (const [bad, message] of cases) {
      const res = await gql(app.url, INGEST, { input: bad }, KEY);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(message);
    }
  });

  it('says that mutations are off when the server has no API keys', async () => {
    const closed = await startApp(testConfig({ API_KEYS: '', SEED_ON_START: 'false' }), () => {});
    try {
      const res = await gql(closed.url, INGEST, { input }, KEY);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toMatch(/set API_KEYS/);
    } finally {
      await closed.stop();
    }
  });
});

/** Writes hand-made facts through the one write path (no extractor involved, so the test is exact). */
async function write(id: string, facts: Omit<ArticleFactsInput, 'lang' | 'url' | 'body'>) {
  const body = `Стаття ${id}. ${facts.relations?.map((r) => r.evidence).join(' ') ?? ''}`;
  return writeArticle(app.conn.db, ArticleFacts.parse({ lang: 'uk', url: `https://example.org/${id}`, body, ...facts }), 'curated');
}

describe('mergeActors', () => {
  const spoke = (from: string, to: string) => ({ type: 'SPOKE_AT' as const, from, to, evidence: `${from} виступив на заході «${to}».` });
  const a = 'Андрій Сидоренко';
  const b = 'Андрий Сидоренко'; // a misspelling seen in another article: a second node until someone merges them
  const [idA, idB] = [actorId('PERSON', a), actorId('PERSON', b)];

  beforeAll(async () => {
    await write('m1', { persons: [{ name: a }], events: [{ name: 'нарада у Житомирі', startDate: '2024-02-01' }], relations: [spoke(a, 'нарада у Житомирі')] });
    await write('m2', { persons: [{ name: b }], events: [{ name: 'форум у Вінниці', startDate: '2024-03-01' }], relations: [spoke(b, 'форум у Вінниці')] });
  });

  it('refuses without a key, and refuses unknown ids and actors of different kinds', async () => {
    expect((await gql(app.url, MERGE, { from: idB, into: idA })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await gql(app.url, MERGE, { from: 'person:nobody', into: idA }, KEY);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'No actor with id person:nobody.', extensions: { code: 'BAD_USER_INPUT' } });
    const kinds = await gql(app.url, MERGE, { from: idB, into: 'org:ministerstvo-rozvytku-hromad-ta-terytorii-ukrainy' }, KEY);
    expect(kinds.errors?.[0]?.message).toMatch(/different kinds of actor|No actor/);
  });

  it('moves the relationships to the survivor and keeps the old id resolving', async () => {
    const res = await gql(app.url, MERGE, { from: idB, into: idA }, KEY);
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergeActors).toMatchObject({ mergedId: idB, relationshipsMoved: 2, survivor: { id: idA, name: a } });
    expect(res.data!.mergeActors.survivor.aliases).toContain(b);

    const old = await gql(app.url, `query($id: ID!) { node(id: $id) { id ... on Person { name events { edges { node { name } } } } } }`, { id: idB });
    expect(old.data!.node.id).toBe(idA);
    expect(old.data!.node.events.edges.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual(['нарада у Житомирі', 'форум у Вінниці']);
    const again = await gql(app.url, MERGE, { from: idB, into: idA }, KEY);
    expect(again.errors?.[0]?.message).toMatch(/already one actor/);
  });

  it('sends a later article naming the merged-away actor to the survivor', async () => {
    const r = await write('m3', { persons: [{ name: b }], events: [{ name: 'сесія у Рівному', startDate: '2024-04-01' }], relations: [spoke(b, 'сесія у Рівному')] });
    expect(r).toMatchObject({ actorsCreated: 0, actorsMatched: 1 });
    const [row] = await app.conn.db.read<{ n: number }>('MATCH (p:Person {id: $id})-[:SPOKE_AT]->(e) RETURN count(e) AS n', { id: idA });
    expect(row?.n).toBe(3);
  });

  it('works from the command line too', async () => {
    const c = 'Андрій Сідоренко'; // і for и: a typo that gives another id
    await write('m4', { persons: [{ name: c }], events: [{ name: 'нарада у Луцьку', startDate: '2024-05-01' }], relations: [spoke(c, 'нарада у Луцьку')] });
    const idC = actorId('PERSON', c);
    expect(idC).not.toBe(idA);
    const r = await runCli('merge', [idC, idA]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Merged ${idC} into ${idA} \\(${a}\\): 2 relationships moved`));
    const [row] = await app.conn.db.read<{ n: number }>('MATCH (p:Person {id: $id})-[:SPOKE_AT]->(e) RETURN count(e) AS n', { id: idA });
    expect(row?.n).toBe(4);
  });
});

describe('ambiguous matches', () => {
  it('are reported and kept apart, not silently guessed', async () => {
    // Two hromadas of one name in different oblasts, as the KATOTTG codifier has them.
    await app.conn.db.write(`UNWIND $rows AS r CREATE (h:Node:Actor:Hromada {id: r.id, kind: 'HROMADA', name: 'Миколаївська громада', nameKey: 'миколаївська громада', aliases: []})`, {
      rows: [{ id: 'hromada:UA14120130000086767' }, { id: 'hromada:UA48060150000071713' }],
    });
    const r = await write('m5', { organizations: [{ name: 'Миколаївська громада', kind: 'HROMADA' }] });
    expect(r.ambiguous).toEqual([{
      name: 'Миколаївська громада', kind: 'HROMADA', keptAs: actorId('HROMADA', 'Миколаївська громада'),
      candidates: ['hromada:UA14120130000086767', 'hromada:UA48060150000071713'],
    }]);
    expect(r.actorsCreated).toBe(1);
  });
});
