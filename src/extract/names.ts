// The Ukrainian person-name lemmatiser: restores inflected full names to the nominative and lists a name's forms.
// The given name decides gender and case; the surname is then inverted for that case by analysis-by-synthesis.
import { normaliseApostrophes } from './normalise.js';
import { memoise } from '../shared/memo.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-names.js';
import { lexiconReadings, type LexRole } from './lexicon.js';
import {
  CASES, PATRONYMIC_RE, declineGiven, declinePatronymic, declineSurname, type Case, type Forms, type Gender,
} from './declension.js';

export type { Case, Gender } from './declension.js';

export interface NameAnalysis {
  /** The nominative full name, apostrophes normalised to ASCII. */
  name: string;
  gender: Gender;
  /** The case the input was read as. */
  case: Case;
  /** Lower is more plausible. */
  penalty: number;
}

interface GivenReading { nom: string; gender: Gender; case: Case }

const CYRILLIC_WORD_RE = /^[а-яіїєґ'-]+$/i;
const CONSONANT_K_RE = /[бвгґджзйклмнпрстфхцчшщь]к$/;
const CONSONANT_END_RE = /[бвгґджзйклмнпрстфхцчшщь]$/;

/** Lowercase, ASCII apostrophe: the key every form is compared by. */
function key(s: string): string {
  return normaliseApostrophes(s).toLowerCase();
}
/** Lookup key that also forgives a missing apostrophe ("Вячеслав"). */
function looseKey(s: string): string {
  return key(s).replace(/'/g, '');
}

/** Every form of every listed given name → its readings; built once at load. */
const GIVEN_INDEX = new Map<string, GivenReading[]>();
/** Lowercase nominative → canonical spelling and gender(s), for nameForms and gender guesses. */
const GIVEN_NOMINATIVES = new Map<string, { nom: string; genders: Gender[] }>();

function indexGiven(nom: string, gender: Gender): void {
  const lower = key(nom);
  const entry = GIVEN_NOMINATIVES.get(lower) ?? { nom, genders: [] };
  if (!entry.genders.includes(gender)) entry.genders.push(gender);
  GIVEN_NOMINATIVES.set(lower, entry);
  const forms = declineGiven(lower, gender);
  for (const c of CASES) {
    for (const f of forms[c]) {
      const k = looseKey(f);
      const list = GIVEN_INDEX.get(k) ?? [];
      if (!list.some((r) => r.nom === nom && r.gender === gender && r.case === c)) list.push({ nom, gender, case: c });
      GIVEN_INDEX.set(k, list);
    }
  }
}
for (const n of MALE_GIVEN_NAMES) indexGiven(n, 'm');
for (const n of FEMALE_GIVEN_NAMES) indexGiven(n, 'f');
// Nominative readings first: when a form is ambiguous (Олександра), the input as written is the safer guess.
for (const list of GIVEN_INDEX.values()) list.sort((a, b) => Number(a.case !== 'nom') - Number(b.case !== 'nom'));

/** givenNameReadings by the token as written, bounded (cleared when full): asked of nearly every capitalised word. */
const NO_READINGS: readonly GivenReading[] = Object.freeze([]);

/** A given-name reading and how far it is from the hand-written list's common names (0: listed). */
interface RankedGiven extends GivenReading { rank: number }

/**
 * Readings of a token as a given name, in any case: the hand-written list's, then the names lexicon's (VESUM)
 * that the list lacks. Ties go to the list's common names (Петра: Петро's genitive before the rare Петра), then
 * to unmarked forms, then to the more frequent cases.
 */
const rankedGivenReadings: (token: string) => readonly RankedGiven[] = memoise((token) => {
  const listed = GIVEN_INDEX.get(looseKey(token)) ?? NO_READINGS;
  const out: RankedGiven[] = listed.map((r) => ({ ...r, rank: 0 }));
  for (const r of lexiconReadings(token)) {
    if (r.role !== 'given' || out.some((o) => key(o.nom) === r.lemma && o.gender === r.gender && o.case === r.case)) continue;
    const common = GIVEN_NOMINATIVES.get(r.lemma)?.genders.includes(r.gender) === true;
    out.push({ nom: r.lemma, gender: r.gender, case: r.case, rank: (common ? 0 : 0.3) + (r.marked ? 0.25 : 0) + CASES.indexOf(r.case) * 0.01 });
  }
  return out.length === 0 ? NO_READINGS as readonly RankedGiven[] : Object.freeze(out.map((o) => Object.freeze(o)));
});

/** Readings of a token as a given name (listed or in the names lexicon), in any case. */
export const givenNameReadings: (token: string) => readonly GivenReading[] = rankedGivenReadings;

/** Whether a token is the nominative of a given name (of the given gender, if one is asked for). */
export function isGivenNominative(token: string, gender?: Gender): boolean {
  const e = GIVEN_NOMINATIVES.get(key(token));
  if (e !== undefined && (gender === undefined || e.genders.includes(gender))) return true;
  return lexiconReadings(token).some((r) => r.role === 'given' && r.case === 'nom' && !r.marked && (gender === undefined || r.gender === gender));
}

/**
 * The nominative of a surname or patronymic in this gender and case: the names lexicon's lemma when it knows
 * the form in that reading (the hand-written inversion choosing among several: Задорожній is Задорожня's or
 * Задорожна's), else the hand-written inversion. `doubt` is added when the lexicon knows the form only in
 * other readings: the hand-written guess for this one is then less likely.
 */
function nameLemma(word: string, role: LexRole, gender: Gender, c: Case, decline: Decliner): { nom: string; penalty: number; doubt: number } | undefined {
  const known = lexiconReadings(word).filter((r) => r.role === role);
  const hand = lemmas(word, gender, c, decline);
  const agreeing = known.filter((r) => r.gender === gender && r.case === c).sort((a, b) => Number(a.marked) - Number(b.marked));
  if (agreeing.length > 0) {
    const byHand = hand.find((h) => agreeing.some((r) => r.lemma === h.nom && !r.marked));
    const hit = agreeing[0]!;
    return byHand ? { nom: byHand.nom, penalty: 0, doubt: 0 } : { nom: hit.lemma, penalty: hit.marked ? 0.25 : 0, doubt: 0 };
  }
  const best = hand[0];
  return best && { ...best, doubt: known.length > 0 ? 2 : 0 };
}

/** Oblique ending → the nominative endings it may come from, longest first. Candidates are verified afterwards. */
const INVERSE: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ього', ['ій']], ['ьому', ['ій']], ['ьої', ['я']], ['ьою', ['я']], ['цеві', ['ець']],
  ['ого', ['ий']], ['ому', ['ий']], ['ові', ['', 'о']], ['еві', ['ь', '']], ['єві', ['й']], ['цем', ['ець']],
  ['ої', ['а']], ['ою', ['а']], ['ею', ['я', 'а']], ['єю', ['я']], ['ця', ['ець']], ['цю', ['ець']],
  ['им', ['', 'ий']], ['ім', ['ий', 'ій']], ['ом', ['', 'о']], ['ем', ['ь', '']], ['єм', ['й']],
  ['ій', ['а', 'я']], ['ці', ['ка']], ['зі', ['га']], ['сі', ['ха']], ["'ю", ['']],
  ['ї', ['я']], ['і', ['а', 'я', '']], ['и', ['а']], ['а', ['', 'о']], ['я', ['ь', 'й', '']],
  ['у', ['', 'о', 'а']], ['ю', ['ь', 'й', 'я', '']],
];

/** Candidate nominatives for an oblique word, with the suffix rule that made each (identity first). */
function inverseCandidates(word: string): Array<{ nom: string; ending: string }> {
  const out: Array<{ nom: string; ending: string }> = [{ nom: word, ending: '=' }];
  for (const [oblique, noms] of INVERSE) {
    if (!word.endsWith(oblique) || word.length <= oblique.length + 1) continue;
    const stem = word.slice(0, -oblique.length);
    for (const n of noms) out.push({ nom: stem + n, ending: n });
  }
  return out;
}

/**
 * How unlikely a lowercase word is as a nominative surname of this gender: 0 natural, higher less so.
 * Why: inversion can verify impossible lemmas (a woman called "Музиченка", a man called "Музиченк").
 */
function surnamePenalty(nom: string, gender: Gender, ending: string): number {
  if (!/[аеєиіїоуюя]/.test(nom) || nom.length < 2) return 9;
  if (/[ржчшщ]ь$|ьй$|'$|[аеєиіїоуюя']ь$/.test(nom)) return 9;
  // Vowel + я/й endings other than -ія/-ій are rare in surnames (Негодоя, Негодой are artefacts of inversion).
  if (/[аеєиоуюя]я$|[аеєоуюя]й$/.test(nom) && !(gender === 'f' && /ня$/.test(nom))) return 1.5;
  // Ukrainian spelling puts no я after г, к, х or a hushing consonant: "Мягя" is an artefact of "Мягі".
  if (/[гкхжчшщ]я$/.test(nom)) return 3;
  if (/[уюїє]$|ої$|ою$|ого$|ому$|им$/.test(nom)) return 3;
  if (gender === 'm') {
    if (CONSONANT_K_RE.test(nom)) return 2;
    // A man's surname in -ова/-іна is nearly always an inflected -ов/-ін (Немчінові is not from "Немчінова").
    if (/(?:ов|ев|єв|ін|ин|ськ|цьк)а$|[бвгґджзклмнпрстфхцчшщ]я$|[ое]м$/.test(nom)) return 1;
    if (ending === 'о' && !CONSONANT_K_RE.test(nom.slice(0, -1))) return 1;
    if (/[еі]$/.test(nom)) return 1;
    return 0;
  }
  if (/(?:ськ|цьк|зьк|ов|ев|єв|ін|ин)ій$/.test(nom)) return 3;
  if (/ій$/.test(nom)) return 1; // Гамалій: a woman keeps a man's noun surname unchanged.
  // A woman's noun surname in consonant + я (not -ня, an adjective) is rare; "Кірсті" is more likely indeclinable.
  if (/[бвгґджзклмпрстфхцчшщ]я$/.test(nom)) return 2;
  if (/[бвгґджзйклмнпрстфхцчшщ]ка$/.test(nom) && !/(?:ськ|цьк|зьк)а$/.test(nom)) return 1;
  // A woman's surname in -а is mostly adjectival (-ська, -ова); a noun in -а (Негода) is rarer than a man's
  // genitive (Руслана Стефанчука is Руслан, not Руслана).
  if (/а$/.test(nom) && !/(?:ськ|цьк|зьк|ов|ев|єв|ін|їн|ин)а$/.test(nom)) return 0.5;
  if (/[аяо]$/.test(nom) || CONSONANT_END_RE.test(nom)) return 0;
  return 1;
}

