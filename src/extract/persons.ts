// Finds person names in a sentence (Ukrainian in any case, or Latin) and lemmatises them to the nominative.
import { givenNameReadings, nameAnalyses, nominativeCandidates, nominativeName } from './names.js';
import { PATRONYMIC_RE } from './declension.js';
import { backTransliterate, latinGivenName } from './latin-names.js';
import { headNoun } from './phrase.js';
import { cuedNames } from './person-cues.js';
import { cuedLatinNames } from './latin-cues.js';
import { foreignNameToUk, latinSurnameReadings } from './foreign-translit.js';
import type { Token } from './tokens.js';

export interface PersonMention {
  /** Nominative Ukrainian name, or the Latin name when no Ukrainian form is known. */
  name: string;
  /** Other nominative readings (for ambiguous forms such as "Олександра Петрова"). */
  alternatives: string[];
  /** Latin form as written, for names met in English text. */
  latin: string | null;
  surface: string;
  sent: number;
  start: number;
  end: number;
}

const CYR_CAP_RE = /^\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{Ll}']+)?$/u;
const LAT_CAP_RE = /^[A-Z][a-z']+(?:-[A-Z][a-z']+)?$/;
/** Capitalised words that follow a given name but are not surnames. */
const NOT_SURNAME_RE = /^(?:Україн|Київ|Києв|Президент|Міністр|Уряд|Рад[аиіу]|Європ|Мінцифр|Мінрозвитку|Голов)/;

function isSurnameToken(t: Token | undefined, taken: boolean[], idx: number): boolean {
  if (!t || t.kind !== 'word' || taken[idx]) return false;
  if (!CYR_CAP_RE.test(t.text) || NOT_SURNAME_RE.test(t.text)) return false;
  return !headNoun(t.text);
}

function surfaceOf(tokens: Token[], text: string, a: number, b: number): string {
  return text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0).replace(/\*+/g, '');
}

/** Ukrainian full names: a listed given name in any case, then [patronymic] surname; or surname, given, patronymic. */
function cyrillicNames(tokens: Token[], text: string, sent: number, taken: boolean[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (!t || taken[i] || !CYR_CAP_RE.test(t.text)) continue;
    let end = -1;
    if (givenNameReadings(t.text).length > 0) {
      const n1 = tokens[i + 1];
      if (n1 && PATRONYMIC_RE.test(n1.lower) && isSurnameToken(tokens[i + 2], taken, i + 2)) end = i + 3;
      else if (isSurnameToken(n1, taken, i + 1) && givenNameReadings(n1?.text ?? '').length === 0) end = i + 2;
    } else if (isSurnameToken(t, taken, i) && givenNameReadings(tokens[i + 1]?.text ?? '').length > 0
      && PATRONYMIC_RE.test(tokens[i + 2]?.lower ?? '')) {
      end = i + 3;
    }
    if (end < 0) continue;
    const surface = surfaceOf(tokens, text, i, end);
    const analyses = nameAnalyses(surface);
    const best = nominativeName(surface).name;
    const bestPenalty = analyses[0]?.penalty ?? 0;
    // Close alternatives only, in the same word order: they settle ambiguous forms against other mentions.
    const alternatives = analyses.filter((a) => a.penalty <= bestPenalty + 1 && a.name !== best).map((a) => a.name);
    out.push({ name: best, alternatives, latin: null, surface, sent, start: i, end });
    i = end - 1;
  }
  return out;
}

