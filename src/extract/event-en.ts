// English event phrases: a Title Case name before the trigger ("the Social Cohesion Forum"), or the trigger with
// its lower-case qualifiers and its complement ("meeting of X with Y", "visit of X and Y to Z", "signing of the
// agreement to continue the … project", "round table “…”").
import { joinWords } from './phrase.js';
import type { Token } from './tokens.js';

export const EN_TRIGGER_RE = /^(?:meeting|conference|forum|session|seminar|workshop|training|summit|webinar|hearing|hackathon|table|presentation|briefing|visit|signing|broadcast|telethon|launch|ceremony|ceremonies|tour|assembly|assemblies)s?$/i;
/** Plural triggers that name one gathering ("public hearings", "talks"); other plurals name a class of them. */
const PLURAL_ONE_RE = /^(?:hearings|talks|consultations)$/i;

/** Capitalised words that cannot be part of an event's proper name before its trigger. */
const EN_NOT_NAME_RE = /^(?:The|A|An|This|That|On|In|At|During|After|Before|Today|Yesterday|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const DATE_WORD_RE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)$/i;
/** Lower-case words before a trigger that are not its qualifiers. */
const NOT_QUALIFIER_RE = /^(?:a|an|the|of|during|at|in|on|after|before|to|from|for|with|by|and|or|its|their|his|her|this|that|these|those|next|upcoming|first|last|held|was|were|is|are|be|been|will|has|have|had|paid|attended|joined|opened|said|says|also|which|who|where|while|into|about|following|each|every|such|other|as)$/i;
/** Where an English event's complement ends: verbs, clause openers, time and place adjuncts. */
const END_RE = /^(?:was|were|is|are|be|been|will|would|can|could|should|may|took|takes|take|has|have|had|held|holds|began|begins|started|ended|brought|opened|gathered|focused|continued|became|included|includes|featured|which|that|who|whom|where|when|while|in|at|during|after|before|since|until|till|from|within|under|by|as|because|through|via|on|said|says|noted|stressed|added|emphasi[sz]ed|explained|announced|told|also|then|today|yesterday|but|so|if|there|it|this|these|its|their|he|she|they|we)$/i;
/** Qualifiers kept in the kind ("online presentation", "study visit", "working group meeting"). */
const KIND_QUALIFIER_RE = /^(?:online|study|working|working group|round|public|joint)$/;

function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

/** The start of a proper name in Title Case right before `i` ("the Social Cohesion Forum"), or `i` if none. */
function properNameStart(tokens: Token[], i: number): number {
  let a = i;
  while (a > 0 && i - a < 6) {
    const p = tokens[a - 1];
    // "Council of Europe Conference": a connector between capitalised words belongs to the name.
    if (p && /^(?:of|and|for|on)$/.test(p.text) && a < i && tokens[a - 2]?.cap && tokens[a - 2]?.kind === 'word') { a--; continue; }
    if (!p || p.kind !== 'word' || !p.cap || EN_NOT_NAME_RE.test(p.text)) break;
    a--;
  }
  return a;
}

