// KMU-2010 romanisation of Ukrainian (Cabinet of Ministers resolution No. 55 of 27.01.2010) and slugs built on it.
import { memoise } from '../shared/memo.js';

/** Letters whose Latin form does not depend on their place in the word. */
const TABLE: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'y', і: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ь: '', ы: 'y', э: 'e', ё: 'io', ъ: '',
};
/** є ї й ю я: one form at the start of a word, another inside it. */
const INITIAL: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const MEDIAL: Readonly<Record<string, string>> = { є: 'ie', ї: 'i', й: 'i', ю: 'iu', я: 'ia' };

const APOSTROPHE_RE = /[\u2019\u2018\u02BC\u0060\u00B4\u2032\u02BB\uFF07']/;
const CYRILLIC_RE = /[\u0400-\u04FF]/;
const LETTER_RE = /[\p{L}]/u;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A capital inside an all-capitals word is written all in capitals ("ЩЕ" → "SHCHE"), otherwise only its first letter. */
function applyCase(latin: string, upper: boolean, wordIsCaps: boolean): string {
  if (!upper || latin === '') return latin;
  if (wordIsCaps) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** Marks the characters that belong to an all-capitals word of two or more letters. */
function capsMask(chars: string[]): boolean[] {
  const mask = new Array<boolean>(chars.length).fill(false);
  let i = 0;
  while (i < chars.length) {
    if (!LETTER_RE.test(chars[i] ?? '')) { i++; continue; }
    let j = i;
    let letters = 0;
    let allUpper = true;
    while (j < chars.length && (LETTER_RE.test(chars[j] ?? '') || APOSTROPHE_RE.test(chars[j] ?? ''))) {
      const c = chars[j] ?? '';
      if (LETTER_RE.test(c)) { letters++; if (!isUpper(c)) allUpper = false; }
      j++;
    }
    if (allUpper && letters > 1) for (let k = i; k < j; k++) mask[k] = true;
    i = j;
  }
  return mask;
}

/**
 * Romanisations of short strings (names, titles, ids), bounded and cleared when full: an article romanises each
 * person's name several times (canonical names, nameEn, Latin matches), the same names across a corpus.
 */
const SHORT = 200;

/** Romanises Ukrainian text by the KMU-2010 table; Latin and other characters pass through unchanged. */
export const transliterate: (uk: string) => string = memoise(romanise, 50_000, SHORT);

function romanise(uk: string): string {
  const chars = Array.from(uk.normalize('NFC'));
  const caps = capsMask(chars);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const lower = ch.toLowerCase();
    const prev = i > 0 ? chars[i - 1] ?? '' : '';
    const next = chars[i + 1] ?? '';
    if (APOSTROPHE_RE.test(ch)) {
      // The apostrophe is a Ukrainian letter sign and is dropped; between Latin letters (O'Brien) it is kept.
      if (CYRILLIC_RE.test(prev) || CYRILLIC_RE.test(next)) continue;
      out += ch;
      continue;
    }
    let latin: string | undefined;
    if (lower in INITIAL) {
      // Word-initial means no letter (nor apostrophe) before it: "В'ячеслав" has я inside the word.
      const initial = !(LETTER_RE.test(prev) || APOSTROPHE_RE.test(prev));
      latin = (initial ? INITIAL : MEDIAL)[lower];
    } else if (lower === 'г' && prev.toLowerCase() === 'з') {
      latin = 'gh'; // "зг" is written "zgh" so that it is not read as "zh".
    } else {
      latin = TABLE[lower];
    }
    if (latin === undefined) { out += ch; continue; }
    out += applyCase(latin, isUpper(ch), caps[i] ?? false);
  }
  return out;
}

/** A readable ASCII id part: KMU-2010 Latin, lowercase, runs of anything else collapsed into one dash. */
export function slugify(s: string): string {
  return transliterate(s)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u02BC`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
