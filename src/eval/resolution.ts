// The resolution eval (issue 16): mentions of actors as articles give them, in ingestion order, each labelled with the
// real actor it names. Each mention is resolved the way the write path resolves it (identify(), then the same
// checks as store/resolve-actors.cypher, in that order) and lands on a node; the eval scores the "same node"
// decisions over all pairs: precision (no two actors joined) and recall (no actor split).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ActorKind } from '../facts/schema.js';
import { foreignNameToUk } from '../extract/foreign-translit.js';
import { identify, type Identity } from '../store/identity.js';

export const RESOLUTION_CASES = 'test/resolution/cases.json';
/** False merges are worse than missed ones: the issue's targets. */
export const TARGETS = { precision: 0.99, recall: 0.9 } as const;

const Mention = z.object({
  entity: z.string().min(1),
  kind: ActorKind,
  /** The name as the article gives it (a person's Ukrainian name, when the article has it). */
  name: z.string().min(1).optional(),
  /** A person's Latin spelling (English articles). */
  latin: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  date: z.string().nullable().default(null),
}).refine((m) => m.name !== undefined || m.latin !== undefined, { message: 'a mention needs a name or a latin spelling' });
const CaseFile = z.object({ about: z.string().optional(), mentions: z.array(Mention).min(1) });
export type ResolutionMention = z.infer<typeof Mention>;

interface SimNode { id: string; kind: string; nameKey: string; latinKey: string | null; authority: boolean }

export interface ResolutionScore {
  mentions: number;
  entities: number;
  nodes: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Pairs put on one node that are two actors. */
  falseMerges: string[];
  /** Pairs of one actor left on two nodes. */
  splits: string[];
}

export async function readCases(path = RESOLUTION_CASES): Promise<ResolutionMention[]> {
  const parsed = CaseFile.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} does not fit the resolution case format: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.mentions;
}

export function identityOf(m: ResolutionMention): Identity {
  const verified = m.name !== undefined;
  return identify({
    kind: m.kind, name: m.name ?? foreignNameToUk(m.latin ?? ''), nameEn: m.latin ?? null, aliases: m.aliases,
    date: m.date, nameVerified: verified,
  });
}

/** Kinds a name may cross (store/resolve-actors.cypher): organisations among themselves; a hromada only to itself. */
function compatible(node: string, planned: string): boolean {
  return node === planned || (planned !== 'PERSON' && node !== 'PERSON' && planned !== 'HROMADA');
}

/** Where each mention lands: by id, else (an authority entry) by its other names, else by name or Latin key. */
export function simulate(mentions: readonly ResolutionMention[]): string[] {
  const nodes = new Map<string, SimNode>();
  return mentions.map((m, i) => {
    const idn = identityOf(m);
    if (nodes.has(idn.id)) return idn.id;
    const open = idn.candidates.length === 0;
    const byName = [...nodes.values()].filter((n) => {
      if (!compatible(n.kind, idn.kind)) return false;
      if (idn.authorityId) return idn.altKeys.includes(n.nameKey) && !n.authority;
      return open && (n.nameKey === idn.nameKey || (idn.latinKey !== null && n.latinKey === idn.latinKey));
    });
    const ids = [...new Set(byName.map((n) => n.id))];
    if (ids.length === 1 && idn.candidates.length === 0) return ids[0]!;
    // Several, or an authority name the date does not decide: a node of its own (the ambiguity report lists it).
    const id = ids.length > 1 || idn.candidates.length > 0 ? `${idn.id}#${i}` : idn.id;
    nodes.set(id, { id, kind: idn.kind, nameKey: idn.nameKey, latinKey: idn.latinKey, authority: idn.authorityId !== null });
    return id;
  });
}

export function scoreResolution(mentions: readonly ResolutionMention[]): ResolutionScore {
  const landed = simulate(mentions);
  let tp = 0, fp = 0, fn = 0;
  const falseMerges: string[] = [];
  const splits: string[] = [];
  const label = (k: number): string => { const m = mentions[k]!; return `${m.name ?? m.latin}${m.date ? ` (${m.date})` : ''}`; };
  for (let a = 0; a < mentions.length; a++) {
    for (let b = a + 1; b < mentions.length; b++) {
      const same = mentions[a]!.entity === mentions[b]!.entity;
      const joined = landed[a] === landed[b];
      if (same && joined) tp++;
      else if (!same && joined) { fp++; falseMerges.push(`${label(a)} = ${label(b)}`); }
      else if (same && !joined) { fn++; splits.push(`${label(a)} ≠ ${label(b)}`); }
    }
  }
  return {
    mentions: mentions.length, entities: new Set(mentions.map((m) => m.entity)).size, nodes: new Set(landed).size,
    tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), falseMerges, splits,
  };
}

export function formatResolution(s: ResolutionScore, verbose: boolean): string {
  const lines = [
    `resolution (${RESOLUTION_CASES}): ${s.mentions} mentions of ${s.entities} actors landed on ${s.nodes} nodes`,
    `  same-node pairs: ${s.tp} right, ${s.fp} false merges, ${s.fn} splits; precision ${s.precision.toFixed(3)} (target ≥${TARGETS.precision}), recall ${s.recall.toFixed(3)} (target ≥${TARGETS.recall})`,
  ];
  const show = (title: string, xs: string[]) => { if (xs.length) lines.push(`  ${title}:`, ...xs.slice(0, verbose ? xs.length : 10).map((x) => `    ${x}`)); };
  show('false merges', s.falseMerges);
  show('splits', s.splits);
  return lines.join('\n');
}

export function meetsTargets(s: ResolutionScore): boolean {
  return s.precision >= TARGETS.precision && s.recall >= TARGETS.recall;
}
