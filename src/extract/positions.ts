// Reads a person's position (title and organisation) from the words around their name in one sentence.
import { embassyOf, knownOrgByName } from './gazetteer.js';
import { findOrgs, type OrgMention } from './orgs.js';
import { complementEnd } from './org-phrase.js';
import { councilRef, refBefore, refOfTitle, refWithin, type OrgRef } from './org-ref.js';
import { headNoun, joinWords, nominativePhrase } from './phrase.js';
import { tokenise, type Token } from './tokens.js';
import type { PersonMention } from './persons.js';

/** A title and its organisation; `ref` set (and `organization` empty) when the body is named by reference only. */
export interface PositionMention { title: string; organization: string; orgMention: OrgMention | null; ref?: OrgRef }

/** Nominative heads that make a word a job title. */
const TITLE_HEADS = new Set([
  'заступник', 'заступниця', 'міністр', 'керівник', 'керівниця', 'голова', 'начальник', 'начальниця', 'директор',
  'директорка', 'радник', 'радниця', 'посол', 'посолка', 'координатор', 'координаторка', 'експерт', 'експертка',
  'менеджер', 'менеджерка', 'мер', 'староста', 'секретар', 'депутат', 'депутатка', 'уповноважений', 'представник',
  'представниця', 'президент', 'віце-президент', "віце-прем'єр-міністр", "прем'єр-міністр", 'очільник', 'очільниця',
  'речник', 'речниця', 'суддя', 'спеціаліст', 'фахівець', 'фахівчиня', 'аналітик', 'аналітикиня', 'юрист', 'юристка',
  'член', 'президентка', 'віцепрезидент', 'віцепрезидентка', 'віце-президентка', 'секретарка', 'віце-прем\'єр-міністерка',
  // Diplomatic and council titles.
  'консул', 'посланник', 'посланниця', 'радник-посланник', 'радниця-посланниця', 'доповідач', 'доповідачка', 'консультант',
  'консультантка', 'міністерка', 'членкиня', 'парламентар', 'парламентарка', 'повірений', 'повірена', 'уповноважена',
]);
/** Titles of a country's diplomats: with the country named, they serve at its embassy in Ukraine. */
const DIPLOMAT_RE = /^(?:посол|посолка|посланник|посланниця|радник-посланник|радниця-посланниця|радник|радниця|консул|повірений|повірена)$/;
/** Heads of government: their body is the Cabinet of Ministers. */
const PREMIER_RE = /^(?:віце-)?прем'єр-міністе?р/i;
const TITLE_ADJ_RE = /^(?:перш|головн|виконавч|генеральн|міськ|сільськ|селищн|народн|тимчасово|в\.о|провідн|старш|молодш|регіональн|національн|постійн|надзвичайн|повноважн|спеціальн|почесн)/i;
/** Units of a body that stay in a title when the body follows them. */
export const DEPARTMENT_RE = /^(?:Департамент|Управління|Відділ|Директорат|Сектор|Фінансове управління)\s/;
/** Heads whose genitive complement names a ministry: "міністра соціальної політики". */
const MINISTER_RE = /^міністр(?:а|у|ом|ові)?$/i;

function isTitleHead(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const h = headNoun(t.text);
  return h !== undefined && TITLE_HEADS.has(h.nom);
}

/** The organisation a "міністр X" complement names, resolved against the gazetteer when it can be. */
function ministryOf(complement: string): OrgMention | null {
  const name = `Міністерство ${complement}${/України$/.test(complement) ? '' : ' України'}`;
  const toks = tokenise(name);
  const found = findOrgs(toks, name, -1)[0];
  return found && found.start === 0 ? found : null;
}

