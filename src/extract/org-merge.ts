// Article-level merging of organisation names: one body named two ways in one article is one organisation.
import { COUNTRIES } from './country-data.js';
import type { OrgMention } from './gazetteer.js';

/** A donor country's bare name → its government's name ("Нідерланди" → "Уряд Нідерландів"). */
const GOVERNMENT_OF = new Map(COUNTRIES.map((c) => [c.nom, `Уряд ${c.gen}`]));

/**
 * A country named bare ("за підтримки Нідерландів") in an article that also names its government ("Уряд
 * Нідерландів") is that government: the mentions are renamed in place, so every relation uses one name.
 */
export function unifyCountries(mentions: readonly OrgMention[]): void {
  const names = new Set(mentions.map((m) => m.name));
  for (const m of mentions) {
    const gov = GOVERNMENT_OF.get(m.name);
    if (m.kind === 'DONOR' && gov && names.has(gov)) m.name = gov;
  }
}
