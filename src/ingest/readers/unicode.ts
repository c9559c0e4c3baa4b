// Article text as well-formed Unicode in one form: what a JSON escape or a broken scraper hands over is made text
// before anything reads, hashes or stores it.

// A high surrogate not followed by a low one, or a low one not preceded by a high one (code units, no `u` flag).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Lone surrogates become U+FFFD (as String.prototype.toWellFormed does) and the text is composed (NFC), so "й"
 * typed as и + combining breve reads, matches and hashes as the one letter.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').normalize('NFC');
}

/** The same for every string inside a value (an article's title, tags, teasers, ...). */
export function wellFormedDeep<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => wellFormedDeep(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormedDeep(v)])) as T;
  }
  return value;
}

/** Whether any letter or digit is left: U+FFFD, marks, punctuation and spaces alone are no article. */
export function hasText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

export const NO_TEXT = 'no text (no letter or digit) once made well-formed Unicode: lone surrogates become U+FFFD, which is not text';
