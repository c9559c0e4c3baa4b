// Shared pieces of the organisation patterns: genitive complements, place adjectives, and the local body that owns
// a department or a service centre ("… Маріупольської міської ради").
import type { ActorKind } from '../facts/schema.js';
import type { OrgMention } from './gazetteer.js';
import { headNoun, isAdjectiveForm, nominativePhrase } from './phrase.js';
import type { Token } from './tokens.js';

/** Words that end a genitive complement ("Рада соціального розвитку регіонів | при Главі держави"). */
const STOP = new Set([
  'при', 'під', 'у', 'в', 'на', 'до', 'щодо', 'для', 'що', 'який', 'яка', 'яке', 'які', 'як', 'а', 'але', 'за', 'від',
  'про', 'із', 'зі', 'через', 'після', 'над', 'є', 'це', 'разом', 'спільно', 'також', 'вже', 'не', 'та', 'і', 'й', 'or',
  'and', 'in', 'on', 'at', 'with', 'for', 'was', 'is', 'the', 'a', 'by', 'has', 'have', 'to', 'між', 'серед',
  'окрім', 'крім', 'без', 'по', 'протягом', 'задля', 'об', 'о', 'сьогодні', 'вчора', 'завтра', 'нині', 'зараз', 'тепер',
]);
const VERB_RE = /(?:ла|ло|ли|ть|ся|лась|лося|лися|тиме|ють|ять|ить|ує|ає|ував|увала|ено|ано|ито|уто|ято|ємо|емо|имо)$/;
/**
 * Masculine past verbs end like genitive plurals (-ів, -ав: "провів" / "регіонів"), so the common ones a body is
 * the subject of are listed.
 */
