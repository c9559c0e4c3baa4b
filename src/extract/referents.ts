// The people an article has named so far, for references that do not repeat the full name: a pronoun ("вона",
// "he") resolves to the most recent person of that gender, a bare title ("заступниця начальника ОВА", "the
// Ambassador") to the most recent person introduced with it, a repeated Latin surname ("Kovalenko added") to the
// person first named in full.
import { nameGender, titleGender, type Gender } from './person-gender.js';
import type { PersonMention } from './persons.js';
import { isNominative } from './speech.js';
import { stem, type Token } from './tokens.js';

export interface Referent {
  /** The mention that named the person most recently (its name resolves through the article's namer). */
  person: PersonMention;
  gender: Gender | null;
  /** Five-letter prefixes of the title words seen beside the person's names. */
  title: Set<string>;
  /** Index (in the article's sentence list) and token of the latest mention. */
  idx: number;
  pos: number;
  /** Whether the latest mention could be a subject (nominative). */
  subject: boolean;
}

/** Words of a title context that are not title words. */
const FILLER_RE = /^(?:з|із|зі|та|і|й|в|у|на|по|для|при|питань|of|the|and|for|in|on|at|to|a|an|with)$/i;
/** Title abbreviations spelt out, so that "начальник ОВА" finds "начальник обласної військової адміністрації". */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ова: 'обласн військов адміністрац', ода: 'обласн державн адміністрац', рва: 'районн військов адміністрац',
  рда: 'районн державн адміністрац', мва: 'міськ військов адміністрац', аму: 'асоціац міст україн',
};
const CLAUSE_END_RE = /^[.;:«»“”"!?()–—]$/;

/** The comparable prefix of a word: lower case, apostrophes dropped, at most five letters. */
export function titleKey(word: string): string {
  // "Посла"/"посол": the one title stem whose vowel drops.
  return stem(word).replace(/^посл/, 'посол').slice(0, 5);
}

/** Title words of a phrase, spelt-out abbreviations included. */
export function titleKeys(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (FILLER_RE.test(w) || !/\p{L}/u.test(w)) continue;
    const abbr = ABBREVIATIONS[w.toLowerCase()];
    if (abbr) out.push(...abbr.split(' ').map(titleKey));
    else if (!/^\p{Lu}{2,}$/u.test(w)) out.push(titleKey(w));
  }
  return out;
}

/** A verb ends a title going back: "The Ambassador was accompanied by X" gives X no "Ambassador". */
function isVerbLike(t: Token): boolean {
  if (t.cap) return false;
  if (t.latin) return /^(?:was|were|is|are|be|been|has|have|had|by|with|met|said|and)$/.test(t.lower) || /[a-z]{3}ed$/.test(t.lower);
  return /^\p{Ll}+(?:ав|ив|ів|їв|ала|ила|іла|ула|яла|али|или|іли|ули|яли|алася|илася|ався|ився)$/u.test(t.text);
}

/** The words around a mention that may be its title: before it up to the clause start, and an apposition after. */
function contextWords(tokens: Token[], persons: readonly PersonMention[], p: PersonMention): string[] {
  const out: string[] = [];
  // Back over stacked titles ("голова правління відділення, Барська міська голова X"), to the clause start.
  for (let k = p.start - 1; k >= Math.max(0, p.start - 14); k--) {
    const t = tokens[k];
    if (!t || CLAUSE_END_RE.test(t.text) || persons.some((q) => q.end === k + 1) || isVerbLike(t)) break;
    out.push(t.text);
  }
  if (tokens[p.end]?.text === ',') {
    for (let k = p.end + 1; k < Math.min(tokens.length, p.end + 16); k++) {
      const t = tokens[k];
      if (!t || CLAUSE_END_RE.test(t.text) || t.text === ',' || persons.some((q) => q.start === k)) break;
      out.push(t.text);
    }
  }
  return out;
}

