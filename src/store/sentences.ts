// A light sentence finder for mention evidence: the first sentence of the body that names an entity.
import { searchFold } from '../extract/normalise.js';

const SPLIT_RE = /(?<=[.!?»…])\s+(?=[«"“(]?[\p{Lu}\d])|\n+/u;

export function splitSentences(body: string): string[] {
  return body.split(SPLIT_RE).map((s) => s.trim()).filter(Boolean);
}

/** The first sentence containing any of the forms (compared folded), or undefined. */
export function findSentence(sentences: string[], folded: string[], forms: string[]): string | undefined {
  const needles = [...new Set(forms.map(searchFold).filter((f) => f.length >= 2))];
  for (let i = 0; i < sentences.length; i++) {
    const hay = folded[i] ?? '';
    if (needles.some((n) => hay.includes(n))) return sentences[i];
  }
  return undefined;
}
