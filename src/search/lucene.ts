// Builds the Lucene query for a search box string: folded like the index, each word with its nominative candidates.
import { nominativeCandidates } from '../extract/names.js';
import { searchFold } from '../extract/normalise.js';

export const MAX_QUERY_WORDS = 8;

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const escape = (t: string) => t.replace(SPECIAL, (c) => `\\${c}`);

/**
 * Every word must match (AND). Within a word: the exact folded form ranks first, then forms the name lemmatiser
 * offers ("немчінова" -> "немчінов"), then a prefix (people type half a name), then one edit for typos.
 */
export function toLucene(query: string): string | null {
  const words = searchFold(query).split(/[\s-]+/).filter(Boolean).slice(0, MAX_QUERY_WORDS);
  if (!words.length) return null;
  const groups = words.map((w) => {
    const lemmas = [...new Set(nominativeCandidates(w).map(searchFold))].filter((x) => x && x !== w);
    const parts = [`${escape(w)}^4`, ...lemmas.map((l) => `${escape(l)}^2`)];
    if (w.length >= 3) parts.push(`${escape(w)}*`);
    if (w.length >= 5) parts.push(`${escape(w)}~1`);
    return `(${parts.join(' OR ')})`;
  });
  return groups.join(' AND ');
}
