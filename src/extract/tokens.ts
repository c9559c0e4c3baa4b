// Tokenises a sentence into words, numbers, quotes and punctuation, with offsets, case flags and a light stem.
import { normaliseApostrophes } from './normalise.js';

export interface Token {
  /** As written, apostrophes normalised. */
  text: string;
  lower: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** Starts with a capital letter. */
  cap: boolean;
  /** Written all in capitals (an abbreviation such as АМУ). */
  caps: boolean;
  latin: boolean;
  /** Inflection-insensitive key used by the gazetteer. */
  stem: string;
}

const TOKEN_RE = /[\p{L}\p{M}](?:[\p{L}\p{M}\d'’ʼ`]|-(?=[\p{L}\d]))*|\d+(?:[.,:/]\d+)*|[«»“”„"]|[–—]|-|[.,:;!?()\[\]…/№%+]/gu;
const LATIN_RE = /^[A-Za-z]/;

/** Case endings stripped by the stemmer, longest first. The stem keeps at least three letters. */
const ENDINGS = [
  'ього', 'ьому', 'ями', 'ами', 'ого', 'ому', 'ими', 'ього', 'ння', 'нню', 'нням', 'нні',
  'ією', 'ої', 'ою', 'ею', 'єю', 'ів', 'їв', 'ах', 'ях', 'их', 'іх', 'ам', 'ям', 'ом', 'ем', 'єм', 'ий', 'ій', 'ія', 'ії', 'ію', 'им', 'ім',
  'ов', 'а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'е', 'є', 'о', 'ь', 'й',
].sort((a, b) => b.length - a.length);

/** A light Ukrainian stem: lowercase, apostrophes dropped, one case ending removed; Latin words lose a plural -s. */
export function stem(word: string): string {
  const w = normaliseApostrophes(word).toLowerCase().replace(/'/g, '');
  if (LATIN_RE.test(w)) return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  for (const e of ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, -e.length);
  }
  return w;
}

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = normaliseApostrophes(m[0]);
    const start = m.index ?? 0;
    const first = raw.charAt(0);
    const isWord = /\p{L}/u.test(first);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    out.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + m[0].length,
      kind: isWord ? 'word' : /\d/.test(first) ? 'number' : 'punct',
      cap: isWord && first !== first.toLowerCase(),
      caps: isWord && letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      latin: LATIN_RE.test(raw),
      stem: isWord ? stem(raw) : raw,
    });
  }
  return out;
}
