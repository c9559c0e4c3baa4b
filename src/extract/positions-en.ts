// Positions in English text: "Olha Krentovska, First Deputy Minister of Social Policy", "Head of the Education
// Department of the Poltava Oblast Military Administration", "Deputy Mayor of Lviv", "its deputy head X".
import { embassyOf } from './gazetteer.js';
import { latinTownAdjective } from './geo-data.js';
import { findOrgs, type OrgMention } from './orgs.js';
import type { PersonMention } from './persons.js';
import type { PositionMention } from './positions.js';
import { fitHead } from './titles-en.js';
import { tokenise, type Token } from './tokens.js';

/** English title heads → Ukrainian nominative and genitive (the genitive follows "заступник"). */
const HEADS: Readonly<Record<string, readonly [string, string]>> = {
  head: ['голова', 'голови'], chair: ['голова', 'голови'], chairman: ['голова', 'голови'], chairwoman: ['голова', 'голови'],
  chairperson: ['голова', 'голови'], director: ['директор', 'директора'], minister: ['міністр', 'міністра'],
  mayor: ['міський голова', 'міського голови'], ambassador: ['посол', 'посла'], adviser: ['радник', 'радника'],
  advisor: ['радник', 'радника'], coordinator: ['координатор', 'координатора'], manager: ['менеджер', 'менеджера'],
  expert: ['експерт', 'експерта'], president: ['президент', 'президента'], secretary: ['секретар', 'секретаря'],
  member: ['член', 'члена'], representative: ['представник', 'представника'], officer: ['фахівець', 'фахівця'],
  specialist: ['спеціаліст', 'спеціаліста'], judge: ['суддя', 'судді'], governor: ['голова', 'голови'],
  starosta: ['староста', 'старости'], leader: ['керівник', 'керівника'], chief: ['керівник', 'керівника'],
  councillor: ['депутат', 'депутата'], spokesperson: ['речник', 'речника'], lawyer: ['юрист', 'юриста'],
  chargé: ['тимчасовий повірений у справах', 'тимчасового повіреного у справах'], charge: ['тимчасовий повірений у справах', 'тимчасового повіреного у справах'],
  envoy: ['спеціальний посланник', 'спеціального посланника'], rapporteur: ['доповідач', 'доповідача'],
  'co-rapporteur': ['співдоповідач', 'співдоповідача'], consul: ['консул', 'консула'],
};
/** Diplomatic titles: a diplomat of a country serves at its embassy in Ukraine. */
const DIPLOMAT_EN_RE = /^(?:ambassador|chargé|charge|consul|envoy)$/;
/** Modifiers before a head, with the nominative and genitive they take. */
const MODS: Readonly<Record<string, readonly [string, string]>> = {
  first: ['перший', 'першого'], executive: ['виконавчий', 'виконавчого'], senior: ['старший', 'старшого'],
  general: ['генеральний', 'генерального'], acting: ['в.о.', 'в.о.'], prime: ["прем'єр-", "прем'єр-"], vice: ['віце-', 'віце-'],
};
const CONNECT_RE = /^(?:of|at|for|in|to|the|and|with)$/;

const isHead = (t: Token | undefined): boolean => !!t && t.kind === 'word' && HEADS[t.lower.replace(/s$/, '')] !== undefined;
const isMod = (t: Token | undefined): boolean => !!t && t.kind === 'word' && (MODS[t.lower] !== undefined || t.lower === 'deputy');

/** Title words [a, b) → Ukrainian: "First Deputy Minister" → "перший заступник міністра". */
function ukTitle(tokens: Token[], a: number, b: number): string | null {
  const all = tokens.slice(a, b).map((t) => t.lower);
  // The head is the last title noun: "chargé" in "Chargé d'affaires a.i.".
  let h = all.length - 1;
  while (h > 0 && !HEADS[all[h]?.replace(/s$/, '') ?? '']) h--;
  const ws = all.slice(0, h + 1);
  const head = HEADS[ws[ws.length - 1]?.replace(/s$/, '') ?? ''];
  if (!head) return null;
  if (ws.join(' ').endsWith('prime minister')) return ws.includes('deputy') ? "віце-прем'єр-міністр" : "прем'єр-міністр";
  const deputy = ws.indexOf('deputy');
  const modsOf = (list: string[], form: 0 | 1): string => list.map((w) => MODS[w]?.[form] ?? '').filter(Boolean).join(' ');
  if (deputy < 0) return [modsOf(ws.slice(0, -1), 0), head[0]].filter(Boolean).join(' ').replace(/- /g, '-');
  return [modsOf(ws.slice(0, deputy), 0), 'заступник', modsOf(ws.slice(deputy + 1, -1), 1), head[1]].filter(Boolean).join(' ');
}

