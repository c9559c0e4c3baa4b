// Foreign names in Latin spelling → the Ukrainian spelling Ukrainian media use (Holmberg → Гольмберг,
// Zieliński → Зелінський, Whitfield → Вітфілд). Practical transcription by the name's language, which the
// surname's letters tell (sz, -ski, qv, sch, -nen, é) or else its given name does. Not exact for every name:
// it is the best reading the rules give, used where the text offers no Ukrainian form.
import { foreignGiven, type NameLang } from './foreign-given-names.js';
import { memoise } from '../shared/memo.js';
import { backTransliterate } from './latin-names.js';

/** The language a surname's letters point to, or undefined when they say nothing. */
export function surnameLang(word: string): NameLang | undefined {
  const w = word.toLowerCase();
  if (/[ąćęłńśźż]|szcz|(?:ski|cki|ska|cka|dzki|wicz)$|rz[aeiouy]|[^s]cz/.test(w)) return 'pl';
  if (/[řěů]/.test(w)) return 'cs';
  if (/[åøæ]|qv|kvist|ström|(?:sson|dahl|holm|gren|qvist|lund|berg|feldt|vik)$/.test(w)) return 'sv';
  if (/(?:nen|inen|lainen)$|aa|ii|uu|yy|ää/.test(w)) return 'fi';
  if (/(?:aitis|aitė|ienė|auskas|iūnas|evičius)$|[ėūų]/.test(w)) return 'lt';
  if (/ij|oo|^van$|(?:sma|stra|ink)$|uij/.test(w)) return 'nl';
  if (/[éèêçë]|eau|(?:and|ard|ier|ault|eux|oux|ot|et|ois|ette|elle)$/.test(w)) return 'fr';
  if (/(?:ez|az|oz)$|ñ/.test(w)) return 'es';
  if (/(?:ini|elli|etti|ucci|one|azzi|acci)$|gli|cch/.test(w)) return 'it';
  if (/sch|ß|[äöü]|tz|(?:mann|dt|hn|hl|hr|ert|rich|inger|ler|mayer|meier|bauer|huber)$|ei|eu|ck/.test(w)) return 'de';
  return undefined;
}

type Rule = readonly [RegExp, string];

