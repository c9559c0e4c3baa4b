// Statements of a reform (list-statements' reform branch: events first, the page's speakers after) against the
// plain definition written as the simplest Cypher: every (speaker, event) pair about the reform within the dates,
// newest events first, then event id, then speaker id; on a synthetic corpus loaded through the write path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../bench/corpus/load.js';
import type { Database } from '../../src/db/database.js';
import { loadCypher } from '../../src/db/cypher.js';
import { createLoaders, type PageKey } from '../../src/loaders.js';
import type { StatementRow } from '../../src/statement/rows.js';
import { resetGraph, testDatabase } from './helpers.js';

let db: Database;
const LIST = loadCypher(['statement/list-statements'])['statement/list-statements'];

const REFERENCE = `
MATCH (:Reform {id: $reform})<-[:ABOUT]-(e:Event)<-[r:SPOKE_AT|CHAIRED]-(p:Person)
WHERE ($from IS NULL OR e.dateMax >= $from) AND ($to IS NULL OR e.dateMin <= $to)
WITH p, e, collect(r) AS rels ORDER BY e.dateMin DESC, e.id, p.id
WITH p, e, [x IN rels WHERE type(x) = 'SPOKE_AT'] + [x IN rels WHERE type(x) = 'CHAIRED'] AS rels
RETURN p.id AS speakerId, e.id AS eventId, head([x IN rels WHERE x.quote IS NOT NULL | x.quote]) AS quote,
  any(x IN rels WHERE type(x) = 'CHAIRED') AS chaired, head(rels).evArticles[0] AS articleId, head(rels).evSentences[0] AS sentence`;

type Ref = { speakerId: string; eventId: string; quote: string | null; chaired: boolean; articleId: string; sentence: string };

const shape = (r: StatementRow | Ref) => ({
  speakerId: r.speakerId, eventId: r.eventId, quote: r.quote, chaired: r.chaired,
  articleId: 'evidence' in r ? r.evidence?.articleId : r.articleId, sentence: 'evidence' in r ? r.evidence?.sentence : r.sentence,
});

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await loadCorpus(db, { articles: 300, seed: 7 }, 100, () => {});
  // An event with no date: only a list without dates shows it (as before the reform branch existed).
  await db.write(`
    MATCH (r:Reform) WITH r ORDER BY r.id LIMIT 1
    MATCH (p:Person) WITH r, p ORDER BY p.id LIMIT 2
    MERGE (e:Event:Node {id: 'event:undated-reform-test'}) ON CREATE SET e.name = 'Undated'
    MERGE (e)-[:ABOUT]->(r)
    MERGE (p)-[s:SPOKE_AT]->(e) ON CREATE SET s.quote = 'q', s.evArticles = ['article:none'], s.evSentences = ['s']`);
}, 180_000);

afterAll(async () => {
  await db.close();
});

describe("a reform's statements", () => {
  it('are the (speaker, event) pairs of its events within the dates, in order, counted and paged', async () => {
    const reforms = (await db.read<{ id: string }>('MATCH (r:Reform) RETURN r.id AS id ORDER BY id')).map((r) => r.id);
    expect(reforms.length).toBeGreaterThan(3);
    const ranges: [string | null, string | null][] = [[null, null], ['2019-01-01', '2019-12-31'], [null, '2018-06-30'], ['2024-01-01', null], ['2030-01-01', '2030-12-31']];
    const pages = [{ skip: 0, limit: 50 }, { skip: 3, limit: 5 }, { skip: 10_000, limit: 20 }];
    const keys: PageKey[] = [];
    for (const reform of [...reforms, 'reform:not-there']) {
      for (const [from, to] of ranges) for (const page of pages) keys.push({ reform, actor: null, speaker: null, event: null, from, to, ...page });
    }
    // One key of the other branch in the same batch: a speaker's statements about a reform.
    const [speaker] = await db.read<{ id: string; reform: string }>(
      'MATCH (p:Person)-[:SPOKE_AT]->(:Event)-[:ABOUT]->(r:Reform) RETURN p.id AS id, r.id AS reform ORDER BY COUNT { (p)-[:SPOKE_AT]->() } DESC, id LIMIT 1');
    keys.push({ reform: speaker!.reform, actor: null, speaker: speaker!.id, event: null, from: null, to: null, skip: 0, limit: 50 });

    const answers = await createLoaders(db.counting()).statementPages.loadMany(keys);
    let shown = 0;
    for (const [i, key] of keys.entries()) {
      const answer = answers[i];
      if (answer instanceof Error) throw answer;
      const all = (await db.read<Ref>(REFERENCE, { reform: key.reform, from: key.from, to: key.to }))
        .filter((r) => !key.speaker || r.speakerId === key.speaker);
      expect(answer?.totalCount ?? 0, JSON.stringify(key)).toBe(all.length);
      expect((answer?.rows ?? []).map(shape), JSON.stringify(key)).toEqual(all.slice(key.skip, key.skip + key.limit).map(shape));
      shown += answer?.rows.length ?? 0;
    }
    // The comparison is not vacuous: the corpus gives many rows, the undated event among them.
    expect(shown).toBeGreaterThan(500);
    // The evidence articles' cards come only when asked (PageKey.articles; absent means asked).
    const kinds = async (articles: boolean) => {
      const [row] = await db.read<{ nodes: unknown[][] }>(LIST, { keys: [{ ...keys[0], articles, key: 'k' }] });
      return new Set(row!.nodes.map((n) => n[0]));
    };
    expect(await kinds(true)).toContain('Article');
    expect(await kinds(false)).not.toContain('Article');
    expect(await kinds(false)).toContain('Event');
    // Rows carry their evidence only when asked (PageKey.evidence; absent means asked), and are otherwise the same.
    const rowsOf = async (evidence?: boolean) =>
      (await db.read<{ rows: StatementRow[] }>(LIST, { keys: [{ ...keys[0], ...(evidence === undefined ? {} : { evidence }), key: 'k' }] }))[0]!.rows;
    const withEvidence = await rowsOf();
    expect(withEvidence.length).toBeGreaterThan(0);
    expect(withEvidence.every((r) => r.evidence !== null)).toBe(true);
    expect(await rowsOf(true)).toEqual(withEvidence);
    expect(await rowsOf(false)).toEqual(withEvidence.map((r) => ({ ...r, evidence: null })));
    const undated = answers[0];
    expect(undated instanceof Error ? [] : undated?.rows.map((r) => r.eventId)).toContain('event:undated-reform-test');
  });
});
