// Backups (issue 17): `npm run backup` then `npm run restore` into an empty graph gives back the same graph, node for
// node and relationship for relationship with every property's type (the fingerprint, and the values checked one by
// one); restore refuses a graph that is not empty, and a truncated or damaged file before it writes anything.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Driver, SessionConfig } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeActorsChecked } from '../../src/actor/merge.js';
import { backupGraph } from '../../src/backup/backup.js';
import { BackupError } from '../../src/backup/format.js';
import { restoreGraph } from '../../src/backup/restore.js';
import type { Database } from '../../src/db/database.js';
import { graphFingerprint, type GraphFingerprint } from '../../src/db/fingerprint.js';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { countNodes, resetGraph, runCli, testDatabase } from './helpers.js';

let db: Database;
let dir: string;
let backup: string;
let original: GraphFingerprint;

/** A node with a property of every type a backup carries, each written as a Cypher expression of its value. */
const PROBE: Record<string, string> = {
  big: '9223372036854775807', negative: '-42', float: '0.1', third: '1.0 / 3', whole: '2.0', negZero: '-0.0', nan: '0.0 / 0.0',
  inf: '1.0 / 0.0', yes: 'true', no: 'false', date: "date('2024-02-29')",
  zoned: "datetime('2024-06-04T10:11:12.123456789+03:00[Europe/Kyiv]')", utc: "datetime('2024-06-04T10:11:12Z')",
  local: "localdatetime('2024-06-04T10:11:12')", time: "time('10:11:12.5+02:00')", localTime: "localtime('23:59:59.999999999')",
  duration: "duration('P1Y2M3DT4H5M6.007S')", ints: '[1, -2, 3]', floats: '[1.5, -0.25]', dates: "[date('2024-01-01'), date('2024-12-31')]",
  datetimes: "[datetime('2024-01-01T00:00:00Z')]", durations: "[duration('PT1S')]", strings: "['a', 'б', '']", booleans: '[true, false]',
  empty: '[]', text: "'рядок з \"лапками\", \\\\ і \\n новим рядком 🇺🇦'",
};
const props = (p: Record<string, string>) => `{${Object.entries(p).map(([k, v]) => `${k}: ${v}`).join(', ')}}`;

/** Each probe property: its type and whether it equals the value written (NaN and -0.0 by their text). */
async function probe(): Promise<Record<string, [string, boolean]>> {
  const checks = Object.entries(PROBE).map(([k, v]) => {
    const same = k === 'nan' ? 'isNaN(p.nan)' : k === 'negZero' ? "toString(p.negZero) = '-0.0'" : `p.${k} = ${v}`;
    return `${k}: [valueType(p.${k}), ${same}]`;
  });
  const [row] = await db.read<{ r: Record<string, [string, boolean]> }>(`MATCH (p:BackupProbe) RETURN {${checks.join(', ')}} AS r`);
  return row!.r;
}

async function typesOf(): Promise<string[]> {
  const rows = await db.read<{ t: string }>(`
    CALL () { MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT labels(n)[0] + '.' + k + ' ' + valueType(n[k]) AS t
    UNION MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT type(r) + '.' + k + ' ' + valueType(r[k]) AS t }
    RETURN t ORDER BY t`);
  return rows.map((r) => r.t);
}

