// Positions in English text: "Olha Krentovska, First Deputy Minister of Social Policy", "Head of the Education
// Department of the Poltava Oblast Military Administration", "Deputy Mayor of Lviv", "its deputy head X".
import { consulateOf, countryIn } from './consulates.js';
import { COUNTRIES } from './country-data.js';
import { embassyOf, knownOrgByName } from './gazetteer.js';
import type { OrgRef } from './org-ref.js';
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
  counsellor: ['радник', 'радника'], counselor: ['радник', 'радника'], analyst: ['аналітик', 'аналітика'],
  attaché: ['аташе', 'аташе'], attache: ['аташе', 'аташе'], economist: ['економіст', 'економіста'],
  consultant: ['консультант', 'консультанта'], mp: ['народний депутат України', 'народного депутата України'],
  'vice-president': ['віце-президент', 'віце-президента'], 'vice-chair': ['заступник голови', 'заступника голови'],
  'vice-chairman': ['заступник голови', 'заступника голови'], 'co-chair': ['співголова', 'співголови'],
};
/** Diplomatic titles: a diplomat of a country serves at its embassy in Ukraine. */
const DIPLOMAT_EN_RE = /^(?:ambassador|chargé|charge|consul|envoy|counsellor|counselor|attaché|attache)$/;
/** Modifiers before a head, with the nominative and genitive they take. */
const MODS: Readonly<Record<string, readonly [string, string]>> = {
  first: ['перший', 'першого'], executive: ['виконавчий', 'виконавчого'], senior: ['старший', 'старшого'],
  general: ['генеральний', 'генерального'], acting: ['в.о.', 'в.о.'], prime: ["прем'єр-", "прем'єр-"], vice: ['віце-', 'віце-'],
  honorary: ['почесний', 'почесного'],
};
const CONNECT_RE = /^(?:of|at|for|in|to|the|and|with)$/;
/** Words that make a named thing a project or programme, not a body. */
const PROJECT_WORD_RE = /^(?:activity|project|programme|program|initiative)$/;

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
  // "Consul General" (the adjective after its noun); "Minister Counsellor" is the embassy's second rank.
  if (ws[ws.length - 1] === 'consul' && all[h + 1] === 'general') ws.splice(ws.length - 1, 0, 'general');
  if (ws.join(' ').endsWith('minister counsellor') || ws.join(' ').endsWith('minister-counsellor')) return 'радник-посланник';
  const deputy = ws.indexOf('deputy');
  const modsOf = (list: string[], form: 0 | 1): string => list.map((w) => MODS[w]?.[form] ?? '').filter(Boolean).join(' ');
  if (deputy < 0) return [modsOf(ws.slice(0, -1), 0), head[0]].filter(Boolean).join(' ').replace(/- /g, '-');
  return [modsOf(ws.slice(0, deputy), 0), 'заступник', modsOf(ws.slice(deputy + 1, -1), 1), head[1]].filter(Boolean).join(' ');
}

/** Title starting at `a`: optional lowercase descriptors, modifiers, a head ("recovery coordinator"). End or -1. */
function titleFrom(tokens: Token[], a: number): number {
  let j = a;
  // Descriptors before the head, capitalised in titles too ("Senior Public Sector Specialist", "Country Director").
  // "Vice-President": a hyphen joining two words of the title.
  const joined = (k: number): boolean => tokens[k]?.text === '-' && tokens[k - 1]?.end === tokens[k]?.start && tokens[k + 1]?.start === tokens[k]?.end;
  while (j < a + 5 && (tokens[j]?.kind === 'word' || joined(j)) && !isHead(tokens[j]) && !/^(?:of|at|for|in|to|and|with|by|on)$/.test(tokens[j]?.lower ?? '')) j++;
  if (!isHead(tokens[j])) return -1;
  // "Minister Counsellor": the second noun is the head.
  if (tokens[j]?.lower === 'minister' && /^counsell?or$/.test(tokens[j + 1]?.lower ?? '')) j++;
  else if (tokens[j]?.lower === 'minister' && tokens[j + 1]?.text === '-' && /^counsell?or$/.test(tokens[j + 2]?.lower ?? '')) j += 2;
  j++;
  // "Consul General": the adjective after its noun belongs to the title.
  if (tokens[j - 1]?.lower === 'consul' && tokens[j]?.lower === 'general') j++;
  // "Chargé d'affaires a.i.": the rest of the title.
  if (/^d'affaires$/i.test(tokens[j]?.text ?? '')) {
    j++;
    if (tokens[j]?.lower === 'a' && tokens[j + 1]?.text === '.' && tokens[j + 2]?.lower === 'i') j += tokens[j + 3]?.text === '.' ? 4 : 3;
  }
  // "Chief of Party", "Head of Cooperation" stay titles; the organisation comes after them.
  if (tokens[j]?.lower === 'of' && tokens[j + 1]?.lower === 'party') j += 2;
  return j;
}

