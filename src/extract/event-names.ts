// Finds event mentions in a sentence and builds their nominative names: trigger noun, modifiers, complement, title.
import type { OrgMention } from './orgs.js';
import { headNoun, isAdjectiveForm, joinWords, nominativePhrase } from './phrase.js';
import type { Token } from './tokens.js';

export interface EventMention {
  /** Nominative name; a bare trigger ("засідання") when nothing qualifies it. */
  name: string;
  kind: string;
  /** True when the name has more than the trigger word: the event is named here, not referred back to. */
  qualified: boolean;
  start: number;
  end: number;
  /** The organisation in the name's complement ("засідання Ради ..."), a likely organiser. */
  ownerOrg: OrgMention | null;
}

/** Trigger nouns (nominative) → event kind. */
const UK_TRIGGERS: Readonly<Record<string, string>> = {
  засідання: 'засідання', форум: 'форум', конференція: 'конференція', 'міні-конференція': 'конференція', сесія: 'сесія',
  нарада: 'нарада', зустріч: 'зустріч', семінар: 'семінар', тренінг: 'тренінг', вебінар: 'вебінар', презентація: 'презентація',
  конкурс: 'конкурс', саміт: 'саміт', фестиваль: 'фестиваль', хакатон: 'хакатон', слухання: 'слухання', воркшоп: 'воркшоп',
  стіл: 'круглий стіл', марафон: 'марафон', навчання: 'навчання', відкриття: 'відкриття',
};
const EN_TRIGGERS = /^(?:meeting|conference|forum|session|seminar|workshop|training|summit|webinar|hearing|hackathon|competition|table|presentation)s?$/i;
/** Words that refer back to an event already named. */
export const ANAPHORA_RE = /^(?:захід|заходу|заході|заходом|event|meeting|засіданні|засідання|зустрічі|зустріч|конференції|форумі|форуму|сесії|нараді|відкритті)$/i;

const STOP = new Set([
  'при', 'під', 'у', 'в', 'на', 'до', 'щодо', 'що', 'який', 'яка', 'яке', 'які', 'як', 'а', 'але', 'за', 'від', 'про',
  'через', 'після', 'над', 'є', 'це', 'разом', 'також', 'вже', 'не', 'із', 'зі', 'з', 'серед', 'по', 'о', 'об',
]);
const VERB_RE = /(?:ла|ло|ли|ть|ся|сь|лась|лося|лися|тиме|ють|ять|ить|ує|ає|ено|ано|ито|уто|ято|ться|вся|в)$/;
const ROMAN_RE = /^[IVXLCХІ]+$/;
const EN_STOP = /^(?:was|were|is|are|will|in|at|under|with|by|held|took|has|have|had|and|which|that|during|on)$/i;