/** Title words [a, b) to a nominative title, lowercased unless it is an official title naming its body. */
function titleText(tokens: Token[], a: number, b: number): string {
  // "заступник Міністра розвитку громад": a title noun inside the title is written in lower case.
  const words = tokens.slice(a, b).map((t, k) => (k > 0 && (isTitleHead(t) || MINISTER_RE.test(t.text)) ? t.lower : t.text));
  let head = 0;
  while (head < words.length && !isTitleHead(tokens[a + head])) head++;
  const phrase = nominativePhrase(words, head < words.length ? head : 0);
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** Splits "заступник міністра розвитку громад" into title "заступник міністра" and its ministry. */
function splitMinister(tokens: Token[], a: number, b: number): { titleEnd: number; org: OrgMention | null } {
  for (let k = a; k < b; k++) {
    if (MINISTER_RE.test(tokens[k]?.text ?? '') && k + 1 < b) {
      const complement = joinWords(tokens.slice(k + 1, b).map((t) => t.text));
      return { titleEnd: k + 1, org: ministryOf(complement) };
    }
  }
  return { titleEnd: b, org: null };
}

const LOCAL_HEAD_RE = /^(міськ|селищн|сільськ)(ий|ого|ому|им|ім|а|ої|ій|ою|у)$/i;
const PLACE_ADJ_RE = /^\p{Lu}[\p{Ll}']+(?:-\p{Lu}?[\p{Ll}']+)*(?:ськ|цьк|зьк|івськ|н)(?:ий|ого|ому|им|ім|а|ої|ій|ою|у)$/u;

/** "Тернопільського міського голови": the mayor's council is "Тернопільська міська рада". */
function mayor(tokens: Token[], a: number, k: number): PositionMention | null {
  for (let i = a; i < k; i++) {
    const type = LOCAL_HEAD_RE.exec(tokens[i]?.text ?? '');
    if (!type || headNoun(tokens[i + 1]?.text ?? '')?.nom !== 'голова') continue;
    const place = tokens[i - 1];
    if (!place || !PLACE_ADJ_RE.test(place.text)) continue;
    const adj = place.text.replace(/(?:ий|ого|ому|им|ім|а|ої|ій|ою|у)$/, 'а');
    const t = (type[1] ?? '').toLowerCase();
    // A woman mayor is "селищна голова": the title agrees with her, the council is the same.
    const fem = /^(?:а|ої|ій|ою|у)$/.test(type[2] ?? '');
    const typeF = t === 'міськ' ? 'міська' : t === 'селищн' ? 'селищна' : 'сільська';
    const typeM = t === 'міськ' ? 'міський' : t === 'селищн' ? 'селищний' : 'сільський';
    const name = `${adj} ${typeF} рада`;
    // "Заступник Стрийського міського голови": the deputy's title names the office, not the town.
    const typeGen = t === 'міськ' ? 'міського' : t === 'селищн' ? 'селищного' : 'сільського';
    const title = i - 1 > a ? `${titleText(tokens, a, i - 1)} ${typeGen} голови` : `${fem ? typeF : typeM} голова`;
    return { title, organization: name, orgMention: { name, kind: 'COUNCIL', nameEn: null, surface: name, sent: -1, start: 0, end: 0 } };
  }
  return null;
}

