// Attributes speech to people in a sentence: quotes with "– сказала X", "X зазначив/додав", "за словами X", "X said".
import type { PersonMention } from './persons.js';
import type { Token } from './tokens.js';

export interface SpeechMention { person: PersonMention; quote: string | null }

/** Past-tense speech verbs of both genders (and the plural, which attributes to no one here). */
const UK_SPEECH_RE = /^(?:сказа|зазнач|наголоси|дода|резюмува|підкресли|розпові|повідоми|заяви|відзначи|звернул|звернув|виступи|поінформува|поясни|запевни|акцентува|презентува|привіта|окресли|нагада|зауважи|висловив|висловил|долучил|долучив|підсумува|констатува|закликав|закликал|відповів|відповіла|навів|навела|представи|подякува|проінформува|доповів|доповіла|розкри|прокоментува)\S*$/i;
/** Plural and present forms: "учасники відзначили" attributes speech to no one person. */
const NOT_SINGULAR_RE = /(?:ли|лися|ють|ять|ючи|ячи|ння)$/i;
const EN_SPEECH_RE = /^(?:said|stressed|noted|emphasi[sz]ed|added|highlighted|stated|announced|underlined|explained|remarked|told|welcomed|pointed|presented|urged|summed|concluded|informed|reported)$/i;
const QUOTE_RE = /[«“„"]([^»”"]{8,})[»”"]/u;

function isSpeechVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (UK_SPEECH_RE.test(t.lower) && !NOT_SINGULAR_RE.test(t.lower) || EN_SPEECH_RE.test(t.lower));
}

/** The quoted words of a sentence, without the comma or dash that hands over to the attribution. */
export function quoteOf(text: string): string | null {
  const m = QUOTE_RE.exec(text);
  return m?.[1] ? m[1].trim().replace(/[,;]$/, '').trim() : null;
}

function hasPunct(tokens: Token[], a: number, b: number): boolean {
  return tokens.slice(a, b).some((t) => /^[.;:«»“”!?]$/.test(t.text));
}

/**
 * Speakers in one sentence. `next` is the following sentence: an introduction ending in ":" gives the speaker
 * the quote that opens the next paragraph.
 */
export function findSpeech(text: string, tokens: Token[], persons: PersonMention[], next: string | null): SpeechMention[] {
  const out: SpeechMention[] = [];
  const quote = quoteOf(text);
  for (const p of persons) {
    let spoke = false;
    // "X зазначила, що ...", "X stressed ...": the verb follows the name closely.
    for (let k = p.end; k < Math.min(tokens.length, p.end + 4); k++) if (isSpeechVerb(tokens[k])) spoke = true;
    // "X, Head of ..., presented ...": the verb follows the apposition after the name.
    if (tokens[p.end]?.text === ',') {
      const close = tokens.findIndex((t, k) => k > p.end && t.text === ',');
      if (close > 0 && close - p.end < 20 && (isSpeechVerb(tokens[close + 1]) || isSpeechVerb(tokens[close + 2]))) spoke = true;
    }
    // "Як наголосив заступник міністра ... В'ячеслав Негода": the verb opens the clause the name closes.
    for (let k = Math.max(0, p.start - 14); k < p.start; k++) if (isSpeechVerb(tokens[k]) && !hasPunct(tokens, k, p.start)) spoke = true;
    // "За словами X", "According to X".
    const b1 = tokens[p.start - 1]?.lower;
    const b2 = tokens[p.start - 2]?.lower;
    if (b1 === 'словами' && b2 === 'за' || b1 === 'to' && b2 === 'according') spoke = true;
    if (!spoke) continue;
    let q: string | null = null;
    if (quote && p.start > 0 && (tokens.findIndex((t) => /^[«“„"]$/.test(t.text)) < p.start)) q = quote;
    if (!q && /:\s*$/.test(text) && next && /^\s*[«“„"]/.test(next)) q = quoteOf(next) ?? next.replace(/^[«“„"]|[»”"]$/g, '').trim();
    out.push({ person: p, quote: q });
  }
  return out;
}
