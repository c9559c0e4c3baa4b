// Loads the project's .cypher files once, into typed maps that fail fast when a file is missing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.js';

export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/** Reads `cypher/<name>.cypher` for every name; throws at import time if one is missing or empty. */
export function loadCypher<const N extends string>(names: readonly N[]): Record<N, string> {
  const out = {} as Record<N, string>;
  for (const name of names) {
    const file = join(CYPHER_DIR, `${name}.cypher`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`Cypher file missing: ${file}`);
    }
    const statement = expandMacros(stripComments(text));
    if (!statement) throw new Error(`Cypher file is empty: ${file}`);
    out[name] = statement;
  }
  return out;
}

/**
 * `NODE_CARD(x)`: the node x as the node loader reads it (src/node/loaders.ts, toNodeRow), a list of its kind and
 * the properties that kind shows. A list without keys and without the other kinds' null properties: as maps of
 * every property, the cards were half the bytes of a person page (8.6 KB, now 4.2) and the largest cost in the
 * driver's decoding of it.
 */
export const NODE_CARD = (x: string) =>
  `CASE WHEN ${x}:Actor THEN ['Actor', ${x}.id, ${x}.kind, ${x}.name, ${x}.nameEn, ${x}.aliases, ${x}.katottg]` +
  ` WHEN ${x}:Event THEN ['Event', ${x}.id, ${x}.name, ${x}.kind, ${x}.startDate, ${x}.endDate, ${x}.location]` +
  ` WHEN ${x}:Article THEN ['Article', ${x}.id, ${x}.url, ${x}.title, ${x}.publishedAt, ${x}.source, ${x}.lang]` +
  ` WHEN ${x}:Reform THEN ['Reform', ${x}.id, ${x}.name, ${x}.nameEn] END`;

function expandMacros(statement: string): string {
  return statement.replace(/\bNODE_CARD\((\w+)\)/g, (_m, x: string) => NODE_CARD(x));
}

/** Cypher `//` comment lines are kept out of the statement text sent to the server. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .trim();
}

/** Every .cypher file under cypher/, relative names without extension (used by the EXPLAIN test). */
export function allCypherFiles(dir = CYPHER_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? allCypherFiles(join(dir, e.name), `${prefix}${e.name}/`)
      : e.name.endsWith('.cypher') ? [`${prefix}${e.name.slice(0, -'.cypher'.length)}`] : [],
  ).sort();
}
