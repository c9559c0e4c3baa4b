// Normalises raw article text the same way for every reader: line ends, invisible characters, markdown residue.

/**
 * Line ends become \n, a BOM and zero-width characters go, no-break spaces become spaces, and trailing spaces
 * are trimmed. Apostrophes and quotes are left as written: the extractor owns their meaning.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/[ \t]+$/gm, '');
}

/**
 * Some scrapers hand over a digest as light markdown ("**Олега Немчінова**", "[Детально на сайті АМУ](#)").
 * Keeping the words and dropping the markup lets the extractor read names and sentences as prose.
 */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1');
}

/** Joins lines into a body: outer blank lines dropped, runs of blank lines kept as one paragraph break. */
export function joinBody(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