/** Lower-case words that end a title's tail: verbs, relative pronouns and the like. */
const NOT_TAIL_RE = /^(?:that|which|who|whose|where|when|while|was|were|is|are|be|been|has|have|had|will|would|said|says|told|also|but|as|than|because|if|since|during|after|before)$/;

/** From `e`, lower-case words (up to eight) running into an organisation named after them: where it starts, else e. */
function lowerRunToOrg(tokens: Token[], e: number, orgs: OrgMention[], stop: number, names: readonly number[]): number {
  for (let k = e; k < Math.min(stop, e + 9); k++) {
    const t = tokens[k];
    if (!t || names.includes(k)) return e;
    if (orgs.some((o) => o.start === k) && /^(?:of|at|in|the)$/.test(tokens[k - 1]?.lower ?? '')) return k;
    // "Member of Parliament and a member of the Committee": "and a" starts another title.
    if (t.lower === 'and' && /^(?:a|an)$/.test(tokens[k + 1]?.lower ?? '')) return e;
    if (t.kind !== 'word' || t.cap || NOT_TAIL_RE.test(t.lower) || (/(?:ed|ing)$/.test(t.lower) && t.lower.length > 5 && !/^(?:planning|building|housing|training|accounting|engineering)$/.test(t.lower))) return e;
  }
  return e;
}

