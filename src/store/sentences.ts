// Mention evidence: the first sentence of the body that names an entity, split by the extractor's own splitter.
import { searchFold } from '../extract/normalise.js';
import { splitSentences as splitWithOffsets } from '../extract/sentences.js';

/** The body's sentences as text, cut exactly where the extractor cuts them (quotations and initials kept whole). */
export function splitSentences(body: string): string[] {
  return splitWithOffsets(body).map((s) => s.text);
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