/** Title starting at `a`: optional lowercase descriptors, modifiers, a head ("recovery coordinator"). End or -1. */
function titleFrom(tokens: Token[], a: number): number {
  let j = a;
  // Descriptors before the head, capitalised in titles too ("Senior Public Sector Specialist", "Country Director").
  while (j < a + 4 && tokens[j]?.kind === 'word' && !isHead(tokens[j]) && !/^(?:of|at|for|in|to|and|with|by|on)$/.test(tokens[j]?.lower ?? '')) j++;
  if (!isHead(tokens[j])) return -1;
  j++;
  // "Chargé d'affaires a.i.": the rest of the title.
  if (/^d'affaires$/i.test(tokens[j]?.text ?? '')) {
    j++;
    if (tokens[j]?.lower === 'a' && tokens[j + 1]?.text === '.' && tokens[j + 2]?.lower === 'i') j += tokens[j + 3]?.text === '.' ? 4 : 3;
  }
  // "Chief of Party", "Head of Cooperation" stay titles; the organisation comes after them.
  if (tokens[j]?.lower === 'of' && tokens[j + 1]?.lower === 'party') j += 2;
  return j;
}

/** The end of the "of the X … at the Y" tail after a title: names, connectors, organisations, quoted titles. */
function tailEnd(tokens: Token[], j: number, orgs: OrgMention[], stop: number): number {
  let e = j;
  while (e < stop) {
    const t = tokens[e];
    if (!t) break;
    const org = orgs.find((o) => o.start === e);
    if (org) { e = org.end; continue; }
    if (t.kind === 'word' && (t.cap || CONNECT_RE.test(t.lower) || /^(?:project|programme|program|oblast|hromada)$/.test(t.lower))) { e++; continue; }
    if (/^[“«"]$/.test(t.text)) { while (e < stop && !/^[”»"]$/.test(tokens[e + 1]?.text ?? '')) e++; e += 2; continue; }
    break;
  }
  return e;
}

/** The organisation a title's tail names: its last (owning) organisation, else a ministry or a town's council. */
function orgOfTail(tokens: Token[], j: number, e: number, orgs: OrgMention[], title: string): OrgMention | null {
  const inTail = orgs.filter((o) => o.start >= j && o.end <= e);
  // "Head of the Khotyn hromada of Chernivtsi oblast": the oblast only says where the hromada is.
  const local = inTail.filter((o) => o.kind !== 'OBLAST');
  const last = (local.length > 0 && inTail[inTail.length - 1]?.kind === 'OBLAST' ? local : inTail)[local.length > 0 && inTail[inTail.length - 1]?.kind === 'OBLAST' ? local.length - 1 : inTail.length - 1];
  if (last) return last;
  const words = tokens.slice(j, e).filter((t) => t.kind === 'word' && t.lower !== 'the');
  if (words[0]?.lower !== 'of' && words[0]?.lower !== 'for') return null;
  const rest = words.slice(1).map((t) => t.text);
  if (rest.length === 0) return null;
  if (/міністр/.test(title) && !/голова/.test(title)) {
    const phrase = `Ministry ${words[0]?.lower ?? 'of'} ${rest.join(' ')}`;
    const found = findOrgs(tokenise(phrase), phrase, -1)[0];
    return found ?? { name: phrase, kind: 'MINISTRY', nameEn: phrase, surface: phrase, sent: -1, start: 0, end: 0 };
  }
  // "Deputy Mayor of Lviv": the town's city council.
  const adj = /міськ\S* голов/.test(title) && rest.length === 1 ? latinTownAdjective(rest[0] ?? '') : undefined;
  if (adj) { const name = `${adj} міська рада`; return { name, kind: 'COUNCIL', nameEn: null, surface: rest.join(' '), sent: -1, start: 0, end: 0 }; }
  return null;
}

