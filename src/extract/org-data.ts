// Data: the gazetteer of organisations the reform news keeps naming, with canonical names, kinds and aliases,
// projected from the authority file of institutions (src/authority/institutions.ts), the one place names are kept.
import { institutionById, institutions, type Institution, type NameSpan } from '../authority/institutions.js';
import type { ActorKind } from '../facts/schema.js';

export interface KnownOrg {
  /** Canonical Ukrainian nominative name. */
  name: string;
  kind: ActorKind;
  nameEn?: string;
  /** Other names: nominative Ukrainian or English forms (inflections match by stem) and abbreviations (exact). */
  aliases: string[];
  /** A body this one belongs to and names in its own name ("Конгрес … Ради Європи"): listed with it. */
  parent?: string;
}

/**
 * Former names the extractor reports as themselves rather than as the body's current name. The dev set names the
 * ministry for communities by its 2022–2025 name where the article does (test/devset/README.md, "Known
 * inconsistencies"), and the Ministry of Infrastructure before the 2022 merger was a transport ministry, not the
 * reform's: a mention of it is not a mention of the ministry for communities.
 */
const OWN_NAMES: ReadonlySet<string> = new Set([
  'Міністерство розвитку громад, територій та інфраструктури України',
  'Міністерство інфраструктури України',
]);

/**
 * Whether a name of the body stays its own gazetteer entry. An administration's state and military names are both
 * in force (the military administration works on the state one's basis): articles, and the dev set, keep the one
 * they use.
 */
function ownName(inst: Institution, n: NameSpan): boolean {
  return n.name !== inst.name && (OWN_NAMES.has(n.name) || inst.kind === 'LOCAL_ADMINISTRATION');
}

const LATIN_RE = /^[^\p{Script=Cyrillic}]*$/u;

/**
 * Forms the gazetteer matches. English names of administrations are left to the English rules (org-en.ts), which
 * also read them in enumerations ("the Vinnytsia and Volyn oblast state administrations"): a gazetteer match of
 * the last one would take it out of the list.
 */
function matched(inst: Institution, forms: string[]): string[] {
  return inst.kind === 'LOCAL_ADMINISTRATION' ? forms.filter((f) => !LATIN_RE.test(f)) : forms;
}

/** One institution as gazetteer entries: its current name with every other form, and the names that stay apart. */
function project(inst: Institution): KnownOrg[] {
  const parent = inst.parent ? institutionById(inst.parent)?.name : undefined;
  const entry = (name: string, nameEn: string | null, aliases: string[]): KnownOrg =>
    ({ name, kind: inst.kind, ...(nameEn ? { nameEn } : {}), aliases: matched(inst, aliases), ...(parent ? { parent } : {}) });
  const aliases = [...inst.abbreviations, ...inst.aliases];
  const apart: KnownOrg[] = [];
  for (const n of inst.names) {
    const forms = [...n.abbreviations, ...n.aliases];
    if (ownName(inst, n)) {
      apart.push(entry(n.name, n.nameEn, [...(n.nameEn ? [n.nameEn] : []), ...forms]));
      continue;
    }
    // The current name's English is the entry's nameEn, matched only where listed among its aliases.
    if (n.name !== inst.name) aliases.push(n.name, ...(n.nameEn ? [n.nameEn] : []));
    aliases.push(...forms);
  }
  return [entry(inst.name, inst.nameEn, aliases), ...apart];
}

/** Entries of one canonical name are one entry (two ministries' names reported as their successor's). */
function mergeByName(entries: KnownOrg[]): KnownOrg[] {
  const byName = new Map<string, KnownOrg>();
  for (const e of entries) {
    const first = byName.get(e.name);
    if (first) first.aliases.push(...e.aliases);
    else byName.set(e.name, e);
  }
  return [...byName.values()].map((e) => ({ ...e, aliases: [...new Set(e.aliases)].filter((a) => a !== e.name) }));
}

export const KNOWN_ORGS: readonly KnownOrg[] = mergeByName(institutions().flatMap(project));
