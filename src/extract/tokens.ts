// Tokenises a sentence into words, numbers, quotes and punctuation, with offsets, case flags and a light stem.
import { normaliseApostrophes } from './normalise.js';
import { memoise } from '../shared/memo.js';

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

/** ENDINGS by their last letter, in the same order: a word is only tried against the endings it can have. */
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const e of ENDINGS) {
  const list = ENDINGS_BY_LAST.get(e.slice(-1)) ?? [];
  list.push(e);
  ENDINGS_BY_LAST.set(e.slice(-1), list);
}

/** The stem of a word already lowercased, with apostrophes normalised and dropped. */
function stemLower(w: string): string {
  if (LATIN_RE.test(w)) return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  for (const e of ENDINGS_BY_LAST.get(w.slice(-1)) ?? []) {
    if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, -e.length);
  }
  return w;
}

/** stem by the word as written, bounded (cleared when full): title matching stems the same context words again and again. */
/** A light Ukrainian stem: lowercase, apostrophes dropped, one case ending removed; Latin words lose a plural -s. */
export const stem: (word: string) => string = memoise((word) => stemLower(normaliseApostrophes(word).toLowerCase().replace(/'/g, '')));

const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\d/;
const NOT_LETTER_RE = /[^\p{L}]/gu;

function allCaps(letters: string): boolean {
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  // Apostrophes are normalised one for one (same offsets), so once for the sentence rather than for each token.
  const norm = normaliseApostrophes(text);
  const same = norm === text;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const raw = same ? m[0] : norm.slice(start, start + m[0].length);
    const first = raw.charAt(0);
    const isWord = LETTER_RE.test(first);
    const lower = raw.toLowerCase();
    out.push({
      text: raw,
      lower,
      start,
      end: start + m[0].length,
      kind: isWord ? 'word' : DIGIT_RE.test(first) ? 'number' : 'punct',
      cap: isWord && first !== first.toLowerCase(),
      // A word starting with a lowercase letter is never all capitals: its letters are only compared otherwise.
      caps: isWord && first === first.toUpperCase() && allCaps(raw.replace(NOT_LETTER_RE, '')),
      latin: LATIN_RE.test(raw),
      // raw has its apostrophes normalised already: its stem is that of its lowercase form without them.
      stem: isWord ? stemLower(lower.includes("'") ? lower.replace(/'/g, '') : lower) : raw,
    });
  }
  return out;
}