/** The position of title words [a, j) with the tail [j, e) naming `org`, the title fitted to the body. */
function pos(tokens: Token[], a: number, j: number, e: number, title: string, org: OrgMention): PositionMention {
  let t = org.name === 'Верховна Рада України' && title === 'член' ? 'народний депутат України' : title;
  const headWord = tokens.slice(a, j).filter((x) => isHead(x)).pop()?.lower ?? '';
  t = fitHead(t, headWord, tokens.slice(j, e).map((x) => x.lower), org);
  const embassy = DIPLOMAT_EN_RE.test(headWord) ? embassyOf(org.name) : undefined;
  if (embassy) {
    const m: OrgMention = { ...org, name: embassy.name, kind: embassy.kind, nameEn: embassy.nameEn ?? null };
    return { title: t, organization: m.name, orgMention: m };
  }
  return { title: t, organization: org.name, orgMention: org };
}

export function findPositionEn(tokens: Token[], p: PersonMention, orgs: OrgMention[]): PositionMention | null {
  // After the name: ", First Deputy Minister of Social Policy", ", recovery coordinator at the Embassy of …"
  if (tokens[p.end]?.text === ',') {
    let a = p.end + 1;
    if (/^(?:a|an|the)$/.test(tokens[a]?.lower ?? '')) a++;
    const j = titleFrom(tokens, a);
    const title = j > 0 ? ukTitle(tokens, a, j) : null;
    if (title) {
      const e = tailEnd(tokens, j, orgs, tokens.length);
      const head = tokens.slice(a, j).filter((x) => isHead(x)).pop()?.lower ?? '';
      // A diplomat named without a country: the one embassy the sentence names.
      const embassies = orgs.filter((o) => o.kind === 'EMBASSY');
      const org = orgOfTail(tokens, j, e, orgs, title) ?? (DIPLOMAT_EN_RE.test(head) && embassies.length === 1 ? embassies[0] : null);
      if (org) return pos(tokens, a, j, e, title, org);
    }
  }
  // "The Ambassador of Sweden to Ukraine, Ingrid Holmberg, …": the title in apposition before the name.
  const stop = tokens[p.start - 1]?.text === ',' && tokens[p.end]?.text === ',' ? p.start - 1 : p.start;
  // Before the name: "Deputy Minister of Social Policy Olha Krentovska", "its deputy head Volodymyr Ostapchuk".
  for (let a = Math.max(0, stop - 14); a < stop; a++) {
    if (a > 0 && (isMod(tokens[a - 1]) || isHead(tokens[a - 1]))) continue;
    const j = titleFrom(tokens, a);
    if (j < 0 || j > stop) continue;
    const title = ukTitle(tokens, a, j);
    if (!title) continue;
    if (tailEnd(tokens, j, orgs, stop) !== stop) continue;
    // "AUC Executive Director Igor Dubyna": the body named before (or as the first word of) the title.
    const own = orgs.find((o) => o.start >= a && o.end <= j) ?? orgs.find((o) => o.end === a);
    const org = orgOfTail(tokens, j, stop, orgs, title) ?? own ?? (tokens[a - 1]?.lower === 'its' ? orgs.find((o) => o.end <= a) : undefined) ?? behalfOf(tokens, orgs);
    if (org) return pos(tokens, a, j, stop, title, org);
  }
  return null;
}

/** "Speaking on behalf of the EU Delegation, …": the body a speaker represents. */
function behalfOf(tokens: Token[], orgs: OrgMention[]): OrgMention | undefined {
  const k = tokens.findIndex((t, i) => t.lower === 'behalf' && tokens[i - 1]?.lower === 'on' && tokens[i + 1]?.lower === 'of');
  return k < 0 ? undefined : orgs.find((o) => o.start > k && o.start <= k + 3);
}