/** The end of the "of the X … at the Y" tail after a title: names, connectors, organisations, quoted titles. */
function tailEnd(tokens: Token[], j: number, orgs: OrgMention[], stop: number, names: readonly number[] = [], commas = false): number {
  let e = j;
  while (e < stop) {
    const t = tokens[e];
    if (!t) break;
    // Another person's name ends the tail: "Ambassador of Sweden X and Sida's Head …".
    if (names.includes(e)) break;
    const org = orgs.find((o) => o.start === e);
    if (org) { e = org.end; continue; }
    // "Deputy Minister for Communities, Territories and Infrastructure Development of Ukraine X".
    // "Ivano-Frankivsk", "Kamianets-Podilskyi": a hyphen inside a capitalised name.
    if (t.text === '-' && tokens[e - 1]?.cap && tokens[e + 1]?.cap && tokens[e + 1]?.start === t.end) { e++; continue; }
    // …but not "AUC First Vice-President, Hlukhiv Mayor X": a title after the comma is another title.
    if (commas && t.text === ',' && tokens[e - 1]?.cap && tokens[e + 1]?.cap && !names.includes(e + 1)
      && !tokens.slice(e + 1, stop).some((x) => isHead(x))) { e++; continue; }
    // "Member of Parliament and a member of the Committee": "and a" starts another title.
    if (t.lower === 'and' && /^(?:a|an)$/.test(tokens[e + 1]?.lower ?? '')) break;
    if (t.kind === 'word' && (t.cap || CONNECT_RE.test(t.lower) || /^(?:project|programme|program|oblast|hromada)$/.test(t.lower))) { e++; continue; }
    // "deputy director of the department of spatial planning at the Ministry …", "expert on local democracy at
    // the AUC": lower-case words of a unit or a topic, when a body follows them before the clause goes on.
    const body = lowerRunToOrg(tokens, e, orgs, stop, names);
    if (body > e) { e = body; continue; }
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
  // "Team Leader of the USAID HOVERLA Activity": the staff of a donor's project hold no position at the donor.
  // A project with a name of its own between ("USAID HOVERLA Activity"); "the GIZ project “…”" stays GIZ's.
  const after = tokens.slice(last?.end ?? e, e);
  const named = after.findIndex((t) => PROJECT_WORD_RE.test(t.lower));
  if (last && named > 0 && after.slice(0, named).every((t) => t.cap)) return null;
  // "Team Leader of USAID DOBRE": a donor's name before a programme's own capitalised name is the programme's.
  if (last && last.kind === 'DONOR' && after.length > 0 && !after.every((t) => /^(?:Ukraine|in)$/.test(t.text))
    && after.every((t) => t.kind === 'word' && (t.caps || t.cap) && !CONNECT_RE.test(t.lower))) return null;
  if (last) return last;
  const words = tokens.slice(j, e).filter((t) => t.kind === 'word' && t.lower !== 'the');
  if (words[0]?.lower !== 'of' && words[0]?.lower !== 'for') return null;
  const rest = words.slice(1).map((t) => t.text);
  if (rest.length === 0) return null;
  // "the Prime Minister of Ukraine": the Cabinet of Ministers.
  if (/прем'єр-міністр/.test(title) && rest.join(' ') === 'Ukraine') return known('Кабінет Міністрів України');
  // "Member of Parliament (of Ukraine)": the Verkhovna Rada.
  if (title === 'член' && /^Parliament$/i.test(rest[0] ?? '') && (rest.length === 1 || rest.join(' ') === 'Parliament of Ukraine')) return known('Верховна Рада України');
  if (/міністр/.test(title) && !/голова/.test(title)) {
    // "deputy minister for communities and territories development": the ministry's name written in lower case.
    const phrase = `Ministry ${words[0]?.lower ?? 'of'} ${rest.map((w) => (/^(?:and|of|the|for)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ')}`;
    const found = findOrgs(tokenise(phrase), phrase, -1)[0];
    return found ?? { name: phrase, kind: 'MINISTRY', nameEn: phrase, surface: phrase, sent: -1, start: 0, end: 0 };
  }
  // "Deputy Mayor of Lviv": the town's city council.
  // "Ivano-Frankivsk" comes as three tokens: the town is the tail's words joined back at their hyphens.
  const town = tokens.slice(j, e).filter((t) => !/^(?:of|the)$/.test(t.lower)).map((t) => t.text).join(' ').replace(/ - /g, '-');
  const adj = /міськ\S* голов/.test(title) && !town.includes(' ') ? latinTownAdjective(town) : undefined;
  if (adj) { const name = `${adj} міська рада`; return { name, kind: 'COUNCIL', nameEn: null, surface: rest.join(' '), sent: -1, start: 0, end: 0 }; }
  return null;
}

function known(name: string): OrgMention | null {
  const k = knownOrgByName(name);
  return k ? { name: k.name, kind: k.kind, nameEn: k.nameEn ?? null, surface: k.name, sent: -1, start: 0, end: 0 } : null;
}

/**
 * The body a descriptor before the title names: "Swiss Ambassador" → the Swiss embassy, "Chernivtsi Mayor" → the
 * city council.
 */
function descriptorOrg(tokens: Token[], a: number, j: number, title: string): OrgMention | null {
  const head = tokens.slice(a, j).filter((x) => isHead(x)).pop()?.lower ?? '';
  const desc = tokens.slice(a, j).filter((x) => !isHead(x) && !isMod(x));
  if (desc.length !== 1) return null;
  const word = desc[0]?.text ?? '';
  if (DIPLOMAT_EN_RE.test(head)) {
    // "Swedish Ambassador", "Sweden's Ambassador".
    const c = COUNTRIES.find((x) => x.adjEn === word || `${x.en}'s` === word.replace(/’/g, "'"));
    const e = c ? embassyOf(c.nom) : undefined;
    return e ? known(e.name) : null;
  }
  if (/міськ\S* голов/.test(title)) {
    const adj = latinTownAdjective(word);
    if (adj) { const name = `${adj} міська рада`; return { name, kind: 'COUNCIL', nameEn: null, surface: word, sent: -1, start: 0, end: 0 }; }
  }
  return null;
}

/** "Consul General of the Slovak Republic in Uzhhorod" (tokens [a, e)): the consulate in that city, if listed. */
function consulateIn(tokens: Token[], a: number, e: number): OrgMention | null {
  const tail = tokens.slice(a, e);
  const inAt = tail.findIndex((x, k) => x.lower === 'in' && k > 0);
  const country = countryIn(tail.map((x) => x.text));
  const city = inAt > 0 ? tail[inAt + 1]?.text : undefined;
  return country && city ? consulateOf(country, city) : null;
}

/** The position of title words [a, j) with the tail [j, e) naming `org`, the title fitted to the body. */
function pos(tokens: Token[], a: number, j: number, e: number, title: string, org: OrgMention): PositionMention {
  let t = org.name === 'Верховна Рада України' && title === 'член' ? 'народний депутат України' : title;
  const headWord = tokens.slice(a, j).filter((x) => isHead(x)).pop()?.lower ?? '';
  t = fitHead(t, headWord, tokens.slice(j, e).map((x) => x.lower), org);
  const consulate = headWord === 'consul' ? consulateIn(tokens, a, e) : null;
  if (consulate) return { title: t, organization: consulate.name, orgMention: consulate };
  const embassy = DIPLOMAT_EN_RE.test(headWord) ? embassyOf(org.name) : undefined;
  if (embassy) {
    const m: OrgMention = { ...org, name: embassy.name, kind: embassy.kind, nameEn: embassy.nameEn ?? null };
    return { title: t, organization: m.name, orgMention: m };
  }
  return { title: t, organization: org.name, orgMention: org };
}

export function findPositionEn(tokens: Token[], p: PersonMention, orgs: OrgMention[], others: readonly PersonMention[] = []): PositionMention | null {
  return findPositionsEn(tokens, p, orgs, others)[0] ?? null;
}

/** The positions of a person in English text: a chain of titles after the name, else one before it. */
export function findPositionsEn(tokens: Token[], p: PersonMention, orgs: OrgMention[], others: readonly PersonMention[] = []): PositionMention[] {
  const names = others.filter((o) => o.start !== p.start).map((o) => o.start);
  const out: PositionMention[] = [];
  // After the name: ", First Deputy Minister of Social Policy", ", recovery coordinator at the Embassy of …",
  // ", Member of Parliament, Chair of the Committee on …", ", Member of Parliament and a member of …" (one title
  // after another), ", who heads the Department of … at the Ministry".
  let at = p.end;
  for (let guard = 0; guard < 3 && (tokens[at]?.text === ',' || guard > 0 && tokens[at]?.lower === 'and'); guard++) {
    let a = at + 1;
    const heads = tokens[a]?.lower === 'who' && /^(?:heads|chairs|leads)$/.test(tokens[a + 1]?.lower ?? '');
    if (heads) a += 2;
    if (/^(?:a|an|the)$/.test(tokens[a]?.lower ?? '')) a++;
    const j = heads ? a : titleFrom(tokens, a);
    const title = heads ? 'голова' : j > 0 ? ukTitle(tokens, a, j) : null;
    if (!title) break;
    // "X, Deputy Head of …, representatives of …": a plural head further on is a list of others.
    if (guard > 0 && /s$/.test(tokens[j - 1]?.lower ?? '') && !HEADS[tokens[j - 1]?.lower ?? '']) break;
    let e = tailEnd(tokens, j, orgs, tokens.length, names);
    // "Member of Parliament and a member of …": the connector starts the next title.
    while (e > j && /^(?:and|the|of)$/.test(tokens[e - 1]?.lower ?? '')) e--;
    const head = heads ? 'head' : tokens.slice(a, j).filter((x) => isHead(x)).pop()?.lower ?? '';
    // A diplomat named without a country: the one embassy the sentence names.
    const embassies = orgs.filter((o) => o.kind === 'EMBASSY');
    const org = orgOfTail(tokens, j, e, orgs, title) ?? (head === 'consul' ? consulateIn(tokens, a, e) : null)
      ?? (DIPLOMAT_EN_RE.test(head) && embassies.length === 1 ? embassies[0] : null);
    const fitted = heads ? fitHead(title, 'head', tokens.slice(j, e).map((x) => x.lower), org ?? { name: '', kind: 'OTHER', surface: '', sent: -1, start: 0, end: 0 }) : title;
    const ref = org ? null : bareUnit(tokens, j, e) ? UNIT_PARENT : bareBody(tokens, j, e) ?? (head === 'starosta' ? STAROSTA_HROMADA : null);
    if (org) out.push(heads ? { title: fitted, organization: org.name, orgMention: org } : pos(tokens, a, j, e, title, org));
    else if (ref) out.push({ title: fitted, organization: '', orgMention: null, ref });
    at = e;
  }
  // "MP Roman Dzhuryk, Chair of the Subcommittee …": a title before the name as well.
  const before = beforeTitles(tokens, p, orgs, names);
  for (const b of before) if (!out.some((o) => o.organization === b.organization && !o.ref && !b.ref)) out.push(b);
  return out;
}

/** "Deputy Director of the Department": the body whose department the article named, its latest parent body. */
const UNIT_PARENT: OrgRef = { kind: null, re: /^Міністерство |(?:адміністрація|рада)$/, hint: null };

/** The tail [j, e) is "of the Department" (or Directorate, Division) alone: a unit named before. */
function bareUnit(tokens: Token[], j: number, e: number): boolean {
  const words = tokens.slice(j, e).map((t) => t.lower);
  return words.length === 3 && words[0] === 'of' && words[1] === 'the' && /^(?:department|directorate|division|unit)$/.test(words[2] ?? '');
}

/** A starosta serves the hromada the article is about. */
const STAROSTA_HROMADA: OrgRef = { kind: 'HROMADA', re: null, hint: null, unique: true };

/** The tail [j, e) ends in a bare body ("of the Committee", "at the Ministry"): the one of that kind named. */
function bareBody(tokens: Token[], j: number, e: number): OrgRef | null {
  const last = tokens[e - 1];
  if (!last?.cap || tokens[e - 2]?.lower !== 'the' || e - j > 4) return null;
  if (last.lower === 'committee') return { kind: 'GOVERNMENT_BODY', re: /^Комітет/, hint: null };
  const kind = BARE_BODY[last.lower];
  return kind ? { kind, re: null, hint: null } : null;
}

/** Titles before the name, one after another: "AUC First Vice-President, Hlukhiv Mayor Vasyl Bondarenko". */
function beforeTitles(tokens: Token[], p: PersonMention, orgs: OrgMention[], names: readonly number[]): PositionMention[] {
  const out: PositionMention[] = [];
  let found = beforeName(tokens, p, orgs, names, null);
  for (let guard = 0; found && guard < 3; guard++) {
    out.push(found.pos);
    if (tokens[found.start - 1]?.text !== ',') break;
    found = beforeName(tokens, p, orgs, names, found.start - 1);
  }
  return out;
}

/** "its": the body the sentence names before the title, or the one the previous sentence opens with. */
const PREVIOUS_SUBJECT: OrgRef = { kind: null, re: null, hint: null, previousSubject: true };

/** The title ending right before the name (or before `end`, for the next one back in a chain), and where it starts. */
function beforeName(tokens: Token[], p: PersonMention, orgs: OrgMention[], names: readonly number[], end: number | null): { pos: PositionMention; start: number } | null {
  // "The Ambassador of Sweden to Ukraine, Ingrid Holmberg, …": the title in apposition before the name; so too
  // "represented by its State Secretary …, X." and a sentence's opening "Its First Deputy Head, X,".
  const comma = tokens[p.start - 1]?.text === ',';
  const stop = end ?? (comma && (tokens[p.end]?.text === ',' || /^[.;:]$/.test(tokens[p.end]?.text ?? '')) ? p.start - 1 : p.start);
  // Before the name: "Deputy Minister of Social Policy Olha Krentovska", "its deputy head Volodymyr Ostapchuk".
  for (let a = Math.max(0, stop - 14); a < stop; a++) {
    if (a > 0 && (isMod(tokens[a - 1]) || isHead(tokens[a - 1]))) continue;
    const j = titleFrom(tokens, a);
    if (j < 0 || j > stop) continue;
    const title = ukTitle(tokens, a, j);
    if (!title) continue;
    // "deputy minister for communities and territories development X": a ministry named in lower case.
    const lowerMinistry = /міністр/.test(title) && tokens.slice(j, stop).every((t) => t.kind === 'word' && !t.cap && !NOT_TAIL_RE.test(t.lower));
    if (tailEnd(tokens, j, orgs, stop, names, true) !== stop && !lowerMinistry) continue;
    // "AUC Executive Director Igor Dubyna": the body named before (or as the first word of) the title.
    const own = orgs.find((o) => o.start >= a && o.end <= j) ?? orgs.find((o) => o.end === a);
    const its = tokens[a - 1]?.lower === 'its';
    const consul = tokens.slice(a, j).some((x) => x.lower === 'consul') ? consulateIn(tokens, a, stop) : null;
    const org = consul ?? orgOfTail(tokens, j, stop, orgs, title) ?? descriptorOrg(tokens, a, j, title) ?? own ?? (its ? orgs.find((o) => o.end <= a) : undefined) ?? behalfOf(tokens, orgs);
    if (org) return { pos: pos(tokens, a, j, stop, title, org), start: a };
    // "Its First Deputy Head, X" / "The Ministry was represented by its Director General, X": the body of the
    // sentence's subject or the previous sentence's.
    if (its) return { pos: { title, organization: '', orgMention: null, ref: subjectRef(tokens, a) }, start: a };
    // "MP Roman Dzhuryk": a member of parliament.
    if (title === 'народний депутат України' && j === stop) {
      const vr = known('Верховна Рада України');
      if (vr) return { pos: { title, organization: vr.name, orgMention: vr }, start: a };
    }
  }
  return null;
}

/** Bare capitalised bodies a sentence may open with ("The Ministry"), by the kind they refer to. */
const BARE_BODY: Readonly<Record<string, OrgRef['kind']>> = {
  agency: 'GOVERNMENT_BODY',
  ministry: 'MINISTRY', administration: 'LOCAL_ADMINISTRATION', council: 'COUNCIL', embassy: 'EMBASSY', hromada: 'HROMADA', association: 'ASSOCIATION',
};

/** What "its" before the title at `a` refers to: a bare body opening the sentence, else the previous sentence's subject. */
function subjectRef(tokens: Token[], a: number): OrgRef {
  const first = tokens[0]?.lower === 'the' ? tokens[1] : undefined;
  const kind = first && first.cap && a > 2 ? BARE_BODY[first.lower] : undefined;
  return kind ? { kind, re: null, hint: null } : PREVIOUS_SUBJECT;
}

/** "Speaking on behalf of the EU Delegation, …": the body a speaker represents. */
function behalfOf(tokens: Token[], orgs: OrgMention[]): OrgMention | undefined {
  const k = tokens.findIndex((t, i) => t.lower === 'behalf' && tokens[i - 1]?.lower === 'on' && tokens[i + 1]?.lower === 'of');
  return k < 0 ? undefined : orgs.find((o) => o.start > k && o.start <= k + 3);
}