type Decliner = (nom: string, gender: Gender) => Forms;

/** Nominatives of one word that decline to it in the given gender and case, best first. */
function lemmas(word: string, gender: Gender, c: Case, decline: Decliner): Array<{ nom: string; penalty: number }> {
  const seen = new Set<string>();
  const out: Array<{ nom: string; penalty: number; order: number }> = [];
  let order = 0;
  for (const cand of inverseCandidates(word)) {
    order++;
    if (seen.has(cand.nom)) continue;
    seen.add(cand.nom);
    if (!decline(cand.nom, gender)[c].includes(word)) continue;
    // Prefer a real oblique reading over calling the word itself indeclinable.
    const identityCost = cand.ending === '=' && c !== 'nom' ? 0.5 : 0;
    out.push({ nom: cand.nom, penalty: surnamePenalty(cand.nom, gender, cand.ending) + identityCost, order });
  }
  return out.sort((a, b) => a.penalty - b.penalty || a.order - b.order);
}

/** Keeps the capitalisation pattern of the input token: ALL CAPS, Capitalised (per hyphen part) or lower. */
function matchCase(template: string, lower: string): string {
  const letters = template.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return lower.toUpperCase();
  const tParts = template.split('-');
  return lower.split('-').map((p, i) => {
    const t = tParts[i] ?? tParts[0] ?? '';
    const first = t.charAt(0);
    return first !== first.toLowerCase() ? p.charAt(0).toUpperCase() + p.slice(1) : p;
  }).join('-');
}

