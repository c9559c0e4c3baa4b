// Forward declension of Ukrainian person names: given names, patronymics and surnames by ending class.
// Lowercase in, lowercase out; the lemmatiser inverts these by generating candidates and checking them here.
import { MALE_STEMS } from './given-names.js';

export type Gender = 'm' | 'f';
/** The six cases a name takes in news prose; the vocative is left out because news text does not address people. */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc';
export const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc'];
/** Every form of one word, by case; a case may have variants (Олегу / Олегові). */
export type Forms = Record<Case, string[]>;

const VOWELS = 'аеєиіїоуюя';
/** Hushing consonants: nouns ending in them take the "mixed" endings (-ем, -еві, -і). */
const SIBILANTS = 'жчшщ';
/** Velar alternation before -і in the dative and locative: Ольга → Ользі, Ступка → Ступці. */
const VELAR_ALT: Readonly<Record<string, string>> = { г: 'з', к: 'ц', х: 'с' };

export function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}
function last(s: string): string {
  return s.charAt(s.length - 1);
}

function forms(nom: string, gen: string[], dat: string[], acc: string[], ins: string[], loc: string[]): Forms {
  return { nom: [nom], gen, dat, acc, ins, loc };
}

/** Nouns in -а, male or female: Марина, Микола, Негода. */
export function declA(stem: string): Forms {
  const end = last(stem);
  const sib = SIBILANTS.includes(end);
  const alt = VELAR_ALT[end];
  const datStem = alt ? stem.slice(0, -1) + alt : stem;
  return forms(stem + 'а', [stem + (sib ? 'і' : 'и')], [datStem + 'і'], [stem + 'у'], [stem + (sib ? 'ею' : 'ою')], [datStem + 'і']);
}

/** Nouns in -я: Юлія, Олеся, Ілля, Дар'я (after a vowel or apostrophe the endings are iotated: Юлії, Юлією). */
export function declYa(stem: string): Forms {
  const end = last(stem);
  const iot = isVowel(end) || end === "'";
  const i = iot ? 'ї' : 'і';
  return forms(stem + 'я', [stem + i], [stem + i], [stem + 'ю'], [stem + (iot ? 'єю' : 'ею')], [stem + i]);
}

/** Hard masculine nouns, with nothing or -о in the nominative: Олег, Павло, Музиченко, Ткач. */
export function declHard(stem: string, nomEnding = ''): Forms {
  const sib = SIBILANTS.includes(last(stem));
  const ovi = stem + (sib ? 'еві' : 'ові');
  return forms(stem + nomEnding, [stem + 'а'], [stem + 'у', ovi], [stem + 'а'], [stem + (sib ? 'ем' : 'ом')], [ovi, stem + 'у']);
}

/** Soft masculine nouns: Василь (stem Васил), Ігор, Кравець (stem Кравц). */
export function declSoft(stem: string, nom: string): Forms {
  return forms(nom, [stem + 'я'], [stem + 'ю', stem + 'еві'], [stem + 'я'], [stem + 'ем'], [stem + 'еві', stem + 'ю']);
}

/** Masculine nouns in vowel + й: Віталій, Миколай, Гордій. */
export function declJ(nom: string): Forms {
  const stem = nom.slice(0, -1);
  return forms(nom, [stem + 'я'], [stem + 'ю', stem + 'єві'], [stem + 'я'], [stem + 'єм'], [stem + 'єві', stem + 'ю']);
}

/** Masculine adjectival surnames: Згурський, Білий (hard), Задорожній (soft). */
export function declAdjM(nom: string): Forms {
  if (nom.endsWith('ій')) {
    const s = nom.slice(0, -2);
    return forms(nom, [s + 'ього'], [s + 'ьому'], [s + 'ього'], [s + 'ім'], [s + 'ьому', s + 'ім']);
  }
  const s = nom.slice(0, -2);
  return forms(nom, [s + 'ого'], [s + 'ому'], [s + 'ого'], [s + 'им'], [s + 'ому', s + 'ім']);
}

/** Feminine adjectival surnames: Соколовська, Іванова, Задорожня. */
export function declAdjF(nom: string): Forms {
  if (nom.endsWith('я')) {
    const s = nom.slice(0, -1);
    return forms(nom, [s + 'ьої'], [s + 'ій'], [s + 'ю'], [s + 'ьою'], [s + 'ій']);
  }
  const s = nom.slice(0, -1);
  return forms(nom, [s + 'ої'], [s + 'ій'], [s + 'у'], [s + 'ою'], [s + 'ій']);
}

