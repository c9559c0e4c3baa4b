// Finds known organisations in a sentence's tokens by their stems, so any case form of a name matches; foreign
// governments, embassies and foreign ministries come from the country table.
import type { ActorKind } from '../facts/schema.js';
import { COUNTRIES } from './country-data.js';
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
  /** A parent named inside another organisation's name ("Ради Європи" in "Конгрес … Ради Європи"). */
  nested?: boolean;
  /** A known organisation inside this one's name is not a parent to list ("Головне управління Держгеокадастру …"). */
  dropInner?: boolean;
}

interface Entry { stems: string[]; needCap: boolean; org: KnownOrg }

/** The formal English names of a state: "Republic of Poland", "Kingdom of the Netherlands". */
function formalEn(c: (typeof COUNTRIES)[number]): string[] {
  const f = c.formal?.[0] ?? '';
  const type = /Республік/.test(f) ? 'Republic' : /Королівств/.test(f) ? 'Kingdom' : null;
  return type ? [`${type} of ${c.en}`, `${type} of the ${c.en}`] : [];
}

/** Organisations generated from the country table: government, embassy, foreign ministry, the country as donor. */
function countryOrgs(): { orgs: KnownOrg[]; bare: Map<string, KnownOrg>; formal: Array<[string, KnownOrg]> } {
  const orgs: KnownOrg[] = [];
  const bare = new Map<string, KnownOrg>();
  const formal: Array<[string, KnownOrg]> = [];
  for (const c of COUNTRIES) {
    const adj = c.adjEn ? [c.adjEn] : [];
    // Bodies named after the state's formal name take it as their canonical name where they use it themselves.
    const fGen = c.formal?.[1];
    const body = c.formalBodies && fGen ? fGen : c.gen;
    const other = fGen ? (body === c.gen ? fGen : c.gen) : null;
    const alt = (f: (g: string) => string[]): string[] => (other ? f(other) : []);
    orgs.push({ name: `Уряд ${c.gen}`, kind: 'DONOR', nameEn: `Government of ${c.en}`, aliases: [`Government of ${c.en}`, `Government of the ${c.en}`, ...adj.map((a) => `${a} Government`), ...(fGen ? [`Уряд ${fGen}`] : [])] });
    orgs.push({
      name: `Посольство ${body} в Україні`, kind: 'EMBASSY', nameEn: `Embassy of ${c.en} in Ukraine`,
      aliases: [`Посольство ${body}`, `Посольство ${body} у Україні`, ...alt((g) => [`Посольство ${g} в Україні`, `Посольство ${g}`]),
        `Embassy of ${c.en} in Ukraine`, `Embassy of the ${c.en} in Ukraine`, `Embassy of ${c.en}`, `Embassy of the ${c.en}`,
        ...formalEn(c).flatMap((f) => [`Embassy of the ${f} in Ukraine`, `Embassy of the ${f}`]), ...adj.map((a) => `${a} Embassy`)],
    });
    orgs.push({
      name: `Міністерство закордонних справ ${body}`, kind: 'DONOR', nameEn: `Ministry of Foreign Affairs of ${c.en}`,
      aliases: [`МЗС ${body}`, ...alt((g) => [`Міністерство закордонних справ ${g}`, `МЗС ${g}`]), `Ministry of Foreign Affairs of ${c.en}`, `Ministry of Foreign Affairs of the ${c.en}`, ...adj.map((a) => `${a} Ministry of Foreign Affairs`),
        `Ministry for Foreign Affairs of ${c.en}`, `${c.en}'s Ministry for Foreign Affairs`, `${c.en}'s Ministry of Foreign Affairs`, ...adj.map((a) => `${a} Ministry for Foreign Affairs`),
        ...formalEn(c).flatMap((f) => [`Ministry of Foreign Affairs of the ${f}`, `Ministry for Foreign Affairs of the ${f}`])],
    });
    if (c.donor) {
      const org: KnownOrg = { name: c.nom, kind: 'DONOR', nameEn: c.en, aliases: c.formal ? [c.formal[0], ...formalEn(c)] : [] };
      for (const f of [...c.forms, c.en]) bare.set(f, org);
      // The formal names ("Республіка Польща") are matched by stem; the bare name only as a donor, not a place.
      for (const f of org.aliases) formal.push([f, org]);
    }
  }
  return { orgs, bare, formal };
}

/** First stem → entries starting with it, longest first. Built once at load. */
const INDEX = new Map<string, Entry[]>();
const EXACT = new Map<string, KnownOrg>();
const BY_NAME = new Map<string, KnownOrg>();
const COUNTRY = countryOrgs();