/** Letter rules by language, applied in order to a lowercase word; later common rules finish the rest. */
const RULES: Readonly<Partial<Record<NameLang, readonly Rule[]>>> = {
  pl: [
    [/ński$/, 'нський'], [/ńska$/, 'нська'], [/icki$/, 'ицький'], [/icka$/, 'ицька'], [/cki$/, 'цький'], [/cka$/, 'цька'],
    [/ski$/, 'ський'], [/ska$/, 'ська'], [/wicz$/, 'вич'], [/szcz/g, 'щ'], [/([ptk])rz/g, '$1ш'], [/rz/g, 'ж'],
    [/sz/g, 'ш'], [/cz/g, 'ч'], [/ch/g, 'х'], [/ł/g, 'в'], [/ó/g, 'у'], [/ą/g, 'он'], [/ę/g, 'ен'], [/ś/g, 'сь'],
    [/ć/g, 'ць'], [/ń/g, 'нь'], [/ż/g, 'ж'], [/ź/g, 'зь'], [/([bcdfghklmnprstwz])ie/g, '$1е'], [/([bcdfghklmnprstwz])ia(?!$)/g, '$1я'],
    [/([bcdfghklmnprstwz])io/g, '$1ьо'], [/c/g, 'ц'], [/y/g, 'и'], [/w/g, 'в'], [/j/g, 'й'],
  ],
  cs: [[/ř/g, 'рж'], [/ch/g, 'х'], [/š/g, 'ш'], [/ž/g, 'ж'], [/č/g, 'ч'], [/ě/g, 'є'], [/ů/g, 'у'], [/ý/g, 'и'], [/á/g, 'а'], [/í/g, 'і'], [/c/g, 'ц'], [/j/g, 'й']],
  de: [
    [/tsch/g, 'ч'], [/sch/g, 'ш'], [/ch/g, 'х'], [/ck/g, 'кк'], [/ß/g, 'сс'], [/tz/g, 'ц'], [/[ae][iy]/g, 'ай'],
    [/[eä]u/g, 'ой'], [/ie/g, 'і'], [/qu/g, 'кв'], [/([^aeiouyäöü])ö/g, '$1ьо'], [/ö/g, 'е'], [/ü/g, 'ю'], [/ä/g, 'е'], [/z/g, 'ц'],
    [/v/g, 'ф'], [/([aeiou])h(?![aeiouy])/g, '$1'], [/j/g, 'й'],
  ],
  nl: [[/sch/g, 'сх'], [/ij|ei/g, 'ей'], [/ui/g, 'ей'], [/oe/g, 'у'], [/oo/g, 'о'], [/ee/g, 'е'], [/aa/g, 'а'], [/uu/g, 'ю'], [/ie/g, 'і'], [/g/g, 'х'], [/j/g, 'й']],
  sv: [[/qv/g, 'кв'], [/sj|sk(?=[eiyäö])/g, 'ш'], [/ck/g, 'к'], [/å/g, 'о'], [/[øö]/g, 'е'], [/[äæ]/g, 'е'], [/y/g, 'ю'], [/([aeiou])h(?![aeiouy])/g, '$1'], [/j/g, 'й']],
  fi: [[/ä/g, 'я'], [/ö/g, 'е'], [/y/g, 'ю'], [/j/g, 'й']],
  lt: [[/š/g, 'ш'], [/ž/g, 'ж'], [/č/g, 'ч'], [/[ūų]/g, 'у'], [/ė/g, 'е'], [/[yį]/g, 'і'], [/ą/g, 'а'], [/ę/g, 'е'], [/c/g, 'ц'], [/j/g, 'й']],
  et: [[/õ/g, 'и'], [/ä/g, 'я'], [/ö/g, 'е'], [/ü/g, 'ю'], [/j/g, 'й']],
  fr: [
    [/eau/g, 'о'], [/ou/g, 'у'], [/oi/g, 'уа'], [/ch/g, 'ш'], [/qu/g, 'к'], [/gn/g, 'нь'], [/[éèêë]/g, 'е'], [/ç/g, 'с'],
    [/(?:and|ant|ent)$/, 'ан'], [/ie$/, 'і'], [/([^aeiou])e$/, '$1'], [/[dtsx]$/, ''], [/([^o])u/g, '$1ю'], [/^u/, 'ю'], [/y/g, 'і'], [/j/g, 'ж'],
    [/c(?=[eiy])/g, 'с'],
  ],
  es: [[/qu/g, 'к'], [/ch/g, 'ч'], [/ll/g, 'ль'], [/ñ/g, 'нь'], [/j/g, 'х'], [/z/g, 'с'], [/h/g, ''], [/c(?=[ei])/g, 'с'], [/[áà]/g, 'а'], [/[éè]/g, 'е'], [/í/g, 'і'], [/[óò]/g, 'о'], [/ú/g, 'у']],
  it: [[/cch/g, 'кк'], [/ch/g, 'к'], [/gli/g, 'льї'], [/gn/g, 'нь'], [/cc(?=[ei])/g, 'чч'], [/c(?=[ei])/g, 'ч'], [/gg(?=[ei])/g, 'дж'], [/g(?=[ei])/g, 'дж'], [/sc(?=[ei])/g, 'ш'], [/z/g, 'ц'], [/h/g, '']],
  en: [
    [/tch/g, 'ч'], [/ch/g, 'ч'], [/sh/g, 'ш'], [/th/g, 'т'], [/ph/g, 'ф'], [/wh/g, 'в'], [/ck/g, 'к'], [/qu/g, 'кв'],
    [/igh/g, 'ай'], [/ee|ea/g, 'і'], [/ie(?=[^aeiou])/g, 'і'], [/oo/g, 'у'], [/ow$/g, 'оу'], [/ay|ai|ey$/g, 'ей'], [/ou/g, 'ау'],
    [/y$/, 'і'], [/([^aeiou])y(?=[^aeiou])/g, '$1і'], [/^j|([^d])j/g, '$1дж'], [/c(?=[eiy])/g, 'с'], [/([aeiou])h(?![aeiouy])/g, '$1'],
    [/([^aeiou])e$/, '$1'], [/ew$/, 'ью'],
  ],
};

/** What every language shares once its own rules have run. */
const COMMON: readonly Rule[] = [
  // Claudia, Sofia, Julia: a final -ia is -ія in every language.
  [/ia$/, 'ія'],
  [/x/g, 'кс'], [/ph/g, 'ф'], [/th/g, 'т'], [/a/g, 'а'], [/b/g, 'б'], [/c/g, 'к'], [/d/g, 'д'], [/e/g, 'е'], [/f/g, 'ф'],
  [/g/g, 'г'], [/h/g, 'г'], [/i/g, 'і'], [/k/g, 'к'], [/l/g, 'л'], [/m/g, 'м'], [/n/g, 'н'], [/o/g, 'о'], [/p/g, 'п'],
  [/q/g, 'к'], [/r/g, 'р'], [/s/g, 'с'], [/t/g, 'т'], [/u/g, 'у'], [/v/g, 'в'], [/w/g, 'в'], [/y/g, 'і'], [/z/g, 'з'],
  [/j/g, 'й'], [/[áàâ]/g, 'а'], [/[éèêë]/g, 'е'], [/[íìîï]/g, 'і'], [/[óòôõ]/g, 'о'], [/[úùû]/g, 'у'], [/ü/g, 'ю'], [/ö/g, 'е'], [/ä/g, 'е'],
  // й before a vowel is written with the iotated letter (Majewski → Маєвський, Jan → Ян).
  [/йа/g, 'я'], [/йе/g, 'є'], [/йу/g, 'ю'], [/йі/g, 'ї'],
];

