// Finds event mentions in a sentence and builds their nominative names: trigger noun, modifiers, complement, title;
// and the events a verb reports ("met with", "підписали меморандум").
import { EN_TRIGGER_RE, enPhrase } from './event-en.js';
import { complementEnd, eventNominative, modifiersStart, ukTrigger } from './event-uk.js';
import { verbEvents } from './event-verbs.js';
import { givenNameReadings } from './names.js';
import type { OrgMention } from './orgs.js';
import type { Token } from './tokens.js';

export interface EventMention {
  /** Nominative name; a bare trigger ("засідання") when nothing qualifies it. */
  name: string;
  kind: string;
  /** True when the name has more than the trigger word: the event is named here, not referred back to. */
  qualified: boolean;
  start: number;
  end: number;
  /** The trigger word's index (or the verb's, for an event a verb reports). */
  head?: number;
  /** The organisation in the name's complement ("засідання Ради ..."), a likely organiser. */
  ownerOrg: OrgMention | null;
  /** "наступне засідання", "the next meeting": a plan, not an event that took place. */
  future?: boolean;
  /** Reported by a verb ("зустрівся з", "met with"), not named by a noun. */
  byVerb?: boolean;
}

/** Words that refer back to an event already named. */
export const ANAPHORA_RE = /^(?:захід|заходу|заході|заходом|event|meeting|ceremony|signing|засіданні|засідання|зустрічі|зустріч|конференції|форумі|форуму|сесії|нараді|відкритті|візиту|візиті|брифінгу|брифінгі|підписання|підписанні|ефірі|презентації|презентацію|семінарі|тренінгу|вебінарі|слуханнях|обговоренні|дискусії)$/i;

/** Kinds whose adjective is part of the kind ("пленарне засідання", "громадські слухання"). */
const KIND_ADJ_RE = /^(?:пленарне|стратегічна|громадські|публічні|комітетські|виїзне|позачергова|позачергове)$/;
const FUTURE_RE = /^(?:наступн\S*|майбутн\S*|найближч\S*|next|upcoming|forthcoming|future)$/i;
/** Words shortly before an event phrase that make it a plan or an invitation ("запросила взяти участь у …"). */
const PLAN_RE = /^(?:відбудеться|відбудуться|проведуть|проведе|планує|планують|планується|заплановано|запланований|запланована|заплановане|взяти|провести|організувати|will|shall|plans|planned|plan|invited|to)$/i;

/** Whether the words right before token `a` announce the event as a plan: "взяти участь у …", "will hold a …". */
function planned(tokens: Token[], a: number): boolean {
  return tokens.slice(Math.max(0, a - 4), a).some((t) => PLAN_RE.test(t.text) && !(t.lower === 'to' && tokens[a - 1] !== t));
}
/** What a launch event launches: a phase or stage of a programme, or the programme itself. */
const LAUNCHED_RE = /^(?:фази|етапу|програми|проєкту|проекту|ініціативи)$/;
/** Documents whose signing is an event ("підписання меморандуму"); a bare "підписання" refers back. */
const SIGNED_DOC_RE = /^(?:меморандум\S*|угод\S*|договор\S*|договір|декларац\S*|протокол\S*|хартії|документ\S*|контракт\S*)$/;

