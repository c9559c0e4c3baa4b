// The authority file of the reform's donor programmes and projects (data/authority/programmes.json): canonical
// name, English name, acronyms, full names in both languages, funders, implementers and phases. A mention under any
// of these names resolves to one programme, so an acronym and its spelt-out name land on one node.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { searchFold } from '../extract/normalise.js';
import { actorId } from '../store/ids.js';

const FILE = 'data/authority/programmes.json';
const PATH = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), FILE);

const Year = z.string().regex(/^\d{4}$/, 'a year is written YYYY');
const Name = z.string().trim().min(1);

const Phase = z.object({
  /** The phase's own name where it has one ("друга фаза"), else null. */
  name: Name.nullable(),
  from: Year.nullable(),
  to: Year.nullable(),
}).strict().refine((p) => !p.from || !p.to || p.from <= p.to, 'a phase cannot end before it starts');

const ProgrammeSchema = z.object({
  /** `project:<slug of name>`: the id the graph gives the project's node (actorId('PROJECT', name)). */
  id: z.string().regex(/^project:[a-z0-9-]+$/),
  /** Canonical name, as the graph and the dev gold use it. */
  name: Name,
  nameEn: Name.nullable(),
  /** Exact short forms in both scripts ("DOBRE", "ДОБРЕ"): matched as written, since "добре" is also a word. */
  acronyms: z.array(Name),
  /** Full names in both languages, matched after searchFold. */
  names: z.array(Name),
  /** Canonical Ukrainian names of organisations, as the gazetteer gives them. */
  funders: z.array(Name),
  implementers: z.array(Name),
  /** Only phases whose years are certain. */
  phases: z.array(Phase),
}).strict();

export type Programme = z.infer<typeof ProgrammeSchema>;

const FileSchema = z.object({ programmes: z.array(z.unknown()) }).strict();

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
}