/** Masculine possessive surnames in -ов/-ев/-ін/-ин: the instrumental is -им (Немчіновим). */
export function declPossM(nom: string): Forms {
  const ins = nom.endsWith('ин') || nom.endsWith('ін') || nom.endsWith('їн') ? [nom + 'им', nom + 'ом'] : [nom + 'им'];
  return forms(nom, [nom + 'а'], [nom + 'у'], [nom + 'а'], ins, [nom + 'і', nom + 'у']);
}

/** Names that do not change: consonant-final feminine surnames (Скляр, Делланс), -енко for women, foreign -і/-е. */
export function indeclinable(nom: string): Forms {
  return forms(nom, [nom], [nom], [nom], [nom], [nom]);
}

/** Masculine nouns by ending, shared by given names and surnames that are nouns. */
function declMaleNoun(nom: string): Forms {
  const end = last(nom);
  if (end === 'а') return declA(nom.slice(0, -1));
  if (end === 'я') return declYa(nom.slice(0, -1));
  if (end === 'о') return declHard(nom.slice(0, -1), 'о');
  if (end === 'й' && isVowel(nom.charAt(nom.length - 2))) return declJ(nom);
  if (nom.endsWith('ець') && nom.length > 4) return declSoft(nom.slice(0, -3) + 'ц', nom);
  if (end === 'ь') return declSoft(nom.slice(0, -1), nom);
  if ('еєіїуюи'.includes(end)) return indeclinable(nom);
  return declHard(nom);
}

/** All case forms of a given name (lowercase nominative) for a gender. */
export function declineGiven(nom: string, gender: Gender): Forms {
  if (gender === 'f') {
    if (nom.endsWith('а')) return declA(nom.slice(0, -1));
    if (nom.endsWith('я')) return declYa(nom.slice(0, -1));
    if (nom === 'любов') return forms(nom, ['любові'], ['любові'], [nom], ["любов'ю"], ['любові']);
    return indeclinable(nom);
  }
  const special = MALE_STEMS[nom];
  if (special) {
    if (special.soft) return declSoft(special.stem, nom);
    const f = declHard(special.stem);
    f.nom = [nom];
    return f;
  }
  return declMaleNoun(nom);
}

/** Whether a lowercase word looks like a patronymic: -ович/-евич/-іч or -івна/-ївна in any case. */
export const PATRONYMIC_RE = /^[а-яіїєґ']+(?:ович|евич|йович|євич|іч|ич)(?:а|у|еві|ем|ові)?$|^[а-яіїєґ']+(?:івн|ївн|инічн|ічн)(?:а|и|і|у|ою)$/;

/** All case forms of a patronymic (lowercase nominative). */
export function declinePatronymic(nom: string, gender: Gender): Forms {
  if (gender === 'f') return nom.endsWith('а') ? declA(nom.slice(0, -1)) : indeclinable(nom);
  return declHard(nom);
}

const ADJ_F_RE = /(?:ськ|цьк|зьк|ов|ев|єв|ін|їн|ин)а$|[^аеєиіїоуюя]ня$/;
const POSS_M_RE = /(?:ов|ев|єв|ін|їн|ин)$/;
const ADJ_M_RE = /(?:ий|[нж]ій)$/;

/** All case forms of a surname (lowercase nominative) for a gender, by its ending class. */
export function declineSurname(nom: string, gender: Gender): Forms {
  if (nom.includes('-')) return declineCompound(nom, (p) => declineSurname(p, gender));
  if (gender === 'f') {
    if (ADJ_F_RE.test(nom)) return declAdjF(nom);
    if (nom.endsWith('а')) return declA(nom.slice(0, -1));
    if (nom.endsWith('я')) return declYa(nom.slice(0, -1));
    return indeclinable(nom);
  }
  if (ADJ_M_RE.test(nom)) return declAdjM(nom);
  if (POSS_M_RE.test(nom)) return declPossM(nom);
  const f = declMaleNoun(nom);
  // Agent nouns in -ар/-яр/-ир go both ways (Скляра, Кобзаря): accept either.
  if (/(?:ар|яр|ир)$/.test(nom)) {
    const soft = declSoft(nom, nom);
    for (const c of CASES) if (c !== 'nom') f[c] = [...f[c], ...soft[c]];
  }
  return f;
}

/** Double-barrelled surnames decline part by part: Петров-Водкін → Петрова-Водкіна. */
function declineCompound(nom: string, decline: (part: string) => Forms): Forms {
  const parts = nom.split('-').map(decline);
  const out = indeclinable(nom);
  for (const c of CASES) {
    out[c] = [parts.map((p) => p[c][0] ?? '').join('-')];
  }
  return out;
}
