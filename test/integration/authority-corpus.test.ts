// Issue 16's acceptance on a mixed corpus: the dev set's articles (100 Ukrainian, 74 English) ingested through the
// real pipeline give one node per institution of the authority file across its renamings and both languages, one
// node per programme across its acronym and full names, no TV show, course or document as a project, and the
// duplicates report runs on the result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { lookupInstitution } from '../../src/authority/institutions.js';
import { lookupProgramme } from '../../src/authority/programmes.js';
import { duplicatesReport } from '../../src/actor/duplicates.js';
import type { Database } from '../../src/db/database.js';
import { resetGraph, testDatabase } from './helpers.js';

let db: Database;
interface ActorNode { id: string; kind: string; name: string; authorityId: string | null; aliases: string[]; candidates: string[] | null }
let actors: ActorNode[];

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  const summary = await ingestPaths(db, ['test/devset/articles']);
  expect(summary.failures).toEqual([]);
  actors = await db.read<ActorNode>(
    'MATCH (n:Actor) RETURN n.id AS id, n.kind AS kind, n.name AS name, n.authorityId AS authorityId, n.aliases AS aliases, n.candidates AS candidates');
}, 300_000);

afterAll(async () => {
  await db?.close();
});

describe('a mixed Ukrainian and English corpus', () => {
  it('gives each institution of the authority file one node, whatever name or language the articles used', () => {
    const byEntry = new Map<string, string[]>();
    for (const a of actors) if (a.authorityId) byEntry.set(a.authorityId, [...(byEntry.get(a.authorityId) ?? []), a.id]);
    expect([...byEntry.entries()].filter(([, ids]) => ids.length > 1)).toEqual([]);
    // No organisation node outside its entry while its name is one only that entry has.
    const strays = actors.filter((a) => a.kind !== 'PERSON' && a.kind !== 'PROJECT' && !a.authorityId && !a.candidates?.length)
      .filter((a) => { const f = lookupInstitution(a.name, null); return f !== null && 'match' in f; });
    expect(strays.map((a) => `${a.id} ${a.name}`)).toEqual([]);
    // The ministry for communities appears under five names in the dev set: one node per legal body.
    expect(actors.filter((a) => a.authorityId === 'org:minrozvytku')).toHaveLength(1);
  });

  it('gives each programme one node across its acronym and full names, and no TV show, course or document', () => {
    const projects = actors.filter((a) => a.kind === 'PROJECT');
    const byProgramme = new Map<string, string[]>();
    for (const p of projects) {
      const prog = lookupProgramme(p.name);
      if (prog) byProgramme.set(prog.id, [...(byProgramme.get(prog.id) ?? []), p.id]);
    }
    expect([...byProgramme.entries()].filter(([, ids]) => ids.length > 1)).toEqual([]);
    expect(projects.filter((p) => /ток-шоу|телепрограм|радіопрограм|телемарафон|курс|посібник|стратегі|конкурс|talk show|course|handbook|competition/i.test(p.name)).map((p) => p.name)).toEqual([]);
  });

  it('runs the duplicates report over the result', async () => {
    const pairs = await duplicatesReport(db, { limit: 50 });
    for (const p of pairs) {
      expect(p.evidence.length).toBeGreaterThan(0);
      expect([p.a.id, p.b.id]).toContain(p.merge.from);
    }
  });
});