/** Validates an authority document (the parsed file, or an object in a test); errors name the source and the entry. */
export function parseProgrammes(data: unknown, source: string = FILE): Programme[] {
  const file = FileSchema.safeParse(data);
  if (!file.success) throw new Error(`${source}: ${issues(file.error)}`);
  const out: Programme[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  file.data.programmes.forEach((raw, i) => {
    const label = typeof raw === 'object' && raw !== null && 'name' in raw && typeof raw.name === 'string' ? ` (${raw.name})` : '';
    const where = `${source}: programmes[${i}]${label}`;
    const parsed = ProgrammeSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${where}: ${issues(parsed.error)}`);
    const p = parsed.data;
    const expected = actorId('PROJECT', p.name);
    if (p.id !== expected) throw new Error(`${where}: id ${p.id} is not the id of its name, ${expected}`);
    if (ids.has(p.id)) throw new Error(`${where}: id ${p.id} is already used`);
    ids.add(p.id);
    // One name, one programme: a name two entries share could not be resolved.
    for (const [key, written] of keysOf(p)) {
      const other = owner.get(key);
      if (other !== undefined && other !== p.id) throw new Error(`${where}: name "${written}" is also a name of ${other}`);
      owner.set(key, p.id);
    }
    out.push(p);
  });
  return out;
}

/** A single word is compared as written (an acronym, "Polaris"); a phrase after folding (case, apostrophes, dashes). */
const isPhrase = (s: string): boolean => /\s/.test(s.trim());
const exactKey = (s: string): string => `=:${s.trim()}`;
const foldKey = (s: string): string => `~:${searchFold(s)}`;

/** The keys an entry answers to, each with the name it comes from. */
function keysOf(p: Programme): Map<string, string> {
  const keys = new Map<string, string>();
  const key = (s: string): string => (isPhrase(s) ? foldKey(s) : exactKey(s));
  for (const n of [p.name, ...(p.nameEn ? [p.nameEn] : []), ...p.acronyms, ...p.names]) {
    keys.set(key(n), n);
    // A phrase also answers without the words that wrap it ("… Activity", "Програма …").
    const core = isPhrase(n) ? unwrap(n) : n;
    if (core && core !== n && !keys.has(key(core))) keys.set(key(core), n);
  }
  return keys;
}

let loaded: Programme[] | undefined;
let index: Map<string, Programme> | undefined;

/** All programmes of the authority file, read and validated once. */
export function programmes(): readonly Programme[] {
  if (loaded === undefined) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(PATH, 'utf8'));
    } catch (e) {
      throw new Error(`${FILE}: ${(e as Error).message}`);
    }
    loaded = parseProgrammes(data);
  }
  return loaded;
}

export function programmeById(id: string): Programme | null {
  return programmes().find((p) => p.id === id) ?? null;
}

function byKey(): Map<string, Programme> {
  if (index === undefined) {
    index = new Map();
    for (const p of programmes()) for (const k of keysOf(p).keys()) index.set(k, p);
  }
  return index;
}

/**
 * Words a mention wraps a programme's name in: the generic word ("Програма", "project", "Activity") and the
 * funder or kind named before it ("USAID", "EU/UNDP", "Swiss-Ukrainian"). Stripped only at the ends.
 */
const WRAPPER_RE = /^(?:програм[аиіуо]\S*|про[єе]кт\S*|ініціатив\S*|project|programme|program|activity|initiative|the|usaid|eu|єс|undp|проон|eu\/undp|єс\/проон|giz|swiss-ukrainian|швейцарсько-україн\S*)$/iu;
const QUOTED_RE = /[«“„"]([^»”"“„«]+)[»”"]/gu;
const BRACKETED_RE = /\(([^()\s]+)\)\s*$/u;

/** The name without the wrapping words at its ends, nor quotes around what remains. */
function unwrap(s: string): string {
  const words = s.trim().split(/\s+/);
  while (words.length > 1 && WRAPPER_RE.test(words[0] ?? '')) words.shift();
  while (words.length > 1 && WRAPPER_RE.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ').replace(/^[«“„"]([^«»“”„"]*)[»”"]$/u, '$1').trim();
}

const PROGRAMME_WORD_RE = /^(?:програм\S*|про[єе]кт\S*|ініціатив\S*|project|programme|program|initiative|activity)$/iu;

/**
 * Whether the words around a quoted title label a programme ("Програма Ради Європи", "Council of Europe Programme",
 * "the EU/UNDP project") rather than something of it ("посібник Програми «…»", a handbook of the programme).
 */
function labelsProgramme(outside: string): boolean {
  const words = outside.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const first = words[0] ?? '';
  return words.some((w) => PROGRAMME_WORD_RE.test(w)) && (WRAPPER_RE.test(first) || /^\p{Lu}/u.test(first));
}

function lookupWhole(s: string): Programme | null {
  const t = s.trim();
  if (!t) return null;
  const keys = byKey();
  return (isPhrase(t) ? keys.get(foldKey(t)) : keys.get(exactKey(t))) ?? null;
}

/**
 * The programme a name stands for: its canonical name, an acronym (as written), its English name or a full name
 * in either language (folded), also when wrapped ("Програма USAID «ДОБРЕ»", "the EGAP Programme", "Council of
 * Europe Programme “…”", "… (PLEDDG)"). Null when it names none, or when its parts name two different ones.
 */
export function lookupProgramme(name: string): Programme | null {
  const whole = lookupWhole(name) ?? lookupWhole(unwrap(name));
  if (whole) return whole;
  const found = new Set<Programme>();
  for (const m of name.matchAll(QUOTED_RE)) {
    const p = lookupWhole(m[1] ?? '');
    if (p && labelsProgramme(name.replace(m[0], ' '))) found.add(p);
  }
  const stripped = unwrap(name);
  const bracket = BRACKETED_RE.exec(stripped);
  if (bracket) {
    const p = lookupWhole(bracket[1] ?? '');
    if (p) found.add(p);
    const rest = lookupWhole(unwrap(stripped.slice(0, bracket.index)));
    if (rest) found.add(rest);
  }
  return found.size === 1 ? [...found][0] ?? null : null;
}