/** Title keys of diplomats: "the diplomat", "дипломатка", "гість" refer back to whoever holds one of them. */
const DIPLOMATIC_KEYS = ['ambas', 'посол', 'consu', 'консу', 'charg', 'повір', 'missi', 'couns', 'envoy', 'амбас'];
/** Generic nouns for a person already named, by their key: the title keys any of which the person must have. */
const GENERIC_KEYS: Readonly<Record<string, readonly string[]>> = {
  diplo: DIPLOMATIC_KEYS, дипло: DIPLOMATIC_KEYS, гість: DIPLOMATIC_KEYS, гостя: DIPLOMATIC_KEYS, guest: DIPLOMATIC_KEYS,
};

export class Referents {
  private list: Referent[] = [];
  private bySurname = new Map<string, Referent>();

  /** Records the people a sentence names. `name` gives the article's canonical name of a mention. */
  see(idx: number, tokens: Token[], persons: readonly PersonMention[], name: (p: PersonMention) => string): void {
    for (const p of persons) {
      const key = name(p);
      let r = this.list.find((x) => name(x.person) === key);
      const words = contextWords(tokens, persons, p);
      if (!r) {
        r = { person: p, gender: nameGender(key), title: new Set(), idx, pos: p.start, subject: isNominative(p) };
        this.list.push(r);
      }
      r.person = p;
      r.idx = idx;
      r.pos = p.start;
      r.subject = isNominative(p);
      for (const k of titleKeys(words)) r.title.add(k);
      if (!r.gender) for (const w of words) r.gender ??= titleGender(w);
      const surface = p.latin ?? (/^[A-Za-z]/.test(p.surface) ? p.surface : null);
      const surname = surface?.split(/\s+/).pop();
      if (surname && surface && surface.includes(' ')) this.bySurname.set(surname, r);
    }
  }

  /** A gender learnt from agreement ("Коваль наголосила"). */
  learnGender(p: PersonMention, g: Gender, name: (p: PersonMention) => string): void {
    const r = this.list.find((x) => name(x.person) === name(p));
    if (r && !r.gender) r.gender = g;
  }

  /** Latin surnames repeated alone ("Tkachuk noted"), as mentions of the people they name. */
  latinSurnames(tokens: Token[], idx: number, taken: readonly PersonMention[]): PersonMention[] {
    const out: PersonMention[] = [];
    if (this.bySurname.size === 0) return out;
    tokens.forEach((t, i) => {
      if (!t.latin || !t.cap || taken.some((q) => q.start <= i && i < q.end)) return;
      const r = this.bySurname.get(t.text.replace(/'s$/, ''));
      if (r) out.push({ ...r.person, surface: t.text, sent: idx, start: i, end: i + 1 });
    });
    return out;
  }

  /** The most recent person of a gender (null: any) named before (idx, pos); subjects first. */
  byGender(g: Gender | null, idx: number, pos: number, maxBack = 5): Referent | null {
    const before = this.list.filter((r) => (r.idx < idx || r.idx === idx && r.pos < pos) && idx - r.idx <= maxBack
      && (!g || !r.gender || r.gender === g));
    // A known gender beats an unknown one; a subject beats an object.
    const rank = (r: Referent): number => (g && r.gender === g ? 2 : 0) + (r.subject ? 1 : 0);
    before.sort((a, b) => rank(b) - rank(a) || b.idx - a.idx || b.pos - a.pos);
    return before[0] ?? null;
  }

  /** The most recent person introduced with every one of the title's words. */
  byTitle(keys: readonly string[], g: Gender | null, idx: number, pos: number): Referent | null {
    if (keys.length === 0) return null;
    const generic = keys.length === 1 ? GENERIC_KEYS[keys[0] ?? ''] : undefined;
    const fits = (r: Referent): boolean => (generic ? generic.some((k) => r.title.has(k)) : keys.every((k) => r.title.has(k)));
    const hits = this.list.filter((r) => (r.idx < idx || r.idx === idx && r.pos < pos) && fits(r)
      && (!g || !r.gender || r.gender === g));
    hits.sort((a, b) => b.idx - a.idx || b.pos - a.pos);
    return hits[0] ?? null;
  }
}
