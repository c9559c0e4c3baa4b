// A fact's evidence as the statements return it: its article ids and sentences as two lists, each read once from
// the relationship (a map per sentence read both lists again for every sentence: O(n²) for a much-cited fact).
import type { EvidenceRow } from '../article/rows.js';

/** Pairs article ids with their sentences; the lists are written together (cypher/store), a pair missing its sentence is not shown. */
export function zipEvidence(articles: readonly string[] | null, sentences: readonly (string | null)[] | null): EvidenceRow[] {
  return (articles ?? []).flatMap((articleId, i) => {
    const sentence = sentences?.[i];
    return sentence == null ? [] : [{ articleId, sentence }];
  });
}
