// mergeActors is recorded (who, when, what moved) and unmergeActor undoes it: after merge + unmerge the graph is the
// graph before, node for node and relationship for relationship with their evidence lists (the fingerprint); an undo
// after later writes keeps them; an undo that would need a later merge undone first is refused with the reason.
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApollo } from '../../src/apollo.js';
import type { Config } from '../../src/config.js';
import { createContext, type Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { ArticleFacts, type ArticleFactsInput } from '../../src/facts/schema.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { actorId } from '../../src/store/ids.js';
import { writeArticle } from '../../src/store/write-article.js';
import { resetGraph, runCli, testConfig, testDatabase } from './helpers.js';

let db: Database;
let config: Config;
let apollo: ApolloServer<Context>;
const KEY = 'Bearer ops-key-0123456789';

const MERGE = `mutation($from: ID!, $into: ID!) { mergeActors(from: $from, into: $into) { mergeId mergedId relationshipsMoved survivor { id } } }`;
const UNMERGE = `mutation($id: ID!) { unmergeActor(mergeId: $id) { restored { id name aliases } survivor { id name aliases } relationshipsRestored notes } }`;

/** One operation as a request with this Authorization header would run it. */
async function gql(query: string, variables: Record<string, unknown>, authorization: string | null = KEY) {
  const res = await apollo.executeOperation<Record<string, any>>({ query, variables }, { contextValue: createContext(db, config, authorization) });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult;
}

/**
 * The graph as sorted lines: every node (labels, properties with their types) and relationship (type, ends,
 * properties with their types, evidence lists included), the merge records left out.
 */
async function fingerprint(): Promise<string[]> {
  const rows = await db.read<{ kind: string; type: string | null; ends: (string | null)[]; labels: string[]; props: [string, string, unknown][] }>(`
    CALL () {
      MATCH (n) WHERE NOT n:Merge AND NOT n:MergeSnapshot
      RETURN 'node' AS kind, null AS type, [n.id] AS ends, labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props
    UNION ALL
      MATCH (a)-[r]->(b)
      RETURN 'rel' AS kind, type(r) AS type, [a.id, b.id] AS ends, [] AS labels, [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props
    }
    RETURN kind, type, ends, labels, props`);
  const byKey = (p: [string, string, unknown], q: [string, string, unknown]) => p[0].localeCompare(q[0]);
  return rows.map((r) => JSON.stringify([r.kind, r.type, r.ends, [...r.labels].sort(), [...r.props].sort(byKey)])).sort();
}

async function write(id: string, facts: Omit<ArticleFactsInput, 'lang' | 'url' | 'body'>, body?: string) {
  const text = body ?? `Стаття ${id}. ${facts.relations?.map((r) => r.evidence).join(' ') ?? ''}`;
  return writeArticle(db, ArticleFacts.parse({ lang: 'uk', url: `https://example.org/${id}`, body: text, ...facts }), 'curated');
}

const spoke = (from: string, to: string, words = '') => ({ type: 'SPOKE_AT' as const, from, to, evidence: `${from} виступив на заході «${to}»${words}.` });

async function mergeRecord(id: string) {
  const [row] = await db.read<Record<string, unknown>>(
    'MATCH (m:Merge {id: $id}) RETURN m.by AS by, toString(m.at) AS at, m.fromId AS fromId, m.intoId AS intoId, toString(m.undoneAt) AS undoneAt, m.undoneBy AS undoneBy, COUNT { (m)-[*1..2]->(:MergeSnapshot) } AS snapshots',
    { id },
  );
  return row;
}

beforeAll(async () => {
  config = testConfig({ API_KEYS: 'ops:ops-key-0123456789,ci:ci-key-0123456789' });
  db = testDatabase(config);
  await resetGraph(db);
  await loadSeed(db, () => {});
  apollo = createApollo(config);
  await apollo.start();
});

afterAll(async () => {
  await apollo?.stop();
  await db?.close();
});

describe('unmergeActor', () => {
  it('refuses without a key and names what it does not know', async () => {
    const anon = await gql(UNMERGE, { id: 'merge:nothing' }, null);
    expect(anon.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const wrong = await gql(UNMERGE, { id: 'merge:nothing' }, 'Bearer ci:ci-key-0123456789');
    expect(wrong.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const unknown = await gql(UNMERGE, { id: 'merge:nothing' });
    expect(unknown.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^No merge with id merge:nothing/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('undoes a merge of two organisations of the seed: the graph is the one before, evidence lists and all', async () => {
    // The organisation with most relationships, into one of its kind that shares articles with it (so that moved
    // relationships join the survivor's), with a relationship between them (dropped by the merge, brought back by the
    // undo) that carries a datetime.
    const [pair] = await db.read<{ a: string; b: string }>(`
      MATCH (a:Organization)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(b:Organization) WHERE a.kind = b.kind
      WITH a, b, COUNT { (a)--() } AS rels, count(*) AS shared ORDER BY rels DESC, shared DESC, a.id, b.id LIMIT 1
      RETURN a.id AS a, b.id AS b`);
    const { a, b } = pair!;
    await db.write('MATCH (a:Actor {id: $a}), (b:Actor {id: $b}) CREATE (a)-[:DISTINCT_FROM {at: datetime()}]->(b)', { a, b });
    const before = await fingerprint();

    const merged = await gql(MERGE, { from: a, into: b });
    expect(merged.errors).toBeUndefined();
    const { mergeId, relationshipsMoved } = merged.data!['mergeActors'];
    expect(mergeId).toMatch(/^merge:[0-9a-f-]{36}$/);
    expect(relationshipsMoved).toBeGreaterThan(5);
    expect(await fingerprint()).not.toEqual(before);
    // Recorded: who (the key's name, not the key), when, what.
    expect(await mergeRecord(mergeId)).toMatchObject({ by: 'key:ops', fromId: a, intoId: b, undoneAt: null });
    expect(JSON.stringify(await mergeRecord(mergeId))).not.toContain('ops-key');
    const [joined] = await db.read<{ n: number }>('MATCH (:Merge {id: $mergeId})-[:MOVED]->()-[:JOINED_BEFORE]->() RETURN count(*) AS n', { mergeId });
    expect(joined!.n).toBeGreaterThan(0);

    const undone = await gql(UNMERGE, { id: mergeId });
    expect(undone.errors).toBeUndefined();
    expect(undone.data!['unmergeActor']).toMatchObject({ restored: { id: a }, survivor: { id: b }, relationshipsRestored: relationshipsMoved, notes: [] });
    expect(await fingerprint()).toEqual(before);
    // The record stays, marked undone, without its snapshots; the old id is an actor again.
    expect(await mergeRecord(mergeId)).toMatchObject({ by: 'key:ops', undoneBy: 'key:ops', undoneAt: expect.any(String), snapshots: 0 });
    const node = await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: a });
    expect(node.data!['node']).toEqual({ id: a });

    const again = await gql(UNMERGE, { id: mergeId });
    expect(again.errors?.[0]?.message).toMatch(new RegExp(`^Merge ${mergeId} \\(${a} into ${b}\\) was undone already, at .+ by key:ops\\.$`));
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses to undo a merge whose survivor was merged on since, until that merge is undone', async () => {
    const [x, y, z] = (await db.read<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)--() } DESC, id LIMIT 3')).map((r) => r.id) as [string, string, string];
    const before = await fingerprint();
    const first = (await gql(MERGE, { from: x, into: y })).data!['mergeActors'].mergeId as string;
    const second = (await gql(MERGE, { from: y, into: z })).data!['mergeActors'].mergeId as string;
    const refused = await gql(UNMERGE, { id: first });
    expect(refused.errors?.[0]?.message).toBe(`${y}, into which ${x} was merged, was itself merged into ${z} since (merge ${second}): undo that merge first.`);
    // Undone in reverse order, both merges leave nothing behind; x's redirect, moved to z by the second, is back on y.
    expect((await gql(UNMERGE, { id: second })).errors).toBeUndefined();
    const [redirect] = await db.read<{ id: string }>('MATCH (:MergedId {id: $x})-[:MERGED_INTO]->(s) RETURN s.id AS id', { x });
    expect(redirect?.id).toBe(y);
    expect((await gql(UNMERGE, { id: first })).errors).toBeUndefined();
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses to undo a merge whose moved relationships lead to an actor merged away since', async () => {
    const p = 'Ярина Костенко';
    const [orgA, orgB] = ['Новоукраїнська міська рада', 'Новоукраїнська міська рада Кіровоградської області'];
    await write('u-pos', {
      persons: [{ name: p, positions: [{ title: 'секретарка', organization: orgA }] }],
      organizations: [{ name: orgA, kind: 'COUNCIL' }, { name: orgB, kind: 'COUNCIL' }],
      relations: [{ type: 'HOLDS_POSITION', from: p, to: orgA, title: 'секретарка', evidence: `${p}, секретарка ради, відкрила сесію.` }],
    });
    const [idP, idA, idB] = [actorId('PERSON', p), actorId('COUNCIL', orgA), actorId('COUNCIL', orgB)];
    const [other] = (await db.read<{ id: string }>('MATCH (q:Person) WHERE q.id <> $idP RETURN q.id AS id ORDER BY id LIMIT 1', { idP })).map((r) => r.id);
    const before = await fingerprint();
    const first = (await gql(MERGE, { from: idP, into: other })).data!['mergeActors'].mergeId as string;
    const second = (await gql(MERGE, { from: idA, into: idB })).data!['mergeActors'].mergeId as string;
    const refused = await gql(UNMERGE, { id: first });
    expect(refused.errors?.[0]?.message).toBe(`Relationships this merge moved lead to actors merged away since: ${idA} was merged into ${idB} (merge ${second}). Undo that merge first.`);
    expect((await gql(UNMERGE, { id: second })).errors).toBeUndefined();
    expect((await gql(UNMERGE, { id: first })).errors).toBeUndefined();
    expect(await fingerprint()).toEqual(before);
  });

  it('keeps what was written since the merge: new citations stay with the survivor, retracted ones do not come back', async () => {
    const [x, y] = ['Остап Гребенюк', 'Остап Гребенюк-Ляшко'];
    const [idX, idY] = [actorId('PERSON', x), actorId('PERSON', y)];
    const [e1, e2, e3] = ['нарада у Чернігові', 'форум у Ніжині', 'сесія у Прилуках'];
    const council = 'Чернігівська районна рада';
    const idCouncil = actorId('COUNCIL', council);
    // Both are named head of the council before the merge: their two HOLDS_POSITION join into one.
    const chairs = (who: string, event: string, evidence: string) => ({
      persons: [{ name: who, positions: [{ title: 'голова', organization: council }] }], organizations: [{ name: council, kind: 'COUNCIL' as const }],
      relations: [{ type: 'HOLDS_POSITION' as const, from: who, to: council, title: 'голова', evidence }],
      events: [{ name: event, startDate: '2024-06-04' }],
    });
    await write('u1', { persons: [{ name: x }], events: [{ name: e1, startDate: '2024-06-01' }], relations: [spoke(x, e1)] });
    await write('u1b', chairs(x, 'засідання у Чернігові', `${x}, голова районної ради, відкрив засідання.`));
    await write('u2', { persons: [{ name: y }], events: [{ name: e2, startDate: '2024-06-02' }], relations: [spoke(y, e2)] });
    await write('u2b', chairs(y, 'нарада у Седневі', `${y}, голова районної ради, провів нараду.`));
    await write('u3', { persons: [{ name: x }], events: [{ name: e3, startDate: '2024-06-03' }], relations: [spoke(x, e3)] });
    const mergeId = (await gql(MERGE, { from: idX, into: idY })).data!['mergeActors'].mergeId as string;

    // Since the merge: a new article names x as the council's head again (x's id now leads to y), and u3 is
    // corrected: x was not there.
    await write('u4', chairs(x, 'сесія у Чернігові', `${x}, голова районної ради, закрив сесію.`));
    await write('u3', { persons: [{ name: 'Марта Дейнеко' }], events: [{ name: e3, startDate: '2024-06-03' }], relations: [spoke('Марта Дейнеко', e3)] });

    const undone = await gql(UNMERGE, { id: mergeId });
    expect(undone.errors).toBeUndefined();
    const r = undone.data!['unmergeActor'];
    expect(r.restored).toEqual({ id: idX, name: x, aliases: [] });
    expect(r.survivor.aliases).not.toContain(x);
    expect(r.notes).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^HOLDS_POSITION to ${idCouncil}: 1 citation\\(s\\) written since the merge stay with ${idY} \\(article:\\w+\\); check whether they name ${x}\\.$`)),
      expect.stringMatching(/^SPOKE_AT to event:2024-06-03-.+ not restored: every citation of it was retracted since the merge\.$/),
    ]));
    const spokeAt = async (id: string) => (await db.read<{ e: string; n: number; sentences: string[] }>(
      'MATCH (:Person {id: $id})-[r:SPOKE_AT]->(e) RETURN e.name AS e, size(r.evArticles) AS n, r.evSentences AS sentences ORDER BY e', { id })).map((s) => [s.e, s.sentences]);
    expect(await spokeAt(idX)).toEqual([[e1, [spoke(x, e1).evidence]]]);
    expect(await spokeAt(idY)).toEqual([[e2, [spoke(y, e2).evidence]]]);
    const heads = async (id: string) => (await db.read<{ sentences: string[] }>(
      'MATCH (:Person {id: $id})-[r:HOLDS_POSITION]->(:Actor {id: $idCouncil}) RETURN r.evSentences AS sentences', { id, idCouncil })).map((h) => h.sentences);
    expect(await heads(idX)).toEqual([[`${x}, голова районної ради, відкрив засідання.`]]);
    expect(await heads(idY)).toEqual([[`${y}, голова районної ради, провів нараду.`, `${x}, голова районної ради, закрив сесію.`]]);
    const [redirect] = await db.read<{ n: number }>('MATCH (m:MergedId {id: $idX}) RETURN count(m) AS n', { idX });
    expect(redirect!.n).toBe(0);
  });

  it('records and undoes merges made with npm run merge / npm run unmerge', async () => {
    const [x, y] = (await db.read<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT 2')).map((r) => r.id) as [string, string];
    const before = await fingerprint();
    const merged = await runCli('merge', [x, y]);
    expect(merged.code, merged.stderr).toBe(0);
    const mergeId = /Merge id: (merge:[0-9a-f-]{36}) \(undo: npm run unmerge -- \1\)/.exec(merged.stdout)?.[1];
    expect(mergeId, merged.stdout).toBeDefined();
    expect(await mergeRecord(mergeId!)).toMatchObject({ by: expect.stringMatching(/^npm run merge \(.+\)$/), fromId: x, intoId: y });
    const undone = await runCli('unmerge', [mergeId!]);
    expect(undone.code, undone.stderr).toBe(0);
    expect(undone.stdout).toMatch(new RegExp(`^Undid merge ${mergeId}: ${x} is an actor again, with \\d+ relationships; ${y} has its own back\\.$`, 'm'));
    expect(await fingerprint()).toEqual(before);
    const usage = await runCli('unmerge', []);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/Usage: npm run unmerge -- <merge id>/);
  });
});
