// Text normalisation shared by indexing and querying: one apostrophe, and a search fold used on both sides.

/**
 * Every character Ukrainian text uses as an apostrophe: right/left single quote, modifier letter apostrophe,
 * grave, acute, prime, modifier turned comma, fullwidth apostrophe and the ASCII one itself.
 */
const APOSTROPHES_RE = /[\u2019\u2018\u02BC\u0060\u00B4\u2032\u02BB\uFF07']/g;
/** Unicode hyphens and the non-breaking hyphen: written differently, meant as the same hyphen. */
const HYPHENS_RE = /[\u2010\u2011]/g;
/** Anything that is not a letter, a combining mark, a digit, whitespace or the hyphen. */
const NOT_WORDISH_RE = /[^\p{L}\p{M}\p{N}\s-]+/gu;
const WHITESPACE_RE = /\s+/g;

/** Maps every apostrophe variant to ASCII `'`, so that "В’ячеслав", "Вʼячеслав" and "В'ячеслав" are one string. */
export function normaliseApostrophes(s: string): string {
  return s.replace(APOSTROPHES_RE, "'");
}

/**
 * The fold applied identically at index and at query time: NFC, lowercase, apostrophes removed (people type
 * them three ways or not at all), punctuation other than the hyphen turned into spaces, whitespace collapsed.
 */
export function searchFold(s: string): string {
  return normaliseApostrophes(s.normalize('NFC'))
    .toLowerCase()
    .replace(APOSTROPHES_RE, '')
    .replace(HYPHENS_RE, '-')
    .replace(NOT_WORDISH_RE, ' ')
    .replace(WHITESPACE_RE, ' ')
    .trim();
}
