// The searchable forms of a name: folded canonical and seen forms, KMU-2010 Latin, and a person's case forms.
import type { ActorKind } from '../facts/schema.js';
import { nameForms } from '../extract/names.js';
import { searchFold } from '../extract/normalise.js';
import { transliterate } from '../extract/translit.js';

/** Bulk loads name the same actors in thousands of articles: the (pure) result is memoised, bounded. */
const MEMO = new Map<string, string[]>();
const MEMO_MAX = 50_000;

export function searchTerms(kind: ActorKind, name: string, nameEn: string | null | undefined, aliases: string[]): string[] {
  const key = `${kind}\u0000${name}\u0000${nameEn ?? ''}\u0000${aliases.join('\u0000')}`;
  const hit = MEMO.get(key);
  if (hit) return [...hit];
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  const terms = computeSearchTerms(kind, name, nameEn, aliases);
  MEMO.set(key, terms);
  return [...terms];
}

function computeSearchTerms(kind: ActorKind, name: string, nameEn: string | null | undefined, aliases: string[]): string[] {
  const forms = [name, transliterate(name), ...(nameEn ? [nameEn] : []), ...aliases, ...aliases.map(transliterate)];
  // Inflected forms let "Олега Немчінова" and "Соколовської" find the nominative name.
  if (kind === 'PERSON') forms.push(...nameForms(name));
  return [...new Set(forms.map(searchFold).filter(Boolean))];
}

/** Joined into the one property the full-text index reads. */
export function searchText(terms: string[]): string {
  return terms.join(' | ');
}
