// The fields of an organisation read from the authority file (data/authority/institutions.json) by the entry the
// node is: its name on a date, its name history, and the bodies it succeeded or that succeeded it.
import { institutionById, institutions, nameAt, nameHistory, type Institution } from '../authority/institutions.js';
import type { ActorRow } from './rows.js';

export interface NameSpanRow { name: string; nameEn: string | null; abbreviations: string[]; from: string | null; to: string | null }
export interface SuccessionRow { id: string; name: string; nameEn: string | null; how: string; date: string | null }

const entryOf = (a: ActorRow): Institution | undefined => (a.authorityId ? institutionById(a.authorityId) : undefined);

export function nameOn(a: ActorRow, date: string): string {
  const entry = entryOf(a);
  return entry ? nameAt(entry, date) : a.name;
}

export function historyOf(a: ActorRow): NameSpanRow[] {
  const entry = entryOf(a);
  return entry ? nameHistory(entry).map((n) => ({ name: n.name, nameEn: n.nameEn ?? null, abbreviations: [...n.abbreviations], from: n.from, to: n.to })) : [];
}

function row(id: string, how: string, date: string | null): SuccessionRow | null {
  const e = institutionById(id);
  return e ? { id: e.id, name: e.name, nameEn: e.nameEn ?? null, how, date } : null;
}

export function predecessorsOf(a: ActorRow): SuccessionRow[] {
  return (entryOf(a)?.predecessors ?? []).map((p) => row(p.id, p.how, p.date)).filter((x): x is SuccessionRow => x !== null);
}

export function successorsOf(a: ActorRow): SuccessionRow[] {
  if (!a.authorityId) return [];
  const id = a.authorityId;
  return institutions().flatMap((e) => e.predecessors.filter((p) => p.id === id).map((p) => row(e.id, p.how, p.date)))
    .filter((x): x is SuccessionRow => x !== null);
}

export function candidatesOf(a: ActorRow): SuccessionRow[] {
  return a.candidates.map((id) => row(id, 'candidate', null)).filter((x): x is SuccessionRow => x !== null);
}