/** Latin full names whose first word is a KMU-2010 (or common) spelling of a Ukrainian given name. */
function latinNames(tokens: Token[], text: string, sent: number, taken: boolean[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const n = tokens[i + 1];
    if (!t || !n || taken[i] || taken[i + 1] || !LAT_CAP_RE.test(t.text) || !LAT_CAP_RE.test(n.text)) continue;
    const given = latinGivenName(t.text);
    if (!given) continue;
    const surface = surfaceOf(tokens, text, i, i + 2);
    const surname = backTransliterate(n.text);
    // A surname no KMU spelling gives back (Sundqvist, Müller) is a foreign one: the whole name is transcribed.
    // So is one that only gives back with a ґ, a letter Ukrainian surnames rarely have (Berg is Берг, not Берґ).
    const name = surname && !surname.includes('ґ') ? `${given} ${surname}` : foreignNameToUk(surface);
    out.push({ name, alternatives: [], latin: surface, surface, sent, start: i, end: i + 2 });
    i++;
  }
  return out;
}

export function findPersons(tokens: Token[], text: string, sent: number, taken: boolean[]): PersonMention[] {
  const listed = [...cyrillicNames(tokens, text, sent, taken), ...latinNames(tokens, text, sent, taken)];
  // Names no list knows, found by their context, in the words the listed names left.
  const rest = [...taken];
  for (const p of listed) for (let k = p.start; k < p.end; k++) rest[k] = true;
  return [...listed, ...cuedNames(tokens, text, sent, rest), ...cuedLatinNames(tokens, text, sent, rest)].sort((a, b) => a.start - b.start);
}

/** The Cyrillic letters a Latin initial may be transcribed with. */
const LATIN_INITIALS: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'е', 'о'], b: ['б'], c: ['к', 'ц', 'с', 'ч', 'ш'], d: ['д', 'д'], e: ['е', 'є', 'і', 'а'], f: ['ф'],
  g: ['г', 'ґ', 'д', 'х', 'ж'], h: ['г', 'х'], i: ['і', 'ї', 'и', 'а'], j: ['й', 'я', 'є', 'ю', 'ї', 'д', 'ж', 'х', 'і'],
  k: ['к', 'х'], l: ['л'], m: ['м'], n: ['н'], o: ['о', 'у'], p: ['п'], q: ['к'], r: ['р'], s: ['с', 'ш', 'щ', 'з'],
  t: ['т', 'ч'], u: ['у', 'ю'], v: ['в', 'ф'], w: ['в'], x: ['к', 'з'], y: ['і', 'и', 'й', 'я', 'є', 'ю', 'ї'],
  z: ['з', 'ц', 'ж'], ł: ['в'], ś: ['с'], ż: ['ж'], ź: ['з'], ö: ['е', 'ь'], ä: ['е', 'я'], ü: ['ю'], å: ['о'], é: ['е'],
};

/**
 * Later bare-surname mentions of people already named in full ("за словами Соколовської"): any case form of the
 * surname resolves to the person.
 */
export function findSurnameMentions(tokens: Token[], text: string, sent: number, taken: boolean[], known: readonly string[]): PersonMention[] {
  const bySurname = new Map<string, string>();
  for (const k of known) {
    const parts = k.split(' ');
    const s = parts[parts.length - 1];
    if (s && parts.length > 1) bySurname.set(s.toLowerCase(), k);
  }
  // Inflection leaves a surname's first two letters alone: a cheap test before lemmatising every capitalised word.
  const prefixes = new Set([...bySurname.keys()].map((s) => s.slice(0, 2)));
  const initials = new Set([...bySurname.keys()].map((s) => s.charAt(0)));
  const out: PersonMention[] = [];
  tokens.forEach((t, i) => {
    if (taken[i] || t.kind !== 'word' || !t.cap) return;
    if (t.latin ? !(LATIN_INITIALS[t.lower.charAt(0)] ?? []).some((c) => initials.has(c)) : !prefixes.has(t.lower.slice(0, 2))) return;
    // A Latin surname ("Kellner noted") is compared in the Ukrainian spellings it may have.
    const cands = t.latin ? latinSurnameReadings(t.text) : nominativeCandidates(t.text);
    for (const c of cands) {
      const person = bySurname.get(c.toLowerCase());
      if (person) { out.push({ name: person, alternatives: [], latin: null, surface: t.text, sent, start: i, end: i + 1 }); return; }
    }
  });
  return out;
}