function isTitleWord(t: Token, idx: number): boolean {
  if (isTitleHead(t) || TITLE_ADJ_RE.test(t.text) || MINISTER_RE.test(t.text)) return true;
  if (/^Україн/.test(t.text) || PLACE_ADJ_RE.test(t.text)) return true;
  // "директор Департаменту місцевих бюджетів Мінфіну": a ministry's department stays in the title.
  if (/^(?:департамент|управління|відділ|директорат)$/.test(headNoun(t.text)?.nom ?? '')) return true;
  return (!t.cap || idx === 0) && /^[\p{L}'-]+$/u.test(t.text);
}

/**
 * A comma inside a title before position `a` (scanning back towards it from `k`): one that lists the parts of a
 * ministry's or an issue's name ("Міністра розвитку громад, територій та інфраструктури", "з питань освіти, науки").
 */
function commaInTitle(tokens: Token[], a: number, k: number): boolean {
  const next = tokens[a];
  const prev = tokens[a - 2];
  if (tokens[a - 1]?.text !== ',' || !next || next.cap || !prev || prev.cap) return false;
  if (tokens.slice(a, k).some((t) => isTitleHead(t))) return false;
  return tokens.slice(Math.max(0, a - 8), a - 1).some((t) => MINISTER_RE.test(t.text) || t.lower === 'питань');
}

/** A diplomat's country stands for its embassy in Ukraine: "Посол Швеції" serves at "Посольство Швеції в Україні". */
function diplomatic(pos: PositionMention, head: Token | undefined): PositionMention {
  const h = headNoun(head?.text ?? '')?.nom ?? '';
  // "спеціальний посланник Уряду Нідерландів" serves the government itself, not its embassy.
  const embassy = pos.orgMention && DIPLOMAT_RE.test(h) && !/^Уряд/.test(pos.orgMention.surface) ? embassyOf(pos.orgMention.name) : undefined;
  if (!embassy || !pos.orgMention) return pos;
  const orgMention: OrgMention = { ...pos.orgMention, name: embassy.name, kind: embassy.kind, nameEn: embassy.nameEn ?? null, surface: embassy.name };
  return { ...pos, organization: embassy.name, orgMention };
}

/** The start of a "з питань …" complement ending at `k` that follows an organisation's name, or -1. */
function issuesAfterOrg(tokens: Token[], k: number, orgs: OrgMention[]): number {
  for (let z = k - 2; z >= Math.max(0, k - 10); z--) {
    const t = tokens[z];
    if (!t || (t.kind === 'word' && t.cap)) return -1;
    if (t.lower === 'з' && tokens[z + 1]?.lower === 'питань') return orgs.some((o) => o.end === z) ? z : -1;
  }
  return -1;
}

/**
 * "Генеральний консул Республіки Польща в Луцьку X": a consul general serves at the consulate general in that
 * city, named after the country as the title gives it.
 */
function consulateBefore(tokens: Token[], k: number): { pos: PositionMention; first: number } | null {
  const city = tokens[k - 1];
  if (!city?.cap || !/^[ув]$/.test(tokens[k - 2]?.lower ?? '')) return null;
  for (let h = k - 3; h >= Math.max(1, k - 6); h--) {
    if (headNoun(tokens[h]?.text ?? '')?.nom !== 'консул' || !/^генеральн/i.test(tokens[h - 1]?.text ?? '')) continue;
    const country = joinWords(tokens.slice(h + 1, k - 2).map((t) => t.text));
    if (!country || tokens.slice(h + 1, k - 2).some((t) => !t.cap)) return null;
    const name = `Генеральне консульство ${country} в ${city.text}`;
    const orgMention: OrgMention = { name, kind: 'EMBASSY', nameEn: null, surface: name, sent: -1, start: 0, end: 0 };
    return { pos: { title: 'Генеральний консул', organization: name, orgMention }, first: h - 1 };
  }
  return null;
}

/** Title before position `end` (a name, or a comma between two titles), and where it starts. */
function beforeAt(tokens: Token[], end: number, orgs: OrgMention[]): { pos: PositionMention | null; first: number; titled?: boolean } {
  let k = end;
  // "Посол Швеції в Україні Ерік Нюберг": the country's post in Ukraine is said after the country.
  if (!orgs.some((o) => o.end === k) && /^[ув]$/i.test(tokens[k - 2]?.text ?? '') && tokens[k - 1]?.text === 'Україні') k -= 2;
  // "експерт Ради Європи з питань місцевого самоврядування X": the body, then the title's issues complement.
  const issues = issuesAfterOrg(tokens, k, orgs);
  if (issues >= 0) k = issues;
  const consulate = consulateBefore(tokens, k);
  if (consulate) return consulate;
  const org = orgs.find((o) => o.end === k);
  let ref: OrgRef | null = null;
  if (org) k = org.start;
  else {
    const r = refBefore(tokens, k);
    if (r) { ref = r.ref; k = r.start; }
  }
  let a = k;
  while (a > 0) {
    const t = tokens[a - 1];
    if (!t) break;
    if (commaInTitle(tokens, a, k)) { a--; continue; }
    // "адміністративно-територіального устрою": a hyphenated word inside the title.
    if (t.text === '-' && tokens[a - 2]?.kind === 'word' && tokens[a - 2]?.end === t.start && tokens[a]?.start === t.end) { a--; continue; }
    if (t.kind !== 'word') break;
    // "директорка Департаменту освіти і науки ОВА": a department before its parent stays in the title.
    const inner = orgs.find((o) => o.end === a);
    if (inner && DEPARTMENT_RE.test(inner.name) && (org || ref)) { a = inner.start; continue; }
    if (inner) break;
    if (!isTitleWord(t, a - 1)) break;
    a--;
    if (k - a > 14) break;
  }
  // The title starts at its first head, with the modifiers agreeing with it right before ("виконавчий директор",
  // "Стрийський міський голова"); words further back ("Першим слово взяв") are the sentence's.
  let first = a;
  while (first < k && !isTitleHead(tokens[first])) first++;
  if (first >= k) return { pos: null, first: k };
  const headEnd = tokens[first]?.lower.slice(-2) ?? '';
  while (first > a) {
    const m = tokens[first - 1];
    if (!m || !(TITLE_ADJ_RE.test(m.text) || PLACE_ADJ_RE.test(m.text) || m.lower === 'і' && TITLE_ADJ_RE.test(tokens[first - 2]?.text ?? ''))) break;
    // An instrumental adjective ("Першим") does not modify a nominative head.
    if (/(?:им|ім)$/.test(m.lower) && !/(?:ом|ем|єм|ою|ею)$/.test(headEnd) && !/ом$/.test(tokens[first]?.lower ?? '')) break;
    first--;
  }
  const head = tokens.slice(first, k).filter((t) => isTitleHead(t))[0];
  // "Позицію асоціації представила її виконавча директорка X": the body the sentence names before "її"/"його".
  if (!org && !ref && /^(?:її|його)$/i.test(tokens[first - 1]?.text ?? '')) {
    const owner = orgs.filter((o) => o.end <= first - 1).pop();
    if (owner) return { pos: diplomatic({ title: titleText(tokens, first, k), organization: owner.name, orgMention: owner }, head), first };
  }
  if (!org && !ref) {
    const m = mayor(tokens, first, k);
    if (m) return { pos: m, first };
  }
  if (ref) return { pos: { title: titleText(tokens, first, k), organization: '', orgMention: null, ref }, first };
  if (org) {
    // "Міністра Кабінету Міністрів України" is the official title itself.
    const bare = titleText(tokens, first, k);
    const title = /^міністр$/.test(bare) && org.kind !== 'MINISTRY' ? `Міністр ${org.surface.replace(/\*+/g, '')}`.replace(/Кабінету Міністрів України.*$/, 'Кабінету Міністрів України') : bare;
    return { pos: diplomatic({ title, organization: org.name, orgMention: org }, head), first };
  }
  // "народна депутатка України": a member of parliament.
  if (/^(?:депутат|депутатка)$/.test(headNoun(tokens[k - 2]?.text ?? '')?.nom ?? '') && /^України$/.test(tokens[k - 1]?.text ?? '')) {
    const vr: OrgMention = { name: 'Верховна Рада України', kind: 'GOVERNMENT_BODY', nameEn: 'Verkhovna Rada of Ukraine', surface: 'Верховна Рада України', sent: -1, start: 0, end: 0 };
    return { pos: { title: titleText(tokens, first, k), organization: vr.name, orgMention: vr }, first };
  }
  const split = splitMinister(tokens, first, k);
  if (split.org) return { pos: { title: titleText(tokens, first, split.titleEnd), organization: split.org.name, orgMention: split.org }, first };
  // "голова постійної комісії з питань бюджету": a standing commission is the council's, the council of the article.
  if (tokens.slice(first, k).some((t, i) => /^постійн/.test(t.lower) && /^комісі/.test(tokens[first + i + 1]?.lower ?? ''))) {
    return { pos: { title: titleText(tokens, first, k), organization: '', orgMention: null, ref: { kind: 'COUNCIL', re: null, hint: null } }, first };
  }
  const council = councilOfHead(tokens, first, k);
  if (council) return { pos: { title: titleText(tokens, first, k), organization: '', orgMention: null, ref: council }, first };
  const implied = impliedOrg(tokens, first, k);
  // A title with no body of its own may still head a chain: "депутатка міської ради, голова комісії … X".
  return implied ? { pos: implied, first } : { pos: null, first, titled: true };
}

/**
 * "міський голова", "заступник міського голови з питань …", "радниця селищного голови" with no town named: the
 * office of the head of the council the article is about.
 */
function councilOfHead(tokens: Token[], a: number, b: number): OrgRef | null {
  for (let i = a; i < b; i++) {
    const type = LOCAL_HEAD_RE.exec(tokens[i]?.text ?? '');
    if (!type?.[1] || headNoun(tokens[i + 1]?.text ?? '')?.nom !== 'голова') continue;
    if (PLACE_ADJ_RE.test(tokens[i - 1]?.text ?? '')) return null;
    return councilRef(type[1].toLowerCase());
  }
  return null;
}

/** A title that names its body by itself: a (vice) prime minister's Cabinet, a judge's court, a starosta's hromada. */
function impliedOrg(tokens: Token[], a: number, b: number): PositionMention | null {
  const heads = tokens.slice(a, b).filter((t) => isTitleHead(t));
  const head = heads[heads.length - 1];
  if (!head) return null;
  if (PREMIER_RE.test(head.text)) {
    const cabinet = knownOrgByName('Кабінет Міністрів України');
    if (!cabinet) return null;
    const title = titleText(tokens, a, b);
    const orgMention: OrgMention = { name: cabinet.name, kind: cabinet.kind, nameEn: cabinet.nameEn ?? null, surface: cabinet.name, sent: -1, start: 0, end: 0 };
    return { title: title.charAt(0).toUpperCase() + title.slice(1), organization: cabinet.name, orgMention };
  }
  const ref = refOfTitle(headNoun(head.text)?.nom ?? '');
  return ref ? { title: titleText(tokens, a, b), organization: '', orgMention: null, ref } : null;
}

/** Titles before the name, following a chain of them: "першого віце-президента АМУ, Тернопільського міського голови X". */
function before(tokens: Token[], p: PersonMention, orgs: OrgMention[]): PositionMention[] {
  const out: PositionMention[] = [];
  let end = p.start;
  for (let guard = 0; guard < 3; guard++) {
    const { pos, first, titled } = beforeAt(tokens, end, orgs);
    if (pos) out.push(pos);
    else if (!titled) break;
    if (tokens[first - 1]?.text !== ',') break;
    end = first - 1;
  }
  return out;
}

/** Title after the name: "Марина Бобраніцька, начальниця управління ... Міністерства цифрової трансформації України". */
function after(tokens: Token[], p: PersonMention, orgs: OrgMention[], others: readonly PersonMention[]): PositionMention | null {
  if (tokens[p.end]?.text !== ',') return null;
  // "X, заступниця директора Департаменту … Y": in a list, the title before the next name is that person's.
  const nextName = others.find((o) => o.start > p.end)?.start ?? Infinity;
  const theirs = (end: number): boolean => nextName <= end + 1;
  const a = p.end + 1;
  let first = a;
  while (TITLE_ADJ_RE.test(tokens[first]?.text ?? '')) first++;
  if (!isTitleHead(tokens[first])) return null;
  const org = orgs.find((o) => o.start > a && o.start - a <= 10 && !tokens.slice(a, o.start).some((t) => /^[,.;:–—()]$/.test(t.text)));
  if (org) return theirs(org.end) ? null : { title: titleText(tokens, a, org.start), organization: org.name, orgMention: org };
  const e = complementEnd(tokens, first + 1, 8);
  if (theirs(e)) return null;
  const split = splitMinister(tokens, a, e);
  if (split.org) return { title: titleText(tokens, a, split.titleEnd), organization: split.org.name, orgMention: split.org };
  // "…, начальниця юридичного відділу міської ради": the council the article is about.
  const ref = refWithin(tokens, a, e + 2);
  if (ref) return { title: titleText(tokens, a, e), organization: '', orgMention: null, ref };
  return impliedOrg(tokens, a, first + 1);
}

export function findPositions(tokens: Token[], p: PersonMention, orgs: OrgMention[], others: readonly PersonMention[] = []): PositionMention[] {
  const a = after(tokens, p, orgs, others.filter((o) => o !== p && o.start !== p.start));
  return a ? [a] : before(tokens, p, orgs);
}

/** A past-tense verb: the end of a title that opens a sentence as its subject ("Радник-посланник наголосив"). */
const PAST_VERB_RE = /^\p{Ll}{3,}(?:в|ла|ли|вся|лася|лися)$/u;

/**
 * A title opening a sentence as its subject, with no name: "Радник-посланник наголосив, що …" says what the person
 * the previous sentence ended on is. The title's words, its head's nominative and whether it is a diplomat's.
 */
export function openingTitle(tokens: Token[]): { title: string; diplomat: boolean } | null {
  const first = tokens[0];
  if (!first?.cap || first.latin) return null;
  let v = 0;
  while (v < tokens.length && v < 8 && tokens[v]?.kind === 'word' && !PAST_VERB_RE.test(tokens[v]?.text ?? '')) v++;
  if (v === 0 || v >= tokens.length || !PAST_VERB_RE.test(tokens[v]?.text ?? '')) return null;
  const heads = tokens.slice(0, v).filter((t) => isTitleHead(t));
  const head = heads[0];
  // Only a title in the nominative, alone or with its modifiers: "Посолка", "Перший заступник голови".
  if (!head || headNoun(head.text)?.nom.toLowerCase() !== head.lower) return null;
  if (!tokens.slice(0, v).every((t) => isTitleHead(t) || TITLE_ADJ_RE.test(t.text) || !t.cap)) return null;
  return { title: titleText(tokens, 0, v), diplomat: DIPLOMAT_RE.test(head.lower) };
}

/**
 * A department of a council or an administration stays in the title, its parent being the organisation (the
 * ministry rule): "начальниця Фінансового управління Звягельської міської ради" → "начальниця фінансового
 * управління" at "Звягельська міська рада"; a parent named by reference ("… облдержадміністрації") is resolved later.
 */
export function parentOfUnit(tokens: Token[], text: string, pos: PositionMention): PositionMention {
  const unit = pos.orgMention;
  if (!unit || !DEPARTMENT_RE.test(unit.name) || unit.end - unit.start < 2) return pos;
  const inner = findOrgs(tokens.slice(unit.start + 1, unit.end), text, unit.sent).filter((o) => o.kind !== 'OBLAST').pop();
  const parentStart = inner?.start ?? unit.end;
  const ref = inner ? null : refWithin(tokens, unit.start, unit.end);
  if (!inner && !ref) return pos;
  const words = tokens.slice(unit.start, inner ? parentStart : unit.end).filter((t) => !(ref && /^(?:облдержадміністрації|ОДА|ОВА)$/.test(t.text)) && !(ref && /^(?:міської|селищної|сільської|обласної|районної|ради)$/.test(t.lower)));
  const unitWords = words.map((t) => t.text).join(' ');
  const title = `${pos.title} ${unitWords.charAt(0).toLowerCase()}${unitWords.slice(1)}`.trim();
  if (inner) return { title, organization: inner.name, orgMention: inner };
  return { title, organization: '', orgMention: null, ref: ref ?? undefined };
}
