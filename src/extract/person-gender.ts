// A person's grammatical gender, for agreement with past-tense verbs ("наголосила") and pronouns ("вона", "she").
import { isGivenNominative, nominativeName } from './names.js';
import { latinGivenName } from './latin-names.js';

export type Gender = 'm' | 'f';

const cache = new Map<string, Gender | null>();

/** The gender a nominative name shows by its given name (Ukrainian or KMU Latin); null when unknown. */
export function nameGender(name: string): Gender | null {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  let g: Gender | null = null;
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (/^[A-Za-z]/.test(first)) {
    const uk = latinGivenName(first);
    if (uk) g = isGivenNominative(uk, 'f') ? 'f' : isGivenNominative(uk, 'm') ? 'm' : null;
    // An unlisted foreign given name: "-a" is mostly feminine (Agnieszka, Kristina).
    else if (words.length > 1) g = /a$/.test(first) ? 'f' : null;
  } else {
    // A canonical name is nominative: a given name of one gender as written settles it ("Валентина" is hers,
    // though it is also "Валентин" in the genitive).
    const f = isGivenNominative(first, 'f');
    const m = isGivenNominative(first, 'm');
    const r = f !== m ? (f ? 'f' : 'm') : nominativeName(name).gender;
    g = r === 'u' ? null : r;
    // Unlisted given names: the surname's adjectival or possessive ending, or a feminine "-а/-я" given name.
    if (!g && words.length > 1) {
      if (/(?:ська|цька|зька|ова|єва|ева|іна|їна)$/.test(last)) g = 'f';
      else if (/(?:ський|цький|зький|ов|єв|ев|ін|їн)$/.test(last)) g = 'm';
      else if (/[ая]$/.test(first.split('-')[0] ?? '')) g = 'f';
    }
  }
  cache.set(name, g);
  return g;
}

/** Feminine title nouns ("посолка", "заступниця", "експертка") tell the gender of the person they introduce. */
const FEMININE_TITLE_RE = /^(?:посолк|заступниц|начальниц|керівниц|директорк|експертк|міністерк|очільниц|представниц|координаторк|радниц|менеджерк|секретарк|депутатк|головуюч[аої]|аналітикин|старостин|пані|речниц|уповноважен[аої]|спікерк|ms|mrs|madam)/i;
const MASCULINE_TITLE_RE = /^(?:пан|пана|панові|mr)$/i;

/** Gender told by a title word, or null ("голова", "Ambassador" say nothing). */
export function titleGender(word: string): Gender | null {
  const w = word.toLowerCase();
  if (MASCULINE_TITLE_RE.test(w)) return 'm';
  if (/^голов/.test(w)) return null;
  return FEMININE_TITLE_RE.test(w) ? 'f' : null;
}
