// The authority file of institutions (data/authority/institutions.json): one entry per real body, with its names in
// both languages, its name history and its predecessors; read once, validated, and looked up by any of its names.
//
// Where a form sits says when it is valid: forms on a `names` entry are valid while that name is (Мінрегіонбуд with
// the ministry's 2010–2019 name); the entry's own `abbreviations` and `aliases` are valid for the body's whole life;
// its `name` and `nameEn` are those of its current (for a body gone, its last) name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { normaliseApostrophes, searchFold } from '../extract/normalise.js';
import { ActorKind, PartialDate } from '../facts/schema.js';
import { compareFrom, dateRange, spansOverlap, within } from './dates.js';

const FILE = fileURLToPath(new URL('../../data/authority/institutions.json', import.meta.url));

const text = z.string().trim().min(1).max(300);
/** A real partial date: the schema's shape, and a month and day that exist. */
const Day = PartialDate.refine((d) => { try { dateRange(d); return true; } catch { return false; } }, 'not a real date');
const Id = z.string().regex(/^org:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected org:<slug>');

const NameSpan = z.object({
  name: text,
  nameEn: text.nullable(),
  abbreviations: z.array(text).default([]),
  /** Other spellings and translations of this name, valid while it is. */
  aliases: z.array(text).default([]),
  from: Day.nullable(),
  to: Day.nullable(),
}).strict().refine((n) => n.from === null || n.to === null || dateRange(n.from).start < dateRange(n.to).start, {
  message: '`from` must be before `to`',
});

const Predecessor = z.object({
  id: Id,
  how: z.enum(['renamed', 'merged', 'split', 'reorganised']),
  date: Day.nullable(),
}).strict();

const InstitutionSchema = z.object({
  id: Id,
  kind: ActorKind,
  name: text,
  nameEn: text.nullable(),
  abbreviations: z.array(text).default([]),
  aliases: z.array(text).default([]),
  names: z.array(NameSpan).min(1),
  predecessors: z.array(Predecessor).default([]),
  parent: Id.nullable(),
}).strict().refine((i) => i.names.some((n) => n.name === i.name), { message: '`name` must be one of `names`' });

export type NameSpan = z.infer<typeof NameSpan>;
export type Institution = z.infer<typeof InstitutionSchema>;

interface Span { from: string | null; to: string | null }
/** One institution under one form of a name, with the spans in which the form is valid. */
interface Hit { inst: Institution; spans: Span[] }

/** The current name's span; a body's lifetime from its first name to its last. */
function currentSpan(inst: Institution): Span {
  const n = inst.names.find((x) => x.name === inst.name && x.to === null) ?? inst.names.find((x) => x.name === inst.name);
  return { from: n?.from ?? null, to: n?.to ?? null };
}
function lifetime(inst: Institution): Span {
  const froms = inst.names.map((n) => n.from);
  const tos = inst.names.map((n) => n.to);
  return {
    from: froms.includes(null) ? null : [...froms].sort(compareFrom)[0] ?? null,
    to: tos.includes(null) ? null : [...tos].sort(compareFrom).pop() ?? null,
  };
}

/** Every form of an institution's names with where it is valid: `abbr` forms are matched exactly, the rest folded. */
function forms(inst: Institution): Array<{ form: string; abbr: boolean; span: Span }> {
  const out: Array<{ form: string; abbr: boolean; span: Span }> = [];
  const cur = currentSpan(inst);
  const life = lifetime(inst);
  out.push({ form: inst.name, abbr: false, span: cur });
  if (inst.nameEn) out.push({ form: inst.nameEn, abbr: false, span: cur });
  for (const a of inst.abbreviations) out.push({ form: a, abbr: true, span: life });
  for (const a of inst.aliases) out.push({ form: a, abbr: false, span: life });
  for (const n of inst.names) {
    const span = { from: n.from, to: n.to };
    out.push({ form: n.name, abbr: false, span });
    if (n.nameEn) out.push({ form: n.nameEn, abbr: false, span });
    for (const a of n.abbreviations) out.push({ form: a, abbr: true, span });
    for (const a of n.aliases) out.push({ form: a, abbr: false, span });
  }
  return out;
}

const exactKey = (s: string): string => normaliseApostrophes(s.trim());

interface Authority {
  list: readonly Institution[];
  byId: ReadonlyMap<string, Institution>;
  /** Abbreviations, as written. */
  exact: ReadonlyMap<string, Hit[]>;
  /** Names and aliases, folded. */
  folded: ReadonlyMap<string, Hit[]>;
}

function addHit(map: Map<string, Hit[]>, key: string, inst: Institution, span: Span): void {
  const hits = map.get(key) ?? [];
  const hit = hits.find((h) => h.inst === inst);
  if (hit) hit.spans.push(span);
  else hits.push({ inst, spans: [span] });
  map.set(key, hits);
}

/**
 * Validates the file's content: each entry against the schema (the error names the file and the entry), then the
 * entries together: ids unique, predecessors and parents that exist, and no form shared by two bodies at once (two
 * bodies may have borne one name at different times: their spans for it must not overlap).
 */
export function parseInstitutions(raw: unknown, file: string): Institution[] {
  const top = z.object({ institutions: z.array(z.unknown()) }).safeParse(raw);
  if (!top.success) throw new Error(`${file}: expected { "institutions": [...] }: ${top.error.issues.map((i) => i.message).join('; ')}`);
  const list: Institution[] = top.data.institutions.map((entry, k) => {
    const r = InstitutionSchema.safeParse(entry);
    if (r.success) return r.data;
    const id = typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id : `#${k}`;
    const issues = r.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: institution ${id}: ${issues}`);
  });
  const byId = new Map<string, Institution>();
  for (const inst of list) {
    if (byId.has(inst.id)) throw new Error(`${file}: institution ${inst.id}: id used twice`);
    byId.set(inst.id, inst);
  }
  for (const inst of list) {
    for (const p of inst.predecessors) {
      if (!byId.has(p.id) || p.id === inst.id) throw new Error(`${file}: institution ${inst.id}: predecessor ${p.id} is not another entry`);
    }
    if (inst.parent !== null && (!byId.has(inst.parent) || inst.parent === inst.id)) {
      throw new Error(`${file}: institution ${inst.id}: parent ${inst.parent} is not another entry`);
    }
  }
  // Ambiguity is checked on the folded form of everything, abbreviations included: stricter than the lookup.
  const all = new Map<string, Hit[]>();
  for (const inst of list) for (const f of forms(inst)) addHit(all, searchFold(f.form), inst, f.span);
  for (const [key, hits] of all) {
    for (let a = 0; a < hits.length; a++) {
      for (let b = a + 1; b < hits.length; b++) {
        const x = hits[a];
        const y = hits[b];
        if (x && y && x.spans.some((s) => y.spans.some((t) => spansOverlap(s, t)))) {
          throw new Error(`${file}: institution ${y.inst.id}: "${key}" also names ${x.inst.id} at the same time`);
        }
      }
    }
  }
  return list;
}

function build(list: Institution[]): Authority {
  const exact = new Map<string, Hit[]>();
  const folded = new Map<string, Hit[]>();
  for (const inst of list) {
    for (const f of forms(inst)) {
      if (f.abbr) addHit(exact, exactKey(f.form), inst, f.span);
      else addHit(folded, searchFold(f.form), inst, f.span);
    }
  }
  return { list, byId: new Map(list.map((i) => [i.id, i])), exact, folded };
}

let loaded: Authority | undefined;
function authority(): Authority {
  if (!loaded) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(FILE, 'utf8'));
    } catch (e) {
      throw new Error(`${FILE}: ${(e as Error).message}`);
    }
    loaded = build(parseInstitutions(raw, FILE));
  }
  return loaded;
}

export function institutions(): readonly Institution[] {
  return authority().list;
}

export function institutionById(id: string): Institution | undefined {
  return authority().byId.get(id);
}

/** The bodies that name this one among their predecessors: its successors. */
export function successorsOf(id: string): Institution[] {
  return authority().list.filter((i) => i.predecessors.some((p) => p.id === id));
}

/** The names with their spans, oldest first (an unknown start first: "since before the records"). */
export function nameHistory(inst: Institution): NameSpan[] {
  return [...inst.names].sort((a, b) => compareFrom(a.from, b.from));
}

/**
 * The name valid on `date`: the current name for null, for a date outside every span, and where the current name is
 * valid beside another (a state administration's name beside its military one). A coarse date spanning a renaming
 * ("2022" for a body renamed in 2022-12) gets the name it started with.
 */
export function nameAt(inst: Institution, date: string | null): string {
  if (date === null) return inst.name;
  const at = nameHistory(inst).filter((n) => within(date, n.from, n.to));
  if (at.length === 0 || at.some((n) => n.name === inst.name)) return inst.name;
  return at[0]?.name ?? inst.name;
}

export type Lookup = { match: Institution; nameAtDate: string } | { candidates: Institution[] };

/**
 * The institution a name stands for: by any name, alias or abbreviation (names folded, abbreviations as written).
 * A name only one body ever had is that body whatever the date. A name several bodies had at different times is
 * told apart by `date` (the span of that name containing it); with no date, or none or several left, the bodies
 * come back as candidates, never as a guess. Null when no body has the name.
 */
export function lookupInstitution(name: string, date?: string | null): Lookup | null {
  const a = authority();
  const hits = new Map<Institution, Span[]>();
  for (const h of [...(a.exact.get(exactKey(name)) ?? []), ...(a.folded.get(searchFold(name)) ?? [])]) {
    hits.set(h.inst, [...(hits.get(h.inst) ?? []), ...h.spans]);
  }
  if (hits.size === 0) return null;
  let found = [...hits.keys()];
  if (found.length > 1 && date) {
    const dated = found.filter((i) => (hits.get(i) ?? []).some((s) => within(date, s.from, s.to)));
    if (dated.length > 0) found = dated;
  }
  const only = found.length === 1 ? found[0] : undefined;
  return only ? { match: only, nameAtDate: nameAt(only, date ?? null) } : { candidates: found };
}
