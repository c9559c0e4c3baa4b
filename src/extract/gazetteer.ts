// Finds known organisations in a sentence's tokens by their stems, so any case form of a name matches.
import type { ActorKind } from '../facts/schema.js';
import { KNOWN_ORGS, type KnownOrg } from './org-data.js';
import { tokenise, type Token } from './tokens.js';

/** An organisation named in a sentence: tokens [start, end) of that sentence. */
export interface OrgMention {
  name: string;
  kind: ActorKind;
  nameEn?: string | null;
  /** The words as written. */
  surface: string;
  sent: number;
  start: number;
  end: number;
  oblast?: string | null;
}

interface Entry { stems: string[]; exact: string | null; needCap: boolean; org: KnownOrg }

/** First stem → entries starting with it, longest first. Built once at load. */
const INDEX = new Map<string, Entry[]>();
const EXACT = new Map<string, KnownOrg>();

function addAlias(alias: string, org: KnownOrg): void {
  const toks = tokenise(alias).filter((t) => t.kind !== 'punct' || t.text === '-');
  const words = toks.filter((t) => t.kind !== 'punct');
  const first = words[0];
  if (!first) return;
  // Abbreviations (АМУ, ЄС, UN) and one-word short forms must match exactly: a stem would catch common words.
  if (words.length === 1 && (first.caps || /\d/.test(alias) || alias.length <= 4)) {
    EXACT.set(first.text, org);
    return;
  }
  const e: Entry = { stems: words.map((t) => t.stem), exact: null, needCap: first.cap, org };
  const list = INDEX.get(e.stems[0] ?? '') ?? [];
  list.push(e);
  list.sort((a, b) => b.stems.length - a.stems.length);
  INDEX.set(e.stems[0] ?? '', list);
}
for (const org of KNOWN_ORGS) for (const a of [org.name, ...org.aliases]) addAlias(a, org);

export function knownOrgByName(name: string): KnownOrg | undefined {
  return KNOWN_ORGS.find((o) => o.name === name);
}

function toMention(org: KnownOrg, tokens: Token[], sentText: string, sent: number, start: number, end: number): OrgMention {
  const surface = sentText.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0);
  return { name: org.name, kind: org.kind, nameEn: org.nameEn ?? null, surface, sent, start, end };
}

/** Known organisations in the tokens, longest match first, non-overlapping. */
export function matchGazetteer(tokens: Token[], sentText: string, sent: number): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') continue;
    let matched = 0;
    let org: KnownOrg | undefined;
    for (const e of INDEX.get(t.stem) ?? []) {
      if (e.needCap && !t.cap) continue;
      let ok = true;
      for (let k = 1; k < e.stems.length; k++) {
        if (tokens[i + k]?.stem !== e.stems[k]) { ok = false; break; }
      }
      if (ok) { matched = e.stems.length; org = e.org; break; }
    }
    if (!org) {
      // Abbreviations take case endings in speech and print: ЦНАПу, ЦНАПі, АМУ's Latin twin has none.
      const ex = EXACT.get(t.text) ?? EXACT.get(t.text.replace(/^(\p{Lu}{2,})\p{Ll}{1,3}$/u, '$1'));
      if (ex) { org = ex; matched = 1; }
    }
    if (org) {
      out.push(toMention(org, tokens, sentText, sent, i, i + matched));
      i += matched - 1;
    }
  }
  return out;
}