beforeAll(async () => {
  db = testDatabase();
  dir = mkdtempSync(join(tmpdir(), 'hromada-backup-'));
  backup = join(dir, 'graph.jsonl.gz');
  await resetGraph(db);
  // The seed, a few articles ingested by the extractor, a recorded merge (a :Merge with its snapshots: datetimes,
  // integers, booleans), a decision that two actors are distinct, and the probe.
  await loadSeed(db, () => {});
  const articles = join(dir, 'articles');
  const devset = join(PROJECT_ROOT, 'test', 'devset', 'articles');
  mkdirSync(articles);
  for (const f of readdirSync(devset).sort().slice(5, 8)) copyFileSync(join(devset, f), join(articles, f));
  const ingested = await ingestPaths(db, [articles]);
  expect(ingested.failures).toEqual([]);
  expect(ingested.articles.new).toBe(3);
  const [x, y] = (await db.read<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)--() } DESC, id LIMIT 2')).map((r) => r.id) as [string, string];
  await mergeActorsChecked(db, x, y, 'backup test');
  await db.write(`MATCH (a:Organization) WITH a ORDER BY a.id LIMIT 2 WITH collect(a) AS o
    CALL (o) { WITH o[0] AS a, o[1] AS b MERGE (a)-[d:DISTINCT_FROM]->(b) ON CREATE SET d.at = datetime() }`);
  await db.write(`CREATE (p:BackupProbe ${props(PROBE)})
    WITH p MATCH (a:Actor) WITH p, a ORDER BY a.id LIMIT 1
    CREATE (p)-[:PROBED ${props({ at: PROBE.zoned!, n: '7', f: '7.0', names: PROBE.strings! })}]->(a)
    CREATE (p)-[:TWIN]->(p), (p)-[:TWIN]->(p)
    CREATE ({note: 'a node with no label'}), ()`);
}, 240_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.close();
});

