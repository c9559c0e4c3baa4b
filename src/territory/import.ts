// Loads the KATOTTG codifier into the graph in batches, then links hromadas read from articles to their KATOTTG nodes.
import { readFileSync, statSync } from 'node:fs';
import { mergeActors } from '../actor/merge.js';
import { loadCypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { bumpGraphVersion } from '../store/graph-version.js';
import { katottgId, kindLabels, nameKey } from '../store/ids.js';
import { pickCandidate, type Candidate } from '../store/candidates.js';
import { searchTerms, searchText } from '../store/search-terms.js';
import { CodifierError, parseKatottg } from './katottg.js';

const Q = loadCypher(['territory/upsert-territories', 'territory/link-territories', 'territory/find-unlinked-hromadas']);
const BATCH = 2000;
const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface ImportResult { oblasts: number; raions: number; hromadas: number; links: number; linkedFromArticles: string[]; invalid: string[]; ambiguous: string[] }

export async function importKatottg(db: Database, file: string, log: (l: string) => void = console.log): Promise<ImportResult> {
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) throw new CodifierError(`${file} is ${size} bytes; the codifier is a few MB (limit ${MAX_FILE_BYTES}).`);
  const { rows, invalid } = parseKatottg(readFileSync(file, 'utf8'));
  const idOf = new Map(rows.map((r) => [r.code, katottgId(r.kind, r.code)]));
  const nodes = rows.map((r) => {
    const terms = searchTerms(r.kind, r.name, null, []);
    return { id: idOf.get(r.code)!, kind: r.kind, labels: kindLabels(r.kind), name: r.name, nameKey: nameKey(r.name, r.kind), code: r.code, searchTerms: terms, searchText: searchText(terms) };
  });
  for (let i = 0; i < nodes.length; i += BATCH) {
    await db.write(Q['territory/upsert-territories'], { rows: nodes.slice(i, i + BATCH) });
    log(`  territories ${Math.min(i + BATCH, nodes.length)}/${nodes.length}`);
  }
  const links = rows.flatMap((r) => {
    const parentId = r.parentCode ? idOf.get(r.parentCode) : undefined;
    return parentId ? [{ childId: idOf.get(r.code)!, parentId }] : [];
  });
  for (let i = 0; i < links.length; i += BATCH) await db.write(Q['territory/link-territories'], { links: links.slice(i, i + BATCH) });

  // Hromadas named in articles before the codifier was loaded become their KATOTTG node.
  const unlinked = await db.read<{ id: string; name: string; oblast: string | null; candidates: Candidate[] }>(Q['territory/find-unlinked-hromadas']);
  const linked: string[] = [];
  const ambiguous: string[] = [];
  for (const h of unlinked) {
    const pick = pickCandidate(h.candidates, h.oblast);
    if (pick.id && (await mergeActors(db, h.id, pick.id))) linked.push(`${h.name} -> ${pick.id}`);
    else if (pick.ambiguous.length) ambiguous.push(`${h.name}: ${pick.ambiguous.join(', ')}`);
  }
  bumpGraphVersion();
  const count = (k: string) => rows.filter((r) => r.kind === k).length;
  return { oblasts: count('OBLAST'), raions: count('RAION'), hromadas: count('HROMADA'), links: links.length, linkedFromArticles: linked, invalid, ambiguous };
}
