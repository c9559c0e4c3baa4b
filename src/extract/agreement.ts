// Readings of ambiguous names settled by agreement: "Валентина Осадча" is a woman's name in the nominative or a
// man's in the genitive ("Валентин Осадч"); "виступила … Валентина Осадча" or "Валентина Осадча розповіла" makes
// it her name, since a speech verb's subject agrees with it in gender.
import { isGivenNominative } from './names.js';
import type { PersonMention } from './persons.js';
import { isSpeechWord, verbGender } from './speech.js';
import type { Token } from './tokens.js';

/** Speech verbs that take a person as their object ("привітала X", "подякував X"): no subject agreement there. */
const TRANSITIVE_RE = /^(?:привіта|подякува|представи|запропонува|поінформува|проінформува)/i;
const STOP_RE = /^[.;:!?«»“”"()–—,]$/;

/** The gender of the speech verb whose subject the mention is (right after it, or opening the clause before it). */
function subjectVerbGender(tokens: Token[], text: string, p: PersonMention): 'm' | 'f' | null {
  const after = tokens[p.end];
  if (after && isSpeechWord(after, text)) return verbGender(after);
  for (let k = p.start - 1; k >= Math.max(0, p.start - 10); k--) {
    const t = tokens[k];
    if (!t || STOP_RE.test(t.text) || /^(?:про|для|щодо|перед|після|до|від|над|між)$/i.test(t.text)) return null;
    if (isSpeechWord(t, text)) return TRANSITIVE_RE.test(t.lower) ? null : verbGender(t);
  }
  return null;
}

/** Names that agreement makes certain: the reading of an ambiguous mention whose gender its verb shows. */
export function agreedReadings(sentences: ReadonlyArray<{ tokens: Token[]; text: string; persons: readonly PersonMention[] }>): string[] {
  const out: string[] = [];
  for (const x of sentences) {
    for (const p of x.persons) {
      if (p.alternatives.length === 0 || p.latin) continue;
      const g = subjectVerbGender(x.tokens, x.text, p);
      if (!g) continue;
      // Each reading as written in the nominative: its given name says the gender ("Валентина" f, "Валентин" m).
      const fits = [p.name, ...p.alternatives].filter((n) => isGivenNominative(n.split(/\s+/)[0] ?? '', g));
      if (fits.length === 1 && fits[0]) out.push(fits[0]);
    }
  }
  return out;
}
