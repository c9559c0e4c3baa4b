// Who an actor named in an article is, before the graph is asked: the authority file settles institutions (by any
// of their names, abbreviations and former names, on the article's date) and programmes (by acronym or full name);
// a person's name in Latin script meets the same person's Ukrainian name by a key that folds the romanisations.
// Pure: the write path (plan.ts) and the resolution eval (src/eval/resolution.ts) decide the same way.
import type { ActorKind } from '../facts/schema.js';
import { lookupInstitution, type Institution } from '../authority/institutions.js';
import { lookupProgramme } from '../authority/programmes.js';
import { personKeyFromCyrillic, personKeyFromLatin } from '../authority/latin-key.js';
import { findOrgs } from '../extract/orgs.js';
import { tokenise } from '../extract/tokens.js';
import { transliterate } from '../extract/translit.js';
import { memoise } from '../shared/memo.js';
import { actorId, nameKey } from './ids.js';

export interface IdentityInput {
  kind: ActorKind;
  name: string;
  nameEn: string | null | undefined;
  aliases: readonly string[];
  /** The date the article speaks from (its publication date): former names are read as of then. */
  date: string | null;
  /** False when a person's Ukrainian name was only transliterated back from the Latin spelling the article gives. */
  nameVerified: boolean;
}

export interface Identity {
  id: string;
  /** The authority entry's kind where there is one, else the article's. */
  kind: ActorKind;
  name: string;
  nameEn: string | null;
  /** Every other name the actor has: the article's forms, and an authority entry's abbreviations and former names. */
  aliases: string[];
  nameKey: string;
  /** Keys of names the actor surely also has (an authority entry's other names): a node under one of them is it. */
  altKeys: string[];
  /** Persons: the key their Latin and Cyrillic spellings share (src/authority/latin-key.ts). */
  latinKey: string | null;
  nameVerified: boolean;
  /** The authority entry the actor is (institutions and programmes), or null. */
  authorityId: string | null;
  /** Authority entries the name fits that the date does not tell apart: kept on a node of its own, for a person. */
  candidates: string[];
}

const ORG_KINDS = new Set<ActorKind>([
  'MINISTRY', 'GOVERNMENT_BODY', 'LOCAL_ADMINISTRATION', 'ASSOCIATION', 'DONOR', 'INTERNATIONAL_ORGANIZATION', 'EMBASSY',
  'COURT', 'NGO', 'OTHER', 'COUNCIL',
]);

function uniq(xs: readonly string[], except: string): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter((x) => x !== '' && x !== except))];
}

/** Every name an authority entry is known by: history, abbreviations, aliases, English names. */
function institutionNames(inst: Institution): string[] {
  return [
    inst.name, ...(inst.nameEn ? [inst.nameEn] : []), ...inst.abbreviations, ...inst.aliases,
    ...inst.names.flatMap((n) => [n.name, ...(n.nameEn ? [n.nameEn] : []), ...n.abbreviations]),
  ];
}

/**
 * The canonical name the extractor's organisation readers give a whole name ("Swedish Embassy" → "Посольство
 * Швеції в Україні", "Kharkiv City Council" → "Харківська міська рада"): bodies made from the country table and
 * local bodies are not in the authority file, and a fact may name them in English.
 */
const readName: (n: string) => { name: string; kind: ActorKind; nameEn: string | null } | null = memoise((n) => {
  // Pure, and a bulk load names the same bodies in thousands of articles: remembered by the name.
  const tokens = tokenise(n);
  const m = findOrgs(tokens, n, -1).find((x) => x.start === 0 && x.end === tokens.length);
  return m ? Object.freeze({ name: m.name, kind: m.kind, nameEn: m.nameEn ?? null }) : null;
});

/**
 * The one institution the article's names point at on its date, or the candidates when they do not decide. The
 * canonical name decides first; the other names only choose among the entries it leaves open, or stand in when it
 * names none (an article's other forms may include a neighbour's: a parliament's mention spans its committee's name).
 */
function institutionOf(name: string, others: readonly string[], date: string | null): { match: Institution | null; candidates: string[] } {
  const own = lookupInstitution(name, date);
  if (own && 'match' in own) return { match: own.match, candidates: [] };
  const matches = new Map<string, Institution>();
  for (const n of others) {
    const found = lookupInstitution(n, date);
    if (found && 'match' in found) matches.set(found.match.id, found.match);
  }
  if (own) {
    const chosen = own.candidates.filter((c) => matches.has(c.id));
    return chosen.length === 1 ? { match: chosen[0]!, candidates: [] } : { match: null, candidates: own.candidates.map((c) => c.id) };
  }
  return matches.size === 1 ? { match: [...matches.values()][0]!, candidates: [] } : { match: null, candidates: [] };
}

export function identify(input: IdentityInput): Identity {
  const { kind, name, nameEn, aliases, date } = input;
  const base: Identity = {
    id: actorId(kind, kind === 'PERSON' ? (nameEn ?? transliterate(name)) : name), kind,
    name, nameEn: nameEn ?? null, aliases: uniq(aliases, name), nameKey: nameKey(name, kind), altKeys: [],
    latinKey: null, nameVerified: true, authorityId: null, candidates: [],
  };
  if (kind === 'PERSON') {
    // A name read back from Latin is not the person's own spelling: its key comes from the Latin the article gave.
    const latinKey = input.nameVerified ? personKeyFromCyrillic(name) : personKeyFromLatin(nameEn ?? name);
    return { ...base, latinKey: latinKey || null, nameVerified: input.nameVerified };
  }
  if (kind === 'PROJECT') {
    const programme = [name, ...(nameEn ? [nameEn] : []), ...aliases].map((n) => lookupProgramme(n)).find((p) => p !== null) ?? null;
    if (!programme) return base;
    const all = [programme.name, ...(programme.nameEn ? [programme.nameEn] : []), ...programme.acronyms, ...programme.names];
    return {
      ...base, id: programme.id, name: programme.name, nameEn: programme.nameEn ?? base.nameEn,
      aliases: uniq([name, ...aliases, ...all], programme.name), nameKey: nameKey(programme.name, kind),
      altKeys: uniq(all.map((n) => nameKey(n, kind)), nameKey(programme.name, kind)), authorityId: programme.id,
    };
  }
  if (!ORG_KINDS.has(kind)) return base;
  const { match, candidates } = institutionOf(name, [...(nameEn ? [nameEn] : []), ...aliases], date);
  if (!match && candidates.length > 0) return { ...base, candidates };
  if (!match) {
    const known = [name, ...(nameEn ? [nameEn] : []), ...aliases].map(readName).find((g) => g !== null);
    if (!known || known.name === name) return base;
    return {
      ...base, id: actorId(known.kind, known.name), kind: known.kind, name: known.name, nameEn: known.nameEn ?? base.nameEn,
      aliases: uniq([name, ...aliases], known.name), nameKey: nameKey(known.name, known.kind),
    };
  }
  const all = institutionNames(match);
  // Only names no other entry has: "Міністерство розвитку громад та територій України" was two ministries' name.
  const own = all.filter((n) => { const f = lookupInstitution(n, null); return f !== null && 'match' in f && f.match.id === match.id; });
  return {
    ...base, id: match.id, kind: match.kind, name: match.name, nameEn: match.nameEn ?? base.nameEn,
    aliases: uniq([name, ...aliases, ...all], match.name), nameKey: nameKey(match.name, match.kind),
    altKeys: uniq(own.map((n) => nameKey(n, match.kind)), nameKey(match.name, match.kind)), authorityId: match.id,
  };
}
