// Turns an article's relations into comparable keys, resolving each endpoint to a gold entity through the matchings.
import type { ArticleFacts, RelationType } from '../facts/schema.js';
import type { EntityMatchings } from './entities.js';
import { organizationSimilarity, personSimilarity, projectSimilarity, reformSimilarity } from './entities.js';
import { normName } from './normalise.js';

type Kind = 'person' | 'organization' | 'project' | 'event' | 'reform';
interface Ref { kind: Kind; index: number }

/** A relation as a key "TYPE|from|to" over gold entity ids, with a readable label for reports. */
export interface KeyedRelation { type: RelationType; key: string; label: string }

/**
 * Position, funder and implementer facts may be written as relations or inside persons/projects: both forms
 * state the same fact, so both are read, on both sides, and counted once.
 */
export function allRelations(doc: ArticleFacts): { type: RelationType; from: string; to: string }[] {
  const out = doc.relations.map((r) => ({ type: r.type, from: r.from, to: r.to }));
  for (const p of doc.persons) for (const pos of p.positions) out.push({ type: 'HOLDS_POSITION', from: p.name, to: pos.organization });
  for (const pr of doc.projects) {
    for (const f of pr.funders) out.push({ type: 'FUNDS', from: f, to: pr.name });
    for (const i of pr.implementers) out.push({ type: 'IMPLEMENTS', from: i, to: pr.name });
  }
  return out;
}

/** Finds the entity a relation endpoint names, by exact (normalised) name; reforms first for ABOUT targets. */
export function resolveLocal(doc: ArticleFacts, name: string, reformFirst = false): Ref | null {
  const n = normName(name);
  const find = (kind: Kind): Ref | null => {
    const names: string[][] =
      kind === 'person' ? doc.persons.map((p) => [p.name])
        : kind === 'organization' ? doc.organizations.map((o) => [o.name, ...o.aliases])
          : kind === 'project' ? doc.projects.map((p) => [p.name, ...p.aliases, ...(p.nameEn ? [p.nameEn] : [])])
            : kind === 'event' ? doc.events.map((e) => [e.name])
              : doc.reforms.map((r) => [r]);
    const index = names.findIndex((list) => list.some((x) => normName(x) === n));
    return index >= 0 ? { kind, index } : null;
  };
  const order: Kind[] = reformFirst
    ? ['reform', 'event', 'person', 'organization', 'project']
    : ['person', 'organization', 'project', 'event', 'reform'];
  for (const kind of order) {
    const ref = find(kind);
    if (ref) return ref;
  }
  return null;
}

/** A name the prediction uses without listing it: matched to gold entities directly (events excepted: no date to check). */
function resolveAgainstGold(gold: ArticleFacts, name: string): Ref | null {
  const probe = { name, aliases: [], positions: [], funders: [], implementers: [] };
  const tries: [Kind, number][] = [
    ['person', gold.persons.findIndex((g) => personSimilarity(g, probe) > 0)],
    ['organization', gold.organizations.findIndex((g) => organizationSimilarity(g, probe) > 0)],
    ['project', gold.projects.findIndex((g) => projectSimilarity(g, probe) > 0)],
    ['reform', gold.reforms.findIndex((g) => reformSimilarity(g, name) > 0)],
  ];
  const hit = tries.find(([, i]) => i >= 0);
  return hit ? { kind: hit[0], index: hit[1] } : null;
}

export function goldRelationKeys(gold: ArticleFacts): KeyedRelation[] {
  const key = (name: string, reformFirst: boolean): string => {
    const ref = resolveLocal(gold, name, reformFirst);
    return ref ? `${ref.kind}:${ref.index}` : `name:${normName(name)}`;
  };
  return dedupe(allRelations(gold).map((r) => ({
    type: r.type,
    key: `${r.type}|${key(r.from, false)}|${key(r.to, r.type === 'ABOUT')}`,
    label: `${r.type} ${r.from} → ${r.to}`,
  })));
}

export function predictedRelationKeys(gold: ArticleFacts, pred: ArticleFacts, matchings: EntityMatchings): KeyedRelation[] {
  const key = (name: string, reformFirst: boolean): string => {
    const ref = resolveLocal(pred, name, reformFirst);
    if (ref) {
      const g = matchings[ref.kind].pairs.get(ref.index);
      return g === undefined ? `pred-${ref.kind}:${ref.index}` : `${ref.kind}:${g}`;
    }
    const direct = resolveAgainstGold(gold, name);
    return direct ? `${direct.kind}:${direct.index}` : `name:${normName(name)}`;
  };
  return dedupe(allRelations(pred).map((r) => ({
    type: r.type,
    key: `${r.type}|${key(r.from, false)}|${key(r.to, r.type === 'ABOUT')}`,
    label: `${r.type} ${r.from} → ${r.to}`,
  })));
}

function dedupe(list: KeyedRelation[]): KeyedRelation[] {
  const seen = new Map<string, KeyedRelation>();
  for (const r of list) if (!seen.has(r.key)) seen.set(r.key, r);
  return [...seen.values()];
}
