// The searchable forms of a name: folded canonical and seen forms, KMU-2010 Latin, and a person's case forms.
import type { ActorKind } from '../facts/schema.js';
import { nameForms } from '../extract/names.js';
import { searchFold } from '../extract/normalise.js';
import { transliterate } from '../extract/translit.js';

export function searchTerms(kind: ActorKind, name: string, nameEn: string | null | undefined, aliases: string[]): string[] {
  const forms = [name, transliterate(name), ...(nameEn ? [nameEn] : []), ...aliases, ...aliases.map(transliterate)];
  // Inflected forms let "Олега Немчінова" and "Соколовської" find the nominative name.
  if (kind === 'PERSON') forms.push(...nameForms(name));
  return [...new Set(forms.map(searchFold).filter(Boolean))];
}

/** Joined into the one property the full-text index reads. */
export function searchText(terms: string[]): string {
  return terms.join(' | ');
}
