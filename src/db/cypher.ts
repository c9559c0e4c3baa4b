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

/** The properties a node card carries after its kind and id, for each kind, in order (toNodeRow reads them so). */
export const CARD_PROPS = {
  Actor: ['kind', 'name', 'nameEn', 'aliases', 'katottg', 'nameVerified', 'authorityId', 'candidates'],
  Event: ['name', 'kind', 'startDate', 'endDate', 'location'],
  Article: ['url', 'title', 'publishedAt', 'source', 'lang'],
  Reform: ['name', 'nameEn'],
} as const;
type CardKind = keyof typeof CARD_PROPS;

/**
 * The node x as the node loader reads it (src/node/loaders.ts, toNodeRow): a list of its kind, its id and the
 * properties its kind shows, or null in the place of those `carries` leaves out. An actor always carries its kind,
 * which decides its GraphQL type.
 */
export function nodeCard(x: string, carries: (prop: string) => boolean = () => true): string {
  const card = (kind: CardKind) =>
    `['${kind}', ${x}.id, ${CARD_PROPS[kind].map((p) => (carries(p) || (kind === 'Actor' && p === 'kind') ? `${x}.${p}` : 'null')).join(', ')}]`;
  return `CASE WHEN ${x}:Actor THEN ${card('Actor')} WHEN ${x}:Event THEN ${card('Event')}` +
    ` WHEN ${x}:Article THEN ${card('Article')} WHEN ${x}:Reform THEN ${card('Reform')} END`;
}

/**
 * `NODE_CARD(x)`: the full card of x. A list without keys and without the other kinds' null properties: as maps of
 * every property, the cards were half the bytes of a person page (8.6 KB, now 4.2) and the largest cost in the
 * driver's decoding of it.
 */
export const NODE_CARD = (x: string) => nodeCard(x);

/** Which card properties a query needs: a key for caching statements by it, and the test nodeCard takes. */
export interface CardFields { key: string; carries: (prop: string) => boolean }

const ALL_PROPS: readonly string[] = [...new Set(Object.values(CARD_PROPS).flat())];

/**
 * The card properties a query that shows these field names needs: each shown field of the same name, and an actor's
 * name for its aliases too (Actor.aliases leaves the name out). Node rows are shared by every field of a request, so
 * the names are those of the whole operation (src/shared/selection.ts, shownFieldNames).
 */
export function cardFields(shown: ReadonlySet<string>): CardFields {
  const props = new Set(ALL_PROPS.filter((p) => shown.has(p)));
  if (shown.has('aliases')) props.add('name');
  // Fields read from the authority file (src/authority/) by the entry the node is.
  if (['nameAt', 'history', 'predecessors', 'successors', 'authorityId'].some((f) => shown.has(f))) props.add('authorityId');
  return { key: [...props].sort().join(','), carries: (p) => props.has(p) };
}

/** The statement with the full cards of these variables (NODE_CARD) replaced by cards of the fields given. */
export function withCards(statement: string, vars: readonly string[], fields: CardFields): string {
  let out = statement;
  for (const v of vars) {
    if (!out.includes(NODE_CARD(v))) throw new Error(`The statement has no NODE_CARD(${v}) to narrow.`);
    out = out.replaceAll(NODE_CARD(v), nodeCard(v, fields.carries));
  }
  return out;
}

const narrowedCache = new Map<string, string>();
/** Bounds the statements kept by narrowed(): clients choose the fields, so the keys are theirs. */
export const MAX_NARROWED_STATEMENTS = 500;

/** withCards, kept by the statement's name and the fields' key (the oldest dropped first past the bound). */
export function narrowed(name: string, statement: string, vars: readonly string[], fields: CardFields): string {
  const key = `${name}|${fields.key}`;
  let text = narrowedCache.get(key);
  if (text === undefined) {
    text = withCards(statement, vars, fields);
    if (narrowedCache.size >= MAX_NARROWED_STATEMENTS) narrowedCache.delete(narrowedCache.keys().next().value!);
    narrowedCache.set(key, text);
  }
  return text;
}

/**
 * `STATEMENT_ROWS(xs)`: statement rows (src/statement/rows.ts) from a list of {p, e, rels}: speaker p's SPOKE_AT/CHAIRED
 * relationships to event e, and from them the first quote, whether they chaired, and the evidence of a SPOKE_AT
 * before that of a CHAIRED. `STATEMENT_ROWS(xs, flag)`: the evidence only where the flag is not false (null where
 * the query shows no evidence: an event page's speakers read no evidence lists).
 */
export const STATEMENT_ROWS = (xs: string, flag?: string) => {
  const evidence = "head([r IN x.rels WHERE type(r) = 'SPOKE_AT' | {articleId: r.evArticles[0], sentence: r.evSentences[0]}]" +
    ' + [r IN x.rels | {articleId: r.evArticles[0], sentence: r.evSentences[0]}])';
  return `[x IN ${xs} | {speakerId: x.p.id, eventId: x.e.id,` +
    ` quote: head([r IN x.rels WHERE r.quote IS NOT NULL | r.quote]),` +
    ` chaired: any(r IN x.rels WHERE type(r) = 'CHAIRED'),` +
    ` confidence: reduce(c = null, r IN x.rels | CASE WHEN c IS NULL OR r.confidence > c THEN r.confidence ELSE c END),` +
    ` evidence: ${flag ? `CASE WHEN coalesce(${flag}, true) THEN ${evidence} END` : evidence}}]`;
};

/**
 * `NODES_BY_POSITION(nodes)`: a clause binding `nodes` to the nodes of `$nodeIds`, in order, each as a one-element
 * list ([null] for an id not found), so that rows can name their ends by position (packRelations, src/store/write-batch.ts)
 * and each node is sought once per statement, not once per row.
 */
export const NODES_BY_POSITION = (nodes: string) =>
  `CALL () { UNWIND range(0, size($nodeIds) - 1) AS i OPTIONAL MATCH (n:Node {id: $nodeIds[i]})` +
  ` WITH i, n ORDER BY i RETURN collect([n]) AS ${nodes} }`;

const MACROS: Record<string, (x: string, y?: string) => string> = { NODE_CARD, STATEMENT_ROWS, NODES_BY_POSITION };

function expandMacros(statement: string): string {
  return statement.replace(/\b(NODE_CARD|STATEMENT_ROWS|NODES_BY_POSITION)\((\w+)(?:, ([\w.$]+))?\)/g,
    (_m, name: string, x: string, y: string | undefined) => MACROS[name]!(x, y));
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