describe('npm run backup and npm run restore', () => {
  it('restore into an empty graph gives back the graph backed up: the same fingerprint, every type kept', async () => {
    original = await graphFingerprint(db);
    const types = await typesOf();
    expect(types).toEqual(expect.arrayContaining([
      'Merge.at ZONED DATETIME NOT NULL', 'MOVED.i INTEGER NOT NULL', 'MOVED.out BOOLEAN NOT NULL', 'HOLDS_POSITION.confidence FLOAT NOT NULL',
      'HOLDS_POSITION.createdAt ZONED DATETIME NOT NULL', 'DISTINCT_FROM.at ZONED DATETIME NOT NULL', 'Merge.fromLabels LIST<STRING NOT NULL> NOT NULL',
    ]));
    const probed = await probe();
    expect(Object.values(probed).every(([, same]) => same), JSON.stringify(probed)).toBe(true);
    const merges = await db.read<{ n: number }>('MATCH (m:Merge)-[:MOVED]->(:MergeSnapshot) RETURN count(*) AS n');
    expect(merges[0]!.n).toBeGreaterThan(0);

    const made = await runCli('backup', [backup]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`Backed up ${original.nodes.toLocaleString('en')} nodes, ${original.relationships.toLocaleString('en')} relationships, fingerprint ${original.digest.slice(0, 16)}`);
    const header = JSON.parse(gunzipSync(readFileSync(backup)).toString('utf8').split('\n')[0]!);
    expect(header).toMatchObject({ format: 'hromada-graph-backup', version: 1, nodes: original.nodes, relationships: original.relationships, fingerprint: original.digest });

    await db.write('MATCH (n) DETACH DELETE n');
    expect(await countNodes(db)).toBe(0);
    const restored = await runCli('restore', [backup]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/relationships: [\d,]+ of [\d,]+\n/);
    expect(restored.stdout).toContain(`Restored ${original.nodes.toLocaleString('en')} nodes`);
    expect(restored.stdout).toContain("The fingerprint equals the backup's");

    expect(await graphFingerprint(db)).toEqual(original);
    expect(await typesOf()).toEqual(types);
    expect(await probe()).toEqual(probed);
    // Nothing of the restore's own is left: no marked node, no temporary constraint.
    expect(await db.read('MATCH (n:__RestoreInProgress) RETURN n')).toEqual([]);
    expect(await db.read("SHOW CONSTRAINTS YIELD name WHERE name = 'restore_in_progress_key' RETURN name")).toEqual([]);
  });

  it('the fingerprint tells apart a property of another type, a moved relationship, a label, a repeated relationship', async () => {
    const changes: [string, string][] = [
      ['MATCH (p:BackupProbe) SET p.negative = -42.0', 'MATCH (p:BackupProbe) SET p.negative = -42'],
      ['MATCH (p:BackupProbe)-[r:PROBED]->(a) MATCH (b:Actor) WHERE b <> a WITH p, r, b ORDER BY b.id LIMIT 1 CREATE (p)-[s:PROBED]->(b) SET s = properties(r) DELETE r',
        'MATCH (p:BackupProbe)-[r:PROBED]->() MATCH (a:Actor) WITH p, r, a ORDER BY a.id LIMIT 1 CREATE (p)-[s:PROBED]->(a) SET s = properties(r) DELETE r'],
      ['MATCH (p:BackupProbe) SET p:Extra', 'MATCH (p:BackupProbe) REMOVE p:Extra'],
      ['MATCH (p:BackupProbe) CREATE (p)-[:TWIN]->(p)', 'MATCH (p:BackupProbe)-[r:TWIN]->() WITH r LIMIT 1 DELETE r'],
    ];
    for (const [change, back] of changes) {
      await db.write(change);
      expect(await graphFingerprint(db), change).not.toEqual(original);
      await db.write(back);
      expect(await graphFingerprint(db), back).toEqual(original);
    }
  });

  it('refuses to restore into a graph that is not empty, saying how to proceed, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const refused = await runCli('restore', [backup]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`The graph is not empty (${before.nodes.toLocaleString('en')} nodes, ${before.relationships.toLocaleString('en')} relationships): restore writes into an empty graph only`);
    expect(refused.stderr).toMatch(/Nothing was written\. To replace this graph, back it up first .* then empty it/);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('never overwrites a file, nor leaves one behind when it fails', async () => {
    const before = readFileSync(backup);
    const again = await runCli('backup', [backup]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already: backups never overwrite one');
    expect(readFileSync(backup)).toEqual(before);
    await expect(backupGraph(db, join(dir, 'no-such-folder', 'b.jsonl.gz'))).rejects.toThrow(/The folder of .* does not exist/);
  });

  it('reads the graph again when a write lands during the backup, and gives up saying why when writes keep landing', async () => {
    // A driver whose backup transactions see a node written by someone else between the fingerprint and the dump
    // (the third statement of each transaction), `writes` times.
    const racing = (writes: number) => ({
      driver: {
        session: (config: SessionConfig) => {
          const session = db.driver.session(config);
          return {
            beginTransaction: () => {
              const tx = session.beginTransaction();
              let runs = 0;
              return {
                run: (query: string, params?: Record<string, unknown>) => (async function* () {
                  if (++runs === 3 && writes-- > 0) await db.write('CREATE (:BackupRace)');
                  yield* tx.run(query, params);
                })(),
                close: () => tx.close(),
              };
            },
            close: () => session.close(),
          };
        },
      },
    }) as unknown as { driver: Driver };
    const logged: string[] = [];
    const once = await backupGraph(racing(1), join(dir, 'raced.jsonl.gz'), { log: (l) => logged.push(l) });
    expect(once.attempts).toBe(2);
    expect(logged).toEqual(['The graph changed while it was read (a write landed during the backup); reading it again (attempt 2 of 3).']);
    expect(once.fingerprint).toEqual(await graphFingerprint(db));
    expect(once.header.nodes).toBe(original.nodes + 1);

    const file = join(dir, 'never.jsonl.gz');
    await expect(backupGraph(racing(3), file)).rejects.toThrow('The graph kept changing during the backup (3 attempts): a backup is exact only when no write lands while it reads. Pause the writers');
    expect(readdirSync(dir).filter((f) => f.startsWith('never'))).toEqual([]);
    await db.write('MATCH (n:BackupRace) DELETE n');
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it('removes what an interrupted restore left before restoring, and refuses a graph holding anything else', async () => {
    await db.write('MATCH (n) DETACH DELETE n');
    // What a restore killed midway leaves: nodes still marked, relationships between them.
    await db.write(`CREATE (:__RestoreInProgress:Node:Actor {id: 'person:left-over', __restoreKey: 'a'})-[:SPOKE_AT]->(:__RestoreInProgress {__restoreKey: 'b'})`);
    const logged: string[] = [];
    await restoreGraph(db, backup, { log: (l) => logged.push(l) });
    expect(logged).toContain('The graph holds only what an interrupted restore wrote (2 nodes): removing it first.');
    expect(await graphFingerprint(db)).toEqual(original);

    await db.write(`CREATE (:__RestoreInProgress {__restoreKey: 'c'})`);
    const refused = await restoreGraph(db, backup).then(() => null, (e: Error) => e.message);
    expect(refused).toContain(`The graph is not empty (${(original.nodes + 1).toLocaleString('en')} nodes, ${original.relationships.toLocaleString('en')} relationships, 1 of the nodes from an interrupted restore)`);
    await db.write('MATCH (n:__RestoreInProgress) DELETE n');
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it('refuses a truncated or damaged file with the reason, and the graph stays empty', async () => {
    await db.write('MATCH (n) DETACH DELETE n');
    const bytes = readFileSync(backup);
    const text = gunzipSync(bytes).toString('utf8');
    const lines = text.split('\n').filter(Boolean);
    const header = JSON.parse(lines[0]!);
    const firstRel = lines.findIndex((l) => l.startsWith('{"relationship"'));
    const variant = (name: string, content: Buffer | string) => {
      const file = join(dir, name);
      writeFileSync(file, content);
      return file;
    };
    const flipped = Buffer.from(bytes);
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = flipped[middle]! ^ 0xff;
    const cases: [string, string, RegExp][] = [
      ['truncated', variant('truncated.jsonl.gz', bytes.subarray(0, Math.floor(bytes.length / 2))), /is truncated: it ends inside its compressed data/],
      ['a byte flipped', variant('flipped.jsonl.gz', flipped), /is damaged/],
      ['lines cut, recompressed', variant('cut.jsonl.gz', gzipSync(lines.slice(0, -5).join('\n') + '\n')),
        new RegExp(`is truncated: it holds ${header.nodes} of the ${header.nodes} nodes and ${header.relationships - 5} of the ${header.relationships} relationships`)],
      ['a line cut in the middle', variant('half-line.jsonl.gz', gzipSync(`${lines.slice(0, 3).join('\n')}\n${lines[3]!.slice(0, 40)}`)), /line 4: not valid JSON .*the file is damaged or was edited/],
      ['a property of an unknown type', variant('type.jsonl.gz', gzipSync([...lines.slice(0, 1), lines[1]!.replace('"props":{', '"props":{"x":{"$type":"POINT","value":"1"},'), ...lines.slice(2)].join('\n'))),
        /line 2: not a node or relationship of a backup \(props\.x/],
      ['not gzip', variant('plain.jsonl', text), /is not gzip-compressed/],
      ['empty', variant('empty.jsonl.gz', ''), /is not gzip-compressed: .* \(it is empty\)/],
      ['not a backup', variant('other.jsonl.gz', gzipSync('{"hello": "world"}\n')), /is not a backup of this project: its first line is not the header/],
      ['a newer format', variant('newer.jsonl.gz', gzipSync(JSON.stringify({ ...header, version: 99 }) + '\n')), /format version 99, and this version of the project reads version 1/],
      // Sound as a file, but a relationship names a node it does not hold: found while writing, and what was written is removed.
      ['a dangling relationship', variant('dangling.jsonl.gz', gzipSync(lines.map((l, i) => (i === firstRel ? l.replace(/"start":"[^"]+"/, '"start":"no-such-node"') : l)).join('\n'))),
        /relationship\(s\) name nodes the file does not hold; the file is not a consistent backup\. What the restore had written was removed: the graph is empty again\./],
    ];
    for (const [name, file, reason] of cases) {
      const error = await restoreGraph(db, file).then(() => null, (e: unknown) => e);
      expect(error, name).toBeInstanceOf(BackupError);
      expect((error as Error).message, name).toMatch(reason);
      expect(await countNodes(db), name).toBe(0);
    }
    const cli = await runCli('restore', [join(dir, 'truncated.jsonl.gz')]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/^Error: .*truncated\.jsonl\.gz is truncated: it ends inside its compressed data .* Nothing was restored from it; use another copy of the backup\.$/m);
    expect(await countNodes(db)).toBe(0);

    // The sound file still restores, in batches of a few lines (nodes and relationships never share one).
    const logged: string[] = [];
    await restoreGraph(db, backup, { batchRows: 7, log: (l) => logged.push(l) });
    expect(await graphFingerprint(db)).toEqual(original);
    expect(logged.at(-1)).toBe(`  relationships: ${original.relationships.toLocaleString('en')} of ${original.relationships.toLocaleString('en')}`);
  });
});