/** The end of a quotation opening at `k`, or `k` when none opens there. */
function quoteEnd(tokens: Token[], k: number): number {
  if (!/^[“«"„]$/.test(tokens[k]?.text ?? '')) return k;
  let q = k + 1;
  while (q < tokens.length && !/^[”»"]$/.test(tokens[q]?.text ?? '')) q++;
  return q < tokens.length ? q + 1 : k;
}

/**
 * The end of an English complement starting at `k` (after "of", "with", "on", "to" …): words up to a verb, a
 * clause opener or a time/place adjunct; capitalised lists with commas and an acronym in brackets stay in.
 */
export function enComplementEnd(tokens: Token[], k: number): number {
  let e = k;
  let end = k;
  while (e < tokens.length && e - k < 40) {
    const t = tokens[e];
    if (!t) break;
    if (/^[“«"„]$/.test(t.text)) { const q = quoteEnd(tokens, e); if (q > e) end = q; break; }
    if (t.text === '(') {
      // "(HOVERLA)": an acronym in brackets belongs to the name.
      const close = tokens.findIndex((x, j) => j > e && x.text === ')');
      if (close > e && close - e <= 4 && tokens.slice(e + 1, close).some((x) => x.caps)) { e = close + 1; end = e; continue; }
      break;
    }
    if (t.text === ',') {
      // "Communities, Territories and Infrastructure", "Petro Hrynchuk, Chairman of …": a Title Case run goes on.
      if (tokens[e - 1]?.cap && tokens[e + 1]?.cap && isWord(tokens[e + 1]) && !END_RE.test(tokens[e + 1]?.text ?? '')) { e++; continue; }
      break;
    }
    if (t.kind === 'number') { e++; end = e; continue; }
    // "de-occupied", "self-government": a hyphen joining two words.
    if (t.text === '-' && tokens[e - 1]?.end === t.start && tokens[e + 1]?.start === t.end && isWord(tokens[e + 1])) { e += 2; end = e; continue; }
    // "Chargé d'affaires a.i. of the Embassy …": the abbreviation's full stops are inside the name.
    if (t.text === '.' && /^[ai]$/.test(tokens[e - 1]?.lower ?? '') && (tokens[e - 2]?.text === '.' || /^d'affaires$/i.test(tokens[e - 2]?.text ?? ''))) { e++; continue; }
    if (!isWord(t)) break;
    const w = t.lower;
    // "memorandum on the support of …": "on" opens a topic, unless a day or date follows ("on Tuesday", "on 12 March").
    if (w === 'on' && tokens[e + 1] && !tokens[e + 1]?.cap && tokens[e + 1]?.kind === 'word' && e > k) { e++; continue; }
    if (END_RE.test(w)) break;
    // "to Zhytomyr oblast", "agreement to continue": "to" goes on before a place or after a document word.
    if (w === 'to') {
      const next = tokens[e + 1];
      if (!next || !(next.cap || /^(?:the|a|an)$/.test(next.lower) || /^(?:agreement|memorandum|memoranda|decision|proposal)s?$/.test(tokens[e - 1]?.lower ?? ''))) break;
    }
    // A participle or past verb ("organised", "signed") opens a new clause, unless an article makes it an adjective.
    if (!t.cap && /ed$/.test(w) && !/^(?:the|a|an)$/.test(tokens[e - 1]?.lower ?? '') && w.length > 4) break;
    e++;
    if (!/^(?:of|with|and|to|for|on|between|the|a|an|about|regarding)$/.test(w)) end = e;
  }
  return end;
}

/** Straight quotes joined as words (`" Title "`) back around their title (`"Title"`). */
export function tidyQuotes(name: string): string {
  let open = false;
  return name.replace(/\ba\. i\./g, 'a.i.').replace(/(\d) (st|nd|rd|th)\b/g, '$1$2').replace(/\s?"\s?/g, (m) => {
    open = !open;
    return open ? `${m.startsWith(' ') ? ' ' : ''}"` : `"${m.endsWith(' ') ? ' ' : ''}`;
  });
}

export interface EnPhrase { name: string; kind: string; qualified: boolean; start: number; end: number }

/** The kind: the trigger, with a qualifier that makes a kind of its own ("online presentation", "study visit"). */
function enKind(tokens: Token[], a: number, i: number, trigger: string): string {
  const left = tokens.slice(a, i).map((t) => t.lower).join(' ');
  const base = trigger === 'table' ? 'round table' : trigger === 'telethon' ? 'broadcast' : trigger;
  if (left === 'working group' && base === 'meeting') return 'working group meeting';
  return KIND_QUALIFIER_RE.test(left) && base !== 'round table' && left !== 'public' && left !== 'joint' ? `${left} ${base}` : base;
}

/** The English event phrase around the trigger at `i`. */
export function enPhrase(tokens: Token[], i: number): EnPhrase | null {
  const trigger = (tokens[i]?.lower ?? '').replace(/(?<=h)es$|s$/, '');
  if (trigger === 'table' && tokens[i - 1]?.lower !== 'round') return null;
  // "general meetings of residents", "trainings for starostas": a class of gatherings, not one of them.
  const plural = /s$/.test(tokens[i]?.lower ?? '') && !PLURAL_ONE_RE.test(tokens[i]?.text ?? '');
  if (plural && !tokens[i]?.cap) return null;
  // "will focus on the training of staff": a topic, not a gathering.
  if (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'on' && !tokens[i]?.cap) return null;
  // "a study tour", "the General Assembly": a tour or an assembly only with the word that makes it a gathering.
  if (trigger === 'tour' && !/^(?:study|working|press|exchange)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  if (/^assembl/.test(trigger) && !/^(?:general|annual)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  // "to launch the programme": the verb; "the launch of the new phase": the event.
  if (trigger === 'launch' && (!/^(?:the|a|official|online|joint)$/.test(tokens[i - 1]?.lower ?? '') || tokens[i + 1]?.lower !== 'of')) return null;
  // "opened the Social Cohesion Forum": the event's own name, written in Title Case, is kept as written.
  const proper = tokens[i]?.cap ? properNameStart(tokens, i) : i;
  if (proper < i) {
    const e = Math.max(i + 1, quoteEnd(tokens, i + 1));
    return { name: tidyQuotes(joinWords(tokens.slice(proper, e).map((t) => t.text))), kind: enKind(tokens, i, i, trigger), qualified: true, start: proper, end: e };
  }
  let a = i;
  // Up to three lower-case words before the trigger qualify it ("working group meeting", "online presentation").
  while (a > 0 && i - a < 3 && isWord(tokens[a - 1]) && !tokens[a - 1]?.cap && !NOT_QUALIFIER_RE.test(tokens[a - 1]?.lower ?? '') && !/(?:ed|ly)$/.test(tokens[a - 1]?.lower ?? '') && !(/^(?:st|nd|rd|th)$/.test(tokens[a - 1]?.text ?? '') && tokens[a - 2]?.kind === 'number')) a--;
  // "46th Session": an ordinal written in digits ("46" + "th").
  if (/^(?:st|nd|rd|th)$/.test(tokens[a - 1]?.text ?? '') && tokens[a - 2]?.kind === 'number') a -= 2;
  let e = i + 1;
  // "signing ceremony of the memorandum …": the ceremony is the signing.
  if (trigger === 'signing' && tokens[e]?.lower === 'ceremony') e++;
  const q = quoteEnd(tokens, e);
  if (q > e) e = q;
  else {
    // "held a working meeting in Kyiv on municipal energy planning": a place between the trigger and its topic.
    let c0 = e;
    if (/^(?:in|at)$/.test(tokens[e]?.lower ?? '') && tokens[e + 1]?.cap && /^(?:on|of|for)$/.test(tokens[e + 2]?.lower ?? '')) c0 = e + 2;
    // "on 12 March", "on Wednesday" is the date, not the topic.
    const dateNext = tokens[c0 + 1]?.kind === 'number' || DATE_WORD_RE.test(tokens[c0 + 1]?.text ?? '');
    if (/^(?:on|of|for|with|to|between)$/i.test(tokens[c0]?.lower ?? '') && !(dateNext && /^(?:on|for|to)$/i.test(tokens[c0]?.lower ?? ''))) {
      const c = enComplementEnd(tokens, c0 + 1);
      if (c > c0 + 1) {
        const words = [...tokens.slice(a, c0 === e ? e : i + 1), ...tokens.slice(c0, c)].map((t) => t.text);
        const nm = tidyQuotes(joinWords(words));
        return { name: nm.charAt(0).toLowerCase() + nm.slice(1), kind: enKind(tokens, a, i, trigger), qualified: true, start: a, end: c };
      }
    }
  }
  const kind = enKind(tokens, a, i, trigger);
  const name = tidyQuotes(joinWords(tokens.slice(a, e).map((t) => t.text)));
  // "signing" and "session" say little alone: "The signing took place" refers back to the signing named before.
  return { name: name.charAt(0).toLowerCase() + name.slice(1), kind, qualified: e - a > 1, start: a, end: e };
}
