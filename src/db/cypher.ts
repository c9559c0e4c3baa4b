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
    const statement = stripComments(text);
    if (!statement) throw new Error(`Cypher file is empty: ${file}`);
    out[name] = statement;
  }
  return out;
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
