// Generic patterns for organisations no list names: ministries, councils, hromadas, administrations, courts,
// embassies, departments; each put into the nominative with its kind.
import type { ActorKind } from '../facts/schema.js';
import type { OrgMention } from './gazetteer.js';
import { headNoun, isAdjectiveForm, nominativeAdjective, nominativePhrase } from './phrase.js';
import type { Token } from './tokens.js';

/** Words that end a genitive complement ("Рада соціального розвитку регіонів | при Главі держави"). */
const STOP = new Set([
  'при', 'під', 'у', 'в', 'на', 'до', 'щодо', 'для', 'що', 'який', 'яка', 'яке', 'які', 'як', 'а', 'але', 'за', 'від',
  'про', 'із', 'зі', 'через', 'після', 'над', 'є', 'це', 'разом', 'спільно', 'також', 'вже', 'не', 'та', 'і', 'й', 'or',
  'and', 'in', 'on', 'at', 'with', 'for', 'was', 'is', 'the', 'a', 'by', 'has', 'have', 'to', 'під', 'між', 'серед',
  'окрім', 'крім', 'без', 'по', 'протягом', 'задля', 'об', 'о',
]);
const VERB_RE = /(?:ла|ло|ли|ть|ся|лась|лося|лися|тиме|ють|ять|ить|ує|ає|ував|увала|ено|ано|ито|уто|ято|ємо|емо|имо)$/;
const OBLAST_ADJ_RE = /^(?:\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{Ll}']+)?(?:ськ|цьк|зьк))(?:а|ої|ій|у|ою|ий|ого|ому|им|ім|і|их|ими)$/u;
const PLACE_ADJ_RE = /^\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{Ll}']+)?(?:ськ|цьк|зьк|н|ів)(?:а|ої|ій|у|ою|ий|ого|ому|им|ім|і|их|ими|ої)$/u;

function w(tokens: Token[], i: number): Token | undefined {
  return tokens[i];
}

/**
 * End (exclusive) of a lowercase genitive complement starting at `i`: "соціального розвитку регіонів",
 * "з питань реформування державного управління", "розвитку громад та територій". Capitalised words are taken
 * only as "України" or an oblast/city genitive.
 */
export function complementEnd(tokens: Token[], i: number, max = 10): number {
  let j = i;
  let words = 0;
  const issues = w(tokens, j)?.lower === 'з' && w(tokens, j + 1)?.lower === 'питань';
  if (issues) { j += 2; words += 2; }
  if (w(tokens, j)?.lower === 'у' && w(tokens, j + 1)?.lower === 'справах') { j += 2; words += 2; }
  while (j < tokens.length && words < max) {
    const t = tokens[j];
    if (!t) break;
    // "з питань A, B та у справах C": an issues list runs on through commas and "у справах".
    if (issues && t.text === ',' && w(tokens, j + 1)?.kind === 'word' && !w(tokens, j + 1)?.cap && !STOP.has(w(tokens, j + 1)?.lower ?? '')) { j++; continue; }
    if (issues && (t.lower === 'та' || t.lower === 'і') && w(tokens, j + 1)?.lower === 'у' && w(tokens, j + 2)?.lower === 'справах') { j += 3; continue; }
    if (t.kind !== 'word') break;
    if ((t.lower === 'та' || t.lower === 'і' || t.lower === 'й') && j > i) {
      const n = w(tokens, j + 1);
      if (n && n.kind === 'word' && !n.cap && !STOP.has(n.lower) && !VERB_RE.test(n.lower)) { j++; continue; }
      break;
    }
    if (t.cap) {
      if (/^Україн/.test(t.text) || OBLAST_ADJ_RE.test(t.text) || /^(?:області|міста|району|громади)$/.test(t.lower)) { j++; words++; continue; }
      break;
    }
    if (STOP.has(t.lower) || VERB_RE.test(t.lower)) break;
    j++; words++;
  }
  // A complement ending in an adjective has lost its noun: trim back to the last noun-looking word.
  while (j > i && /(?:ого|ої|ому|их)$/.test(tokens[j - 1]?.lower ?? '')) j--;
  return j;
}

function words(tokens: Token[], a: number, b: number): string[] {
  return tokens.slice(a, b).map((t) => t.text);
}

function mention(name: string, kind: ActorKind, tokens: Token[], text: string, sent: number, a: number, b: number, extra?: Partial<OrgMention>): OrgMention {
  return { name, kind, nameEn: null, surface: text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0), sent, start: a, end: b, ...extra };
}