/** Readings of a first token: listed given names, or, failing that, a guess from its ending. */
function readingsOf(token: string): Array<GivenReading & { penalty: number }> {
  const known = rankedGivenReadings(token);
  const out: Array<GivenReading & { penalty: number }> = known.map((r) => ({ nom: matchCase(token, key(r.nom)), gender: r.gender, case: r.case, penalty: r.rank }));
  if (known.some((r) => r.rank < 0.2)) return out; // a listed given name (or a form of one) is not guessed at
  // An unlisted name: guess from its ending, preferring to read it as written (Матті stays Матті). A name only
  // the lexicon knows is guessed too, costlier, since a foreign name may be another's form (Йоста: Gösta, or Йост's
  // genitive): the context's case decides (nominativeNameIn).
  const lower = key(token);
  if (!CYRILLIC_WORD_RE.test(lower)) return out;
  for (const gender of ['f', 'm'] as const) {
    for (const c of CASES) {
      for (const l of lemmas(lower, gender, c, declineGiven)) {
        // An unknown -а/-я name is most likely a woman's; an unknown consonant-final one a man's.
        const genderCost = (gender === 'f') === /[ая]$/.test(l.nom) ? 0 : 1.5;
        const obliqueCost = c === 'nom' ? 0 : 1.5;
        // No given name ends in -и or -ї in the nominative: "Лаури" is the genitive of Лаура.
        const endCost = /[иї]$/.test(l.nom) ? 2 : 0;
        out.push({ nom: matchCase(token, l.nom), gender, case: c, penalty: 4 + l.penalty + genderCost + obliqueCost + endCost });
      }
    }
  }
  return out;
}

