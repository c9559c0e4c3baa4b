// Tells Ukrainian from English text by the share of Cyrillic among its letters.

/**
 * 'uk' when Cyrillic letters are at least as many as Latin ones, else 'en'.
 * Only uk/en are in scope, and their alphabets do not overlap, so a letter count is both honest and enough;
 * Latin abbreviations (USAID, GIZ, PROSTO) inside Ukrainian prose are far outnumbered by the Cyrillic words.
 * Text with no letters at all defaults to 'uk', the portals' main language.
 */
export function detectLang(text: string): 'uk' | 'en' {
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic += 1;
    else if (/[A-Za-z]/.test(ch)) latin += 1;
  }
  return latin > cyrillic ? 'en' : 'uk';
}
