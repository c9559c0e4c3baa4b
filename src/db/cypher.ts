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

/**
 * `STATEMENT_ROWS(xs)`: statement rows (src/statement/rows.ts) from a list of {p, e, rels}: speaker p's SPOKE_AT/CHAIRED
 * relationships to event e, and from them the first quote, whether they chaired, and the evidence of a SPOKE_AT
 * before that of a CHAIRED.
 */
export const STATEMENT_ROWS = (xs: string) =>
  `[x IN ${xs} | {speakerId: x.p.id, eventId: x.e.id,` +
  ` quote: head([r IN x.rels WHERE r.quote IS NOT NULL | r.quote]),` +
  ` chaired: any(r IN x.rels WHERE type(r) = 'CHAIRED'),` +
  ` evidence: head([r IN x.rels WHERE type(r) = 'SPOKE_AT' | {articleId: r.evArticles[0], sentence: r.evSentences[0]}]` +
  ` + [r IN x.rels | {articleId: r.evArticles[0], sentence: r.evSentences[0]}])}]`;

/**
 * `NODES_BY_POSITION(nodes)`: a clause binding `nodes` to the nodes of `$nodeIds`, in order, each as a one-element
 * list ([null] for an id not found), so that rows can name their ends by position (packRelations, src/store/write-batch.ts)
 * and each node is sought once per statement, not once per row.
 */
export const NODES_BY_POSITION = (nodes: string) =>
  `CALL () { UNWIND range(0, size($nodeIds) - 1) AS i OPTIONAL MATCH (n:Node {id: $nodeIds[i]})` +
  ` WITH i, n ORDER BY i RETURN collect([n]) AS ${nodes} }`;

const MACROS: Record<string, (x: string) => string> = { NODE_CARD, STATEMENT_ROWS, NODES_BY_POSITION };

function expandMacros(statement: string): string {
  return statement.replace(/\b(NODE_CARD|STATEMENT_ROWS|NODES_BY_POSITION)\((\w+)\)/g, (_m, name: string, x: string) => MACROS[name]!(x));
}

/**
 * Cypher `//` comment lines and indentation are kept out of the statement text: it is sent, and looked up in Neo4j's
 * plan cache, with every request.
 */
function stripComments(text: string): string {
  return text
    .split('\n')
    .map((l) => squeeze(l.trim()))
    .filter((l) => l && !l.startsWith('//'))
    .join('\n');
}

/** Runs of spaces outside quotes become one space; quoted text is kept as written. */
export function squeeze(line: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      out += c;
      if (c === '\\' && quote !== '`') out += line[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
    } else if (c === ' ' || c === '\t') {
      if (!out.endsWith(' ')) out += ' ';
    } else out += c;
  }
  return out;
}

/** Every .cypher file under cypher/, relative names without extension (used by the EXPLAIN test). */
export function allCypherFiles(dir = CYPHER_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? allCypherFiles(join(dir, e.name), `${prefix}${e.name}/`)
      : e.name.endsWith('.cypher') ? [`${prefix}${e.name.slice(0, -'.cypher'.length)}`] : [],
  ).sort();
}