/**
 * Memos of the pure lemmatiser entry points, by input string. A name is analysed several times an article
 * (cyrillicNames, nominativeName, the second pass over bare surnames) and the same names recur across articles:
 * inversion by synthesis was a tenth of extraction time. Bounded: cleared when full. Callers get fresh arrays
 * of frozen entries, so no caller can change what another reads.
 */
const MEMO_MAX = 20_000;
const ANALYSES_MEMO = new Map<string, readonly NameAnalysis[]>();
const CANDIDATES_MEMO = new Map<string, readonly string[]>();

function remember<T>(memo: Map<string, T>, k: string, v: T): T {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(k, v);
  return v;
}

/** All readings of a full name ("First [Patronymic] Last" or "Last First [Patronymic]"), best first. */
export function nameAnalyses(fullName: string): NameAnalysis[] {
  const cached = ANALYSES_MEMO.get(fullName) ?? remember(ANALYSES_MEMO, fullName, analyseName(fullName).map((a) => Object.freeze(a)));
  return cached.slice();
}

function analyseName(fullName: string): NameAnalysis[] {
  const tokens = normaliseApostrophes(fullName).trim().split(/\s+/).filter((t) => t !== '');
  if (tokens.length < 2 || tokens.length > 3) return [];
  const orders: Array<{ given: string; patr?: string; surname: string; cost: number }> = [];
  const [t0 = '', t1 = '', t2] = tokens;
  if (t2 === undefined) {
    orders.push({ given: t0, surname: t1, cost: 0 });
    orders.push({ given: t1, surname: t0, cost: 3 });
  } else {
    orders.push({ given: t0, patr: t1, surname: t2, cost: 0 });
    orders.push({ given: t1, patr: t2, surname: t0, cost: 1 });
  }
  const out: NameAnalysis[] = [];
  for (const o of orders) {
    if (o.patr !== undefined && !PATRONYMIC_RE.test(key(o.patr))) continue;
    for (const r of readingsOf(o.given)) {
      const sur = nameLemma(key(o.surname), 'surname', r.gender, r.case, declineSurname);
      if (!sur || sur.penalty >= 3) continue;
      let doubt = sur.doubt;
      let patr = '';
      if (o.patr !== undefined) {
        const p = nameLemma(key(o.patr), 'patronymic', r.gender, r.case, declinePatronymic);
        if (!p) continue;
        doubt += p.doubt;
        patr = matchCase(o.patr, p.nom) + ' ';
      }
      const name = `${r.nom} ${patr}${matchCase(o.surname, sur.nom)}`;
      out.push({ name, gender: r.gender, case: r.case, penalty: o.cost + r.penalty + sur.penalty + doubt });
    }
  }
  out.sort((a, b) => a.penalty - b.penalty);
  const seen = new Set<string>();
  return out.filter((a) => !seen.has(`${a.name}|${a.gender}`) && seen.add(`${a.name}|${a.gender}`) !== undefined);
}

/**
 * Restores a full person name in any case to the nominative: "Олега Немчінова" → "Олег Немчінов".
 * When nothing reads consistently the input comes back unchanged (apostrophes normalised): no wild guesses.
 */
export function nominativeName(fullName: string): { name: string; gender: Gender | 'u' } {
  const input = normaliseApostrophes(fullName).trim().replace(/\s+/g, ' ');
  const best = nameAnalyses(input)[0];
  if (best && best.penalty < 7) {
    // An unlisted given name read as written says nothing reliable about gender.
    const unknownAsIs = best.penalty >= 4 && best.name === input;
    return { name: best.name, gender: unknownAsIs ? 'u' : best.gender };
  }
  const first = input.split(' ')[0] ?? '';
  const g = GIVEN_NOMINATIVES.get(key(first))?.genders;
  return { name: input, gender: g?.length === 1 ? g[0] ?? 'u' : 'u' };
}