/** Capitalised adjectives right before `i` (Маріупольської міської): their start index. */
function adjectivesBefore(tokens: Token[], i: number, needCapFirst: boolean): number {
  let a = i;
  while (a > 0 && isAdjectiveForm(tokens[a - 1]?.text ?? '') && tokens[a - 1]?.kind === 'word') a--;
  while (needCapFirst && a < i && !tokens[a]?.cap) a++;
  return a;
}

const LOCAL_TYPE_RE = /^(?:міськ|сільськ|селищн|обласн|районн|територіальн|державн|військов|об'єднан)/;

/** Organisations found by pattern, outside the spans already taken by the gazetteer. */
export function matchPatterns(tokens: Token[], text: string, sent: number, taken: boolean[]): OrgMention[] {
  const out: OrgMention[] = [];
  const free = (a: number, b: number): boolean => { for (let k = a; k < b; k++) if (taken[k]) return false; return true; };
  const take = (m: OrgMention): void => { out.push(m); for (let k = m.start; k < m.end; k++) taken[k] = true; };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || taken[i]) continue;
    const head = headNoun(t.text);
    if (!head) continue;
    const h = head.nom;
    if (h === 'міністерство' && t.cap) {
      const e = complementEnd(tokens, i + 1, 6);
      if (e > i + 1 && free(i, e)) {
        let name = nominativePhrase(words(tokens, i, e), 0);
        if (!/України$/.test(name)) name += ' України';
        take(mention(name, 'MINISTRY', tokens, text, sent, i, e));
      }
      continue;
    }
    if (h === 'посольство' && t.cap) {
      let e = i + 1;
      while (tokens[e]?.cap && e < i + 4) e++;
      if (tokens[e]?.lower === 'в' || tokens[e]?.lower === 'у') { if (/^Україн/.test(tokens[e + 1]?.text ?? '')) e += 2; }
      if (e > i + 1 && free(i, e)) {
        const country = words(tokens, i + 1, e).filter((x) => !/^(?:в|у|Україні)$/.test(x)).join(' ');
        take(mention(`Посольство ${country} в Україні`, 'EMBASSY', tokens, text, sent, i, e));
      }
      continue;
    }
    if (h === 'громада' || h === 'рада' || h === 'адміністрація' || h === 'суд' || h === 'комітет') {
      const a = adjectivesBefore(tokens, i, true);
      const adjs = tokens.slice(a, i);
      const placeFirst = adjs[0] && PLACE_ADJ_RE.test(adjs[0].text);
      let e = i + 1;
      // "Господарський суд Донецької області", "Xська обласна рада": a genitive place may follow.
      if ((h === 'суд' || h === 'адміністрація') && OBLAST_ADJ_RE.test(tokens[e]?.text ?? '') && /^(?:області|міста|району)$/.test(tokens[e + 1]?.lower ?? '')) e += 2;
      if (h === 'громада') {
        // «Соціальна громада» is a platform's name, not a hromada.
        if (!placeFirst || !free(a, e) || /[«“"]/.test(tokens[a - 1]?.text ?? '')) continue;
        // Canonical hromada name: the place adjective + "громада" (міська/сільська/територіальна dropped).
        const name = `${nominativeAdjective(adjs[0]?.text ?? '', 'f')} громада`;
        take(mention(name, 'HROMADA', tokens, text, sent, a, e));
        continue;
      }
      if (h === 'рада' || h === 'комітет') {
        if (!t.cap && !placeFirst && !adjs[0]?.cap) continue;
        const ce = complementEnd(tokens, e, 10);
        const local = adjs.some((x) => LOCAL_TYPE_RE.test(x.lower));
        if (!local && ce === e && !placeFirst) continue;
        if (!free(a, ce)) continue;
        const name = nominativePhrase(words(tokens, a, ce), i - a);
        const kind: ActorKind = h === 'комітет' ? 'GOVERNMENT_BODY' : 'COUNCIL';
        take(mention(name, kind, tokens, text, sent, a, ce));
        continue;
      }
      if (h === 'адміністрація') {
        if (!placeFirst || !adjs.some((x) => LOCAL_TYPE_RE.test(x.lower)) || !free(a, e)) continue;
        take(mention(nominativePhrase(words(tokens, a, e), i - a), 'LOCAL_ADMINISTRATION', tokens, text, sent, a, e));
        continue;
      }
      if (h === 'суд' && (adjs.length > 0 || t.cap) && (adjs[0]?.cap || t.cap) && free(a, e)) {
        take(mention(nominativePhrase(words(tokens, a, e), i - a), 'COURT', tokens, text, sent, a, e));
      }
      continue;
    }
    if ((h === 'департамент' || h === 'управління') && t.cap) {
      const ce = complementEnd(tokens, i + 1, 8);
      let e = ce;
      // The council or administration the department belongs to: "... Маріупольської міської ради".
      const a2 = e;
      while (tokens[e] && (isAdjectiveForm(tokens[e]?.text ?? '') || LOCAL_TYPE_RE.test(tokens[e]?.lower ?? ''))) e++;
      const owner = headNoun(tokens[e]?.text ?? '');
      if (owner && (owner.nom === 'рада' || owner.nom === 'адміністрація') && e > a2) e++;
      else e = ce;
      if (e > i + 1 && free(i, e)) take(mention(nominativePhrase(words(tokens, i, e), 0), 'LOCAL_ADMINISTRATION', tokens, text, sent, i, e));
    }
  }
  return out;
}

const ODA_RE = /^(?:ОДА|ОВА|РДА|РВА|МВА)$/;
const ODA_FULL: Readonly<Record<string, string>> = {
  ОДА: 'обласна державна адміністрація', ОВА: 'обласна військова адміністрація', РДА: 'районна державна адміністрація',
  РВА: 'районна військова адміністрація', МВА: 'міська військова адміністрація',
};

/**
 * Oblast administrations: "Полтавської ОДА" and the enumerations of press releases, "обласних (державних)
 * адміністрацій Дніпропетровської, Донецької та Запорізької" → one administration each.
 */
export function matchAdministrations(tokens: Token[], text: string, sent: number, taken: boolean[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || taken[i]) continue;
    if (ODA_RE.test(t.text) && i > 0 && OBLAST_ADJ_RE.test(tokens[i - 1]?.text ?? '') && !taken[i - 1]) {
      const adj = nominativeAdjective(tokens[i - 1]?.text ?? '', 'f');
      out.push(mention(`${adj} ${ODA_FULL[t.text] ?? ''}`, 'LOCAL_ADMINISTRATION', tokens, text, sent, i - 1, i + 1));
      continue;
    }
    if (/^обласн(?:их|і)$/.test(t.lower)) {
      let j = i + 1;
      let type = 'обласна державна адміністрація';
      if (/^військов/.test(tokens[j]?.lower ?? '')) { type = 'обласна військова адміністрація'; j++; } else if (/^державн/.test(tokens[j]?.lower ?? '')) j++;
      if (!/^адміністраці(?:й|ї|ям|ями|ях)$/.test(tokens[j]?.lower ?? '')) continue;
      j++;
      while (j < tokens.length) {
        const x = tokens[j];
        if (!x) break;
        if (x.text === ',' || x.lower === 'та' || x.lower === 'і' || x.lower === 'й') { j++; continue; }
        if (!OBLAST_ADJ_RE.test(x.text) || taken[j]) break;
        const adj = nominativeAdjective(x.text.replace(/(?:ої|ій|ою)$/, 'а'), 'f');
        out.push(mention(`${adj} ${type}`, 'LOCAL_ADMINISTRATION', tokens, text, sent, j, j + 1));
        j++;
      }
    }
  }
  return out;
}