/**
 * COMMON's longest run of one-letter rules (a → а … ä → е), applied as one table in a single pass over the word.
 * The result is the same as rule after rule because no rule in the run writes a letter another one reads (checked
 * here; otherwise the run is left empty and every rule runs on its own). Each regex pass cost as much as the table.
 */
const LETTER_RULE_RE = /^(?:[^\\[\](){}.*+?^$|]|\[[^\\\]^-]+\])$/u;
const { letterRun, letterMap } = ((): { letterRun: readonly [number, number]; letterMap: ReadonlyMap<string, string> } => {
  const simple = COMMON.map(([re]) => re.flags === 'g' && LETTER_RULE_RE.test(re.source));
  let best: [number, number] = [0, 0];
  for (let i = 0; i < simple.length; i++) {
    let j = i;
    while (j < simple.length && simple[j]) j++;
    if (j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  const map = new Map<string, string>();
  for (const [re, rep] of COMMON.slice(best[0], best[1])) {
    for (const ch of re.source.replace(/^\[|\]$/g, '')) if (!map.has(ch)) map.set(ch, rep);
  }
  const writesRead = [...map.values()].some((rep) => [...rep].some((ch) => map.has(ch)) || rep.includes('$'));
  return writesRead ? { letterRun: [0, 0], letterMap: new Map() } : { letterRun: best, letterMap: map };
})();

function mapLetters(w: string): string {
  let out = '';
  for (const ch of w) out += letterMap.get(ch) ?? ch;
  return out;
}

/** Transcribes one word (no spaces) in the given language. */
export function transcribeWord(word: string, lang: NameLang): string {
  let w = word.toLowerCase();
  for (const [re, rep] of RULES[lang] ?? []) w = w.replace(re, rep);
  // Outside English, an l before a consonant or at the end is soft: Holmberg → Гольмберг, Vogel → Фогель.
  if (lang !== 'en' && lang !== 'lt') w = w.replace(/(?<!l)l(?=[bcdfghjkmnpqrstvwxzбвгґджзйкмнпрстфхцчшщ]|$)/g, 'ль');
  for (let r = 0; r < COMMON.length; r++) {
    if (r === letterRun[0] && letterRun[1] > letterRun[0]) { w = mapLetters(w); r = letterRun[1] - 1; continue; }
    const [re, rep] = COMMON[r] ?? [/$^/, ''];
    w = w.replace(re, rep);
  }
  w = w.replace(/[^\p{L}'-]/gu, '');
  // Capitals per hyphenated part and after an Irish O' (O'Коннор).
  return w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-').replace(/^(О')(\p{L})/u, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** A Latin foreign full name ("Given [particles] Surname") in Ukrainian spelling. */
export function foreignNameToUk(latin: string): string {
  const words = latin.trim().split(/\s+/);
  const given = words[0] ?? '';
  const surname = words[words.length - 1] ?? '';
  const particles = words.slice(1, -1);
  const readings = foreignGiven(given);
  const fromSurname = surnameLang(surname);
  const lang: NameLang = fromSurname ?? readings[0]?.lang ?? 'en';
  // A given name listed in several languages is spelt as the surname's language spells it (Michael: Майкл/Міхаель).
  const reading = readings.find((r) => r.lang === lang) ?? readings[0];
  // "Jean-Luc", "Anna-Karin": each part of a double given name is looked up on its own.
  const givenUk = reading?.uk ?? given.split('-').map((g) => {
    const r = foreignGiven(g);
    return (r.find((x) => x.lang === lang) ?? r[0])?.uk ?? transcribeWord(g, surnameLang(g) ?? lang);
  }).join('-');
  const surnameUk = transcribeWord(surname, lang);
  return [givenUk, ...particles.map((p) => transcribeWord(p, lang).toLowerCase()), surnameUk].join(' ');
}

const ALL_LANGS: readonly NameLang[] = ['en', 'de', 'nl', 'sv', 'fi', 'pl', 'cs', 'fr', 'es', 'it', 'lt', 'et'];

/**
 * Readings by word, bounded (cleared when full): the second pass over bare surnames asks for every capitalised
 * Latin word of every sentence, each one a dozen languages of transcription rules, the same words article after article.
 */

/** Ukrainian spellings a Latin surname may have met earlier in the article: KMU back-transliteration and each language's. */
export function latinSurnameReadings(word: string): string[] {
  return rememberedReadings(word).slice();
}

const rememberedReadings: (word: string) => readonly string[] = memoise(readingsOf, 20_000);

function readingsOf(word: string): string[] {
  if (!/^\p{Lu}[\p{Ll}']+$/u.test(word)) return [];
  const out = new Set<string>();
  const kmu = backTransliterate(word);
  if (kmu) out.add(kmu);
  const lang = surnameLang(word);
  for (const l of lang ? [lang] : ALL_LANGS) out.add(transcribeWord(word, l));
  return [...out];
}