/** The gender of a nominative full name from its given name (or the ending of an unknown one). */
function genderOf(tokens: string[]): Gender | 'u' {
  for (const t of tokens) {
    const g = GIVEN_NOMINATIVES.get(key(t))?.genders;
    if (g?.length === 1 && g[0]) return g[0];
  }
  return 'u';
}

/** All case forms of a nominative full name, nominative first (aliases that let inflected search match). */
export function nameForms(nominative: string, gender?: Gender | 'u'): string[] {
  const tokens = normaliseApostrophes(nominative).trim().split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0 || !tokens.every((t) => CYRILLIC_WORD_RE.test(t))) return tokens.length ? [tokens.join(' ')] : [];
  let g = gender === undefined || gender === 'u' ? genderOf(tokens) : gender;
  if (g === 'u') g = /[ая]$/i.test(tokens[0] ?? '') ? 'f' : 'm';
  const gg: Gender = g;
  const perToken = tokens.map((t, i): Forms => {
    const lower = key(t);
    if (i === 0) return declineGiven(lower, gg);
    if (i === 1 && tokens.length === 3 && PATRONYMIC_RE.test(lower)) return declinePatronymic(lower, gg);
    return declineSurname(lower, gg);
  });
  const out = new Set<string>();
  for (const c of CASES) {
    let combos: string[] = [''];
    perToken.forEach((f, i) => {
      const t = tokens[i] ?? '';
      combos = combos.flatMap((prefix) => f[c].map((w) => (prefix ? prefix + ' ' : '') + matchCase(t, w)));
    });
    for (const s of combos) out.add(s);
  }
  return [...out];
}

/**
 * Plausible nominatives of one possibly inflected word (a search query word), the word itself first:
 * "Немчінова" → ["Немчінова", "Немчінов"], "Соколовської" → ["Соколовської", "Соколовська"].
 */
export function nominativeCandidates(word: string): string[] {
  return (CANDIDATES_MEMO.get(word) ?? remember(CANDIDATES_MEMO, word, candidatesOf(word))).slice();
}

function candidatesOf(word: string): string[] {
  const input = normaliseApostrophes(word).trim();
  const lower = key(input);
  const out = new Set<string>([input]);
  if (!CYRILLIC_WORD_RE.test(lower)) return [...out];
  for (const r of givenNameReadings(lower)) out.add(matchCase(input, key(r.nom)));
  for (const r of lexiconReadings(lower)) if (r.role === 'surname' && !r.marked) out.add(matchCase(input, r.lemma));
  for (const gender of ['m', 'f'] as const) {
    for (const c of CASES) {
      if (c === 'nom') continue;
      for (const l of lemmas(lower, gender, c, declineSurname)) {
        if (l.penalty < 1) out.add(matchCase(input, l.nom));
      }
    }
  }
  return [...out];
}

/** Lowercase name particles kept as written between a given name and a surname (Йост ван ден Берг). */
export const NAME_PARTICLE_RE = /^(?:ван|фон|де|ден|дер|да|ді|дю|ла|ле|дель|ель|аль|van|von|de|den|der|da|di|du|la|le|del|dos|das)$/;

/**
 * The nominative of a full name whose case (and maybe gender) the context fixes: a title in the instrumental
 * before it, a feminine verb after it. Particles are set aside and put back unchanged. Falls back to
 * `nominativeName` when no reading fits the context.
 */
export function nominativeNameIn(fullName: string, cases: readonly Case[], gender?: Gender): { name: string; gender: Gender | 'u' } {
  const words = normaliseApostrophes(fullName).trim().split(/\s+/).filter((t) => t !== '');
  const particles = words.filter((w) => NAME_PARTICLE_RE.test(w));
  const core = words.filter((w) => !NAME_PARTICLE_RE.test(w));
  const fits = nameAnalyses(core.join(' ')).filter((a) => cases.includes(a.case) && (gender === undefined || a.gender === gender));
  const best = fits[0];
  if (!best || best.penalty >= 9) return nominativeName(fullName);
  if (particles.length === 0) return { name: best.name, gender: best.gender };
  const parts = best.name.split(' ');
  const surname = parts.pop() ?? '';
  return { name: [...parts, ...particles, surname].join(' '), gender: best.gender };
}