function ukMention(tokens: Token[], i: number, kind: string, orgs: OrgMention[]): EventMention {
  // Left: agreeing adjectives, ordinals and a Roman numeral ("XVII Український муніципальний форум").
  let a = i;
  while (a > 0) {
    const p = tokens[a - 1];
    if (!p || p.kind !== 'word') break;
    const beforeP = tokens[a - 2];
    if (beforeP && STOP.has(beforeP.lower) && p.cap) break; // "у Києві" is a place, not a modifier
    if (ROMAN_RE.test(p.text)) { a--; break; }
    if (!isAdjectiveForm(p.text) || VERB_RE.test(p.lower) && !/(?:ий|ій|ого|ому|их)$/.test(p.lower)) break;
    if (p.cap && a - 1 === 0 && !/(?:ськ|цьк)/.test(p.lower)) { a--; break; }
    a--;
  }
  if (kind === 'круглий стіл' && /^кругл/.test(tokens[i - 1]?.lower ?? '')) a = Math.min(a, i - 1);
  // Right: the organisation it belongs to, a lowercase complement, and a quoted title.
  let e = i + 1;
  let owner: OrgMention | null = null;
  let lowercase = 0;
  let prepUsed = false;
  while (e < tokens.length) {
    const t = tokens[e];
    if (!t) break;
    const org = orgs.find((o) => o.start === e);
    if (org) { if (!owner) owner = org; e = org.end; continue; }
    if (t.text === '«' || t.text === '“' || t.text === '„' || t.text === '"') {
      let q = e + 1;
      while (q < tokens.length && !/^[»”"]$/.test(tokens[q]?.text ?? '')) q++;
      if (q >= tokens.length) break;
      e = q + 1;
      break;
    }
    if (t.kind !== 'word') break;
    if (t.lower === 'для' && !prepUsed && e === i + 1) { prepUsed = true; e++; continue; }
    // "нарада з питань підготовки громад": an issues complement belongs to the name.
    if (t.lower === 'з' && tokens[e + 1]?.lower === 'питань' && e === i + 1) { e += 2; lowercase += 2; continue; }
    if ((t.lower === 'та' || t.lower === 'і') && lowercase > 0 && tokens[e + 1]?.kind === 'word' && !STOP.has(tokens[e + 1]?.lower ?? '')) { e++; continue; }
    if (t.caps || /^Україн/.test(t.text)) { e++; continue; }
    if (t.cap || STOP.has(t.lower) || (VERB_RE.test(t.lower) && !/(?:их|ого|ої)$/.test(t.lower))) break;
    if (lowercase >= 8) break;
    lowercase++;
    e++;
  }
  while (e > i + 1 && /^(?:та|і|для)$/.test(tokens[e - 1]?.lower ?? '')) e--;
  const words = tokens.slice(a, e).map((t) => t.text);
  let name = nominativePhrase(words, i - a);
  const first = tokens[a];
  if (first && (!first.cap || a === 0) && !ROMAN_RE.test(first.text)) name = name.charAt(0).toLowerCase() + name.slice(1);
  return { name, kind, qualified: e - a > 1, start: a, end: e, ownerOrg: owner };
}

/** Capitalised words that cannot be part of an event's proper name before its trigger. */
const EN_NOT_NAME_RE = /^(?:The|A|An|This|That|On|In|At|During|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The start of a proper name in Title Case right before `i` ("the Social Cohesion Forum"), or `i` if none. */
function properNameStart(tokens: Token[], i: number): number {
  let a = i;
  while (a > 0 && i - a < 6) {
    const p = tokens[a - 1];
    // "Council of Europe Conference": a connector between capitalised words belongs to the name.
    if (p && /^(?:of|and|for|on)$/.test(p.text) && a < i && tokens[a - 2]?.cap && tokens[a - 2]?.kind === 'word') { a--; continue; }
    if (!p || p.kind !== 'word' || !p.cap || EN_NOT_NAME_RE.test(p.text)) break;
    a--;
  }
  return a;
}

function enMention(tokens: Token[], i: number): EventMention {
  // "opened the Social Cohesion Forum": the event's own name, written in Title Case, is kept as written.
  const proper = tokens[i]?.cap ? properNameStart(tokens, i) : i;
  let a = proper;
  // Without a proper name, up to three lower-case words before the trigger qualify it ("working group meeting").
  while (proper === i && a > 0 && tokens[a - 1]?.kind === 'word' && !tokens[a - 1]?.cap && !/^(?:a|an|the|of|during|at|in|on)$/i.test(tokens[a - 1]?.lower ?? '') && i - a < 3) a--;
  if (proper < i) {
    let e = i + 1;
    if (/^[“«"„]$/.test(tokens[e]?.text ?? '')) {
      let q = e + 1;
      while (q < tokens.length && !/^[”»"]$/.test(tokens[q]?.text ?? '')) q++;
      if (q < tokens.length) e = q + 1;
    }
    const trigger = (tokens[i]?.lower ?? '').replace(/s$/, '');
    return { name: joinWords(tokens.slice(proper, e).map((t) => t.text)), kind: trigger === 'table' ? 'round table' : trigger, qualified: true, start: proper, end: e, ownerOrg: null };
  }
  if (tokens[i]?.lower === 'table' && tokens[i - 1]?.lower !== 'round') return { name: '', kind: '', qualified: false, start: i, end: i, ownerOrg: null };
  let e = i + 1;
  if (/^[“«"„]$/.test(tokens[e]?.text ?? '')) {
    // A quoted title: "regional forum “Education in Hromadas: Quality and Access”".
    let q = e + 1;
    while (q < tokens.length && !/^[”»"]$/.test(tokens[q]?.text ?? '')) q++;
    if (q < tokens.length) e = q + 1;
  } else if (/^(?:on|of|for)$/i.test(tokens[e]?.lower ?? '')) {
    e++;
    while (e < tokens.length && tokens[e]?.kind === 'word' && !EN_STOP.test(tokens[e]?.lower ?? '') || /^(?:and|on)$/i.test(tokens[e]?.lower ?? '') && tokens[e + 1]?.kind === 'word' && !tokens[e + 1]?.cap) e++;
  }
  const name = joinWords(tokens.slice(a, e).map((t) => t.text));
  const left = tokens.slice(a, i).map((t) => t.lower).join(' ');
  const trigger = (tokens[i]?.lower ?? '').replace(/s$/, '');
  const kind = left === 'working group' ? 'working group meeting' : trigger === 'table' ? 'round table' : trigger;
  return { name: name.charAt(0).toLowerCase() + name.slice(1), kind, qualified: e - a > 1, start: a, end: e, ownerOrg: null };
}

/** Event mentions in a sentence, left to right. */
export function findEventMentions(tokens: Token[], orgs: OrgMention[], lang: 'uk' | 'en'): EventMention[] {
  const out: EventMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || orgs.some((o) => i >= o.start && i < o.end)) continue;
    let m: EventMention | null = null;
    if (lang === 'en' || t.latin) {
      if (EN_TRIGGERS.test(t.text)) m = enMention(tokens, i);
    } else {
      const h = headNoun(t.text);
      const kind = h ? UK_TRIGGERS[h.nom] ?? UK_TRIGGERS[h.nom.slice(h.nom.lastIndexOf('-') + 1)] : undefined;
      if (kind && (kind !== 'круглий стіл' || /^кругл/.test(tokens[i - 1]?.lower ?? ''))) m = ukMention(tokens, i, kind, orgs);
    }
    if (m && m.name) { out.push(m); i = Math.max(i, m.end - 1); }
  }
  return out;
}