function ukMention(tokens: Token[], i: number, orgs: OrgMention[]): EventMention | null {
  const trigger = ukTrigger(tokens[i]?.text ?? '');
  if (!trigger) return null;
  if (trigger.kind === 'круглий стіл' && !/^кругл/.test(tokens[i - 1]?.lower ?? '')) return null;
  // "запуск третьої фази проєкту …" is an event; "запуск сервісу" a product's start, "запуском" a means.
  if (trigger.kind === 'запуск' && !LAUNCHED_RE.test(tokens[i + 1]?.lower ?? '') && !LAUNCHED_RE.test(tokens[i + 2]?.lower ?? '')) return null;
  let a = modifiersStart(tokens, i);
  // "з (робочим) візитом відвідав …": the verb's reading names the visit (event-verbs).
  if (trigger.kind === 'візит' && /^(?:з|із)$/.test(tokens[a - 1]?.lower ?? '') && /ом$/.test(tokens[i]?.lower ?? '')) return null;
  if (trigger.kind === 'круглий стіл') a = Math.min(a, i - 1);
  const { end, owner } = complementEnd(tokens, i, trigger, orgs);
  const words = tokens.slice(a, end).map((t) => t.text);
  // "засідання президії Асоціації" after "… Української асоціації районних та обласних рад": the body named before.
  const last = tokens[end - 1];
  if (end - 1 > i && last?.cap && !last.caps) {
    const prior = orgs.find((o) => o.end <= a && o.end - o.start > 1 && tokens.slice(o.start, o.end).some((t) => t.lower === last.lower));
    if (prior) words.splice(words.length - 1, 1, ...tokens.slice(prior.start, prior.end).map((t) => t.text));
    else {
      // A body the organisation lists do not know: the same word earlier in the sentence, with its genitive chain.
      const j = tokens.findIndex((t, k) => k < a && t.text === last.text);
      if (j >= 0) {
        let e = complementEnd(tokens, j, trigger, orgs).end;
        const name = tokens.findIndex((t, k) => k > j && k < e && t.cap && givenNameReadings(t.text).length > 0);
        if (name > 0) e = name;
        if (e > j + 1) words.splice(words.length - 1, 1, ...tokens.slice(j, e).map((t) => t.text));
      }
    }
  }
  let name = eventNominative(words, i - a, trigger);
  const first = tokens[a];
  if (first && (!first.cap || a === 0) && !/^[IVXLCХІ]+$/.test(first.text)) name = name.charAt(0).toLowerCase() + name.slice(1);
  const adj = a < i ? (name.split(' ')[i - a - 1] ?? '').toLowerCase() : '';
  const kind = KIND_ADJ_RE.test(adj) ? `${adj} ${trigger.kind}` : trigger.kind;
  let qualified = end - a > 1;
  // Bare words that name no event of their own: "Підписання засвідчив …", "практична сесія" of a forum.
  if (trigger.kind === 'підписання' && !SIGNED_DOC_RE.test(tokens[i + 1]?.lower ?? '')) qualified = false;
  // A "сесія" of its own is a council's (its owner named) or a strategic one; "сесія з психологом" is a forum's part.
  if (trigger.kind === 'сесія' && !owner && !/стратегічн|чергов|позачергов|«/.test(name) && !/^\d/.test(name)) qualified = false;
  if (trigger.kind === 'ефір' && end - i <= 1) qualified = false;
  const future = tokens.slice(a, i).some((t) => FUTURE_RE.test(t.text)) || planned(tokens, a);
  return { name, kind, qualified, start: a, end, head: i, ownerOrg: owner, future };
}

function enMention(tokens: Token[], i: number): EventMention | null {
  const p = enPhrase(tokens, i);
  if (!p) return null;
  let qualified = p.qualified;
  if (/^(?:signing|session|broadcast)$/.test(p.kind) && p.end - p.start <= 1) qualified = false;
  // "tools such as local referendums, public hearings …": a plural without an article or complement is a class.
  const plural = /s$/i.test(tokens[i]?.text ?? '') && p.end === i + 1 && !/^(?:the|these|those|two|three|both)$/i.test(tokens[p.start - 1]?.lower ?? '');
  if (plural && !tokens[p.start]?.cap) qualified = false;
  const future = tokens.slice(Math.max(0, p.start - 2), i).some((t) => FUTURE_RE.test(t.text)) || planned(tokens, p.start);
  return { ...p, qualified, head: i, ownerOrg: null, future };
}

/** Event mentions in a sentence, left to right. */
export function findEventMentions(tokens: Token[], orgs: OrgMention[], lang: 'uk' | 'en'): EventMention[] {
  const out: EventMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || orgs.some((o) => i >= o.start && i < o.end)) continue;
    let m: EventMention | null = null;
    if (lang === 'en' || t.latin) {
      if (EN_TRIGGER_RE.test(t.text)) m = enMention(tokens, i);
    } else if (ukTrigger(t.text)) m = ukMention(tokens, i, orgs);
    if (m && m.name) { out.push(m); i = Math.max(i, m.end - 1); }
  }
  // An event a verb reports, when no noun in the sentence names one.
  if (!out.some((m) => m.qualified)) {
    for (const v of verbEvents(tokens, orgs, lang)) {
      if (out.some((m) => m.start < v.end && m.end > v.start && m.qualified)) continue;
      out.push({ name: v.name, kind: v.kind, qualified: true, start: v.start, end: v.end, head: v.start, ownerOrg: v.ownerOrg, byVerb: true });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