/** Punctuation a name is written with but not matched by ("Міністерство розвитку громад, територій …", «»). */
const SKIP_RE = /^[,«»“”„"]$/;

function addAlias(alias: string, org: KnownOrg): void {
  const words = tokenise(alias).filter((t) => t.kind !== 'punct');
  const first = words[0];
  if (!first) return;
  // Abbreviations (АМУ, ЄС, UN) and one-word short forms must match exactly: a stem would catch common words.
  if (words.length === 1 && (first.caps || /\d/.test(alias) || alias.length <= 4)) {
    EXACT.set(first.text, org);
    return;
  }
  const e: Entry = { stems: words.map((t) => t.stem), needCap: first.cap, org };
  const list = INDEX.get(e.stems[0] ?? '') ?? [];
  list.push(e);
  list.sort((a, b) => b.stems.length - a.stems.length);
  INDEX.set(e.stems[0] ?? '', list);
}
for (const org of [...KNOWN_ORGS, ...COUNTRY.orgs]) {
  BY_NAME.set(org.name, org);
  for (const a of [org.name, ...org.aliases]) addAlias(a, org);
}
for (const [alias, org] of COUNTRY.formal) { BY_NAME.set(org.name, org); addAlias(alias, org); }

export function knownOrgByName(name: string): KnownOrg | undefined {
  return BY_NAME.get(name);
}

/** A country (bare, or its government) → its embassy in Ukraine: where an ambassador of the country serves. */
const EMBASSY_OF = new Map<string, KnownOrg>();
for (const c of COUNTRIES) {
  const embassy = COUNTRY.orgs.find((o) => o.kind === 'EMBASSY' && o.aliases.includes(`Embassy of ${c.en} in Ukraine`));
  if (embassy) for (const n of [c.nom, `Уряд ${c.gen}`, c.en]) EMBASSY_OF.set(n, embassy);
}

/** The EU's "ambassador" heads its Delegation (Представництво ЄС). */
const EU_DELEGATION = 'Представництво Європейського Союзу в Україні';

export function embassyOf(country: string): KnownOrg | undefined {
  if (country === 'Європейський Союз') return BY_NAME.get(EU_DELEGATION);
  return EMBASSY_OF.get(country);
}

function toMention(org: KnownOrg, tokens: Token[], sentText: string, sent: number, start: number, end: number): OrgMention {
  const surface = sentText.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0);
  return { name: org.name, kind: org.kind, nameEn: org.nameEn ?? null, surface, sent, start, end };
}

/** End (exclusive) of an entry's match at `i`, skipping commas and quotes inside the name; -1 if no match. */
function matchAt(tokens: Token[], i: number, e: Entry): number {
  let j = i + 1;
  for (let k = 1; k < e.stems.length; k++) {
    while (SKIP_RE.test(tokens[j]?.text ?? '') && tokens[j + 1]?.kind === 'word') j++;
    if (tokens[j]?.stem !== e.stems[k]) return -1;
    j++;
  }
  // A quote opened inside the name is closed with it: НАК «Нафтогаз України».
  const opened = tokens.slice(i, j).filter((t) => /^[«“„]$/.test(t.text)).length;
  const closed = tokens.slice(i, j).filter((t) => /^[»”]$/.test(t.text)).length;
  if (opened > closed && /^[»”"]$/.test(tokens[j]?.text ?? '')) j++;
  return j;
}

/** A bare donor country, unless it is only a place ("у Швеції", "in Denmark") or an adjective's stem. */
function bareCountry(tokens: Token[], i: number): KnownOrg | undefined {
  const t = tokens[i];
  if (!t?.cap) return undefined;
  const two = `${t.text} ${tokens[i + 1]?.text ?? ''}`;
  const org = COUNTRY.bare.get(two) ?? COUNTRY.bare.get(t.text);
  if (!org) return undefined;
  if (/^(?:у|в|in|to|from|до|із|з)$/i.test(tokens[i - 1]?.text ?? '')) return undefined;
  return org;
}

/** Known organisations in the tokens, longest match first, non-overlapping; parents named inside come flagged nested. */
export function matchGazetteer(tokens: Token[], sentText: string, sent: number): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') continue;
    let end = -1;
    let org: KnownOrg | undefined;
    for (const e of INDEX.get(t.stem) ?? []) {
      if (e.needCap && !t.cap) continue;
      const j = matchAt(tokens, i, e);
      if (j > 0) { end = j; org = e.org; break; }
    }
    if (!org) {
      // Abbreviations take case endings in speech and print: ЦНАПу, ЦНАПі, АМУ's Latin twin has none.
      // An English possessive names the body too: "Sida's Head of Unit".
      const ex = EXACT.get(t.text) ?? EXACT.get(t.text.replace(/^(\p{Lu}{2,})\p{Ll}{1,3}$/u, '$1')) ?? (t.latin ? EXACT.get(t.text.replace(/'s$/, '')) : undefined);
      if (ex) { org = ex; end = i + 1; }
    }
    if (!org) {
      org = bareCountry(tokens, i);
      if (org) end = i + (org.name.includes(' ') && tokens[i + 1]?.cap ? 2 : 1);
    }
    if (org) {
      out.push(toMention(org, tokens, sentText, sent, i, end));
      const parent = org.parent ? BY_NAME.get(org.parent) : undefined;
      // Listed with its child, under its own name only: the child's words are not another name of the parent.
      if (parent) out.push({ ...toMention(parent, tokens, sentText, sent, i, end), surface: parent.name, nested: true });
      i = end - 1;
    }
  }
  return out;
}