const MASC_PAST_RE = /^(?:провів|ухвалив|розглянув|затвердив|підтримав|оголосив|схвалив|визначив|взяв|надав|виступив|заслухав|погодив|прийняв|підписав|опублікував|отримав|передав|запровадив|створив|відкрив|презентував|представив|звернувся|направив|розробив|започаткував|розпочав|завершив|провело|залишив|визнав|скасував)$/;
/** An oblast (or city) adjective in any case: "Донецької", "Івано-Франківська". */
export const OBLAST_ADJ_RE = /^(?:\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{Ll}']+)?(?:ськ|цьк|зьк))(?:а|ої|ій|у|ою|ий|ого|ому|им|ім|і|их|ими)$/u;
/** A place adjective a council or hromada is named with: "Долинської", "Зарічненська", "Решетилівську". */
export const PLACE_ADJ_RE = /^\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{Ll}']+)?(?:ськ|цьк|зьк|н|ів)(?:а|ої|ій|у|ою|ий|ого|ому|им|ім|і|их|ими|ої)$/u;
/** The type words of local bodies: міська рада, обласна військова адміністрація, територіальна громада. */
export const LOCAL_TYPE_RE = /^(?:міськ|сільськ|селищн|обласн|районн|територіальн|державн|військов|об'єднан)/;
/** Feminine singular adjective endings: the forms that agree with "рада", "громада" (not the plural "міські ради"). */
export const FEM_SG_RE = /(?:а|я|ої|ьої|ій|у|ю|ою|ьою)$/;

/**
 * End (exclusive) of a lowercase genitive complement starting at `i`: "соціального розвитку регіонів",
 * "з питань реформування державного управління", "розвитку громад та територій". Capitalised words are taken
 * only as "України" or an oblast/city genitive.
 */
export function complementEnd(tokens: Token[], i: number, max = 10): number {
  let j = i;
  let words = 0;
  const issues = tokens[j]?.lower === 'з' && tokens[j + 1]?.lower === 'питань';
  if (issues) { j += 2; words += 2; }
  if (tokens[j]?.lower === 'у' && tokens[j + 1]?.lower === 'справах') { j += 2; words += 2; }
  while (j < tokens.length && words < max) {
    const t = tokens[j];
    if (!t) break;
    const n = tokens[j + 1];
    // "з питань A, B та у справах C": an issues list runs on through commas and "у справах".
    if (issues && t.text === ',' && n?.kind === 'word' && !n.cap && !STOP.has(n.lower)) { j++; continue; }
    if (issues && (t.lower === 'та' || t.lower === 'і') && n?.lower === 'у' && tokens[j + 2]?.lower === 'справах') { j += 3; continue; }
    if (t.kind !== 'word') break;
    if ((t.lower === 'та' || t.lower === 'і' || t.lower === 'й') && j > i) {
      if (n && n.kind === 'word' && !n.cap && !STOP.has(n.lower) && !VERB_RE.test(n.lower)) { j++; continue; }
      break;
    }
    if (t.cap) {
      if (/^Україн/.test(t.text) || OBLAST_ADJ_RE.test(t.text) || /^(?:області|міста|району|громади)$/.test(t.lower)) { j++; words++; continue; }
      break;
    }
    if (STOP.has(t.lower) || VERB_RE.test(t.lower) || MASC_PAST_RE.test(t.lower)) break;
    j++; words++;
  }
  // A complement ending in an adjective has lost its noun: trim back to the last noun-looking word.
  while (j > i && /(?:ого|ої|ому|их)$/.test(tokens[j - 1]?.lower ?? '')) j--;
  return j;
}

export function words(tokens: Token[], a: number, b: number): string[] {
  return tokens.slice(a, b).map((t) => t.text);
}

export function mention(name: string, kind: ActorKind, tokens: Token[], text: string, sent: number, a: number, b: number, extra?: Partial<OrgMention>): OrgMention {
  return { name, kind, nameEn: null, surface: text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0), sent, start: a, end: b, ...extra };
}

/** Capitalised adjectives right before `i` (Маріупольської міської): their start index. */
export function adjectivesBefore(tokens: Token[], i: number, needCapFirst: boolean): number {
  let a = i;
  while (a > 0 && isAdjectiveForm(tokens[a - 1]?.text ?? '') && tokens[a - 1]?.kind === 'word') a--;
  while (needCapFirst && a < i && !tokens[a]?.cap) a++;
  return a;
}

/** Place and type adjectives agreeing with a feminine head right before `i` ("Вишгородської", not "округу"). */
export function localAdjectivesBefore(tokens: Token[], i: number): number {
  let a = i;
  while (a > 0) {
    const p = tokens[a - 1];
    if (!p || p.kind !== 'word' || !FEM_SG_RE.test(p.lower)) break;
    if (!PLACE_ADJ_RE.test(p.text) && !(LOCAL_TYPE_RE.test(p.lower) && !p.cap)) break;
    a--;
  }
  return a;
}

/**
 * A local body in the genitive starting at `i`: "Маріупольської міської ради", "Зарічненської селищної ради",
 * "Полтавської обласної військової адміністрації", "Вишгородської громади". Its end and nominative name.
 */
export function ownerAt(tokens: Token[], i: number): { end: number; name: string; kind: ActorKind } | null {
  const first = tokens[i];
  if (!first || !PLACE_ADJ_RE.test(first.text)) return null;
  let j = i + 1;
  while (tokens[j] && LOCAL_TYPE_RE.test(tokens[j]?.lower ?? '') && !tokens[j]?.cap) j++;
  const head = headNoun(tokens[j]?.text ?? '');
  if (!head || !['рада', 'адміністрація', 'громада'].includes(head.nom)) return null;
  const name = nominativePhrase(words(tokens, i, j + 1), j - i);
  const kind: ActorKind = head.nom === 'рада' ? 'COUNCIL' : head.nom === 'громада' ? 'HROMADA' : 'LOCAL_ADMINISTRATION';
  if (head.nom === 'громада') return { end: j + 1, name: `${name.split(' ')[0] ?? ''} територіальна громада`, kind };
  return { end: j + 1, name, kind };
}
