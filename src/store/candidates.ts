// Picks the one existing node a name refers to; several left after the oblast filter means ambiguous.
import { searchFold } from '../extract/normalise.js';

export interface Candidate { id: string; oblastKey: string | null }

export function pickCandidate(candidates: Candidate[], oblast: string | null | undefined): { id?: string; ambiguous: string[] } {
  let left = candidates;
  if (left.length > 1 && oblast) {
    // Hromada names repeat across oblasts: the oblast named with it decides ("Донецька область" ~ "донецька ...").
    const stem = searchFold(oblast).split(' ')[0]?.slice(0, 6) ?? '';
    left = left.filter((c) => c.oblastKey?.startsWith(stem));
  }
  const ids = [...new Set(left.map((c) => c.id))];
  return ids.length === 1 ? { id: ids[0], ambiguous: [] } : { ambiguous: ids.length > 1 ? ids : [] };
}
