// Picks the concrete requests from the loaded graph, deterministically: actors for the widget, persons, reform and
// year filters with three pages, inflected and Latin search strings, actor pairs 2-4 fact hops apart, events.
import type { QueryRunner } from '../../src/db/database.js';
import { nameForms } from '../../src/extract/names.js';
import { transliterate } from '../../src/extract/translit.js';
import { encodeCursor } from '../../src/pagination.js';
import { toLucene } from '../../src/search/lucene.js';
import { reformId } from '../../src/store/ids.js';
import { REFORMS } from '../corpus/names.js';
import { rng } from '../corpus/random.js';
import { runRaw } from '../impl/raw.js';
import type { QueryName, Sample } from './queries.js';

const same = (v: Record<string, unknown>): Sample => ({ ours: v, peer: v, raw: v });

async function ids(db: QueryRunner, cypher: string): Promise<string[]> {
  return (await db.read<{ id: string }>(cypher)).map((r) => r.id);
}

export async function pickSamples(db: QueryRunner, seed: number, perQuery: number): Promise<Record<QueryName, Sample[]>> {
  const r = rng(seed ^ 0xbe4c);
  const pickN = (xs: string[], n: number) => Array.from({ length: Math.min(n, xs.length) }, () => r.pick(xs));

  // Widget traffic: a fifth on the most mentioned actors, the rest anywhere in the tail.
  const top = await ids(db, 'MATCH (a:Actor) RETURN a.id AS id ORDER BY COUNT { (a)<-[:MENTIONS]-() } DESC, a.id LIMIT 20');
  const actors = await ids(db, 'MATCH (a:Actor) WHERE EXISTS { (a)<-[:MENTIONS]-() } RETURN a.id AS id ORDER BY a.id');
  const related = [...pickN(top, Math.ceil(perQuery / 5)), ...pickN(actors, perQuery - Math.ceil(perQuery / 5))].map((id) => same({ id }));

  const persons = await ids(db, 'MATCH (p:Person) WHERE EXISTS { (p)-[:SPOKE_AT|CHAIRED]->() } RETURN p.id AS id ORDER BY p.id');
  const person = pickN(persons, perQuery).map((id) => same({ id }));

  const statements: Sample[] = [];
  for (const reform of REFORMS.slice(0, 3)) {
    for (const year of [2019, 2021, 2023]) {
      for (let page = 0; page < 3; page++) {
        const filters = { reform: reformId(reform), from: `${year}-01-01`, to: `${year}-12-31` };
        statements.push({
          ours: { ...filters, after: page ? encodeCursor(page * 50 - 1) : null },
          peer: { ...filters, skip: page * 50 },
          raw: { ...filters, skip: page * 50, first: 50 },
        });
      }
    }
  }

  const named = await db.read<{ name: string }>(
    'MATCH (p:Person) WHERE EXISTS { (p)<-[:MENTIONS]-() } RETURN p.name AS name ORDER BY p.id LIMIT 2000',
  );
  const search: Sample[] = [];
  for (let i = 0; i < perQuery && named.length; i++) {
    const name = r.pick(named).name;
    // Half inflected ("Олександра Шевченка"), half KMU-2010 Latin ("Oleksandr Shevchenko").
    const query = i % 2 === 0 ? (nameForms(name)[1] ?? name) : transliterate(name);
    search.push({ ours: { query }, peer: { lucene: toLucene(query) }, raw: { query } });
  }
  for (const query of ['АМУ', 'Мінцифри', 'громада']) search.push({ ours: { query }, peer: { lucene: toLucene(query) }, raw: { query } });

  // Pairs 2-4 fact hops apart: co-speakers (2), a co-speaker's organisation (3), and random pairs that happen to be.
  const near = await db.read<{ from: string; to: string }>(
    `MATCH (p:Person)-[:SPOKE_AT]->(:Event)<-[:SPOKE_AT]-(q:Person) WHERE p.id < q.id
     OPTIONAL MATCH (q)-[:HOLDS_POSITION]->(o:Actor)
     RETURN p.id AS from, coalesce(o.id, q.id) AS to ORDER BY from, to LIMIT 500`,
  );
  const path: Sample[] = [];
  for (let tries = 0; path.length < perQuery && tries < perQuery * 20 && actors.length > 1; tries++) {
    // Random pairs only when there are no co-speakers: an unconnected pair makes shortestPath search the whole graph.
    const pair = near.length ? r.pick(near) : { from: r.pick(persons), to: r.pick(actors) };
    const v = { from: pair.from, to: pair.to, maxHops: 4 };
    if (v.from === v.to) continue;
    const found = (await runRaw(db, 'path', v).catch(() => null)) as { length: number } | null;
    if (found && found.length >= 2 && found.length <= 4) path.push({ ours: { from: v.from, to: v.to }, peer: { from: v.from, to: v.to }, raw: v });
  }

  const events = await ids(db, 'MATCH (e:Event) RETURN e.id AS id ORDER BY e.id');
  const event = pickN(events, perQuery).map((id) => same({ id }));
  return { related, person, statements, search, path, event };
}
