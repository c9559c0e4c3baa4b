// Generic patterns for organisations no list names: ministries, councils, hromadas, administrations, courts,
// embassies, departments and service centres; each put into the nominative with its kind.
import type { ActorKind } from '../facts/schema.js';
import type { OrgMention } from './gazetteer.js';
import {
  FEM_SG_RE, LOCAL_TYPE_RE, OBLAST_ADJ_RE, PLACE_ADJ_RE, adjectivesBefore, complementEnd, localAdjectivesBefore, mention,
  ownerAt, words,
} from './org-phrase.js';
import { headNoun, nominativeAdjective, nominativePhrase } from './phrase.js';
import type { Token } from './tokens.js';

export { complementEnd } from './org-phrase.js';

const CNAP = 'Центр надання адміністративних послуг';

/** The local body named in a complement [a, e] or right after it: a department's or service centre's owner. */
function ownerWithin(tokens: Token[], a: number, e: number): (NonNullable<ReturnType<typeof ownerAt>> & { start: number }) | null {
  for (let p = a; p <= e; p++) {
    const o = ownerAt(tokens, p);
    if (o) return { ...o, start: p };
  }
  return null;
}

/** Organisations found by pattern. A pattern may enclose a known organisation (its parent); `known` lists them. */
export function matchPatterns(tokens: Token[], text: string, sent: number, taken: boolean[], known: readonly OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  /** Free, or covered only by whole known organisations (which then become parents named inside). */
  const free = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) {
      if (!taken[k]) continue;
      const inner = known.find((m) => m.start === k && m.end <= b);
      if (!inner || k === a) return false;
      k = inner.end - 1;
    }
    return true;
  };
  const take = (m: OrgMention): void => { out.push(m); for (let k = m.start; k < m.end; k++) taken[k] = true; };
  /** The end of a known organisation starting at `e` (a parent in the name), or `e`. */
  const over = (e: number, re: RegExp): number => {
    const k = known.find((m) => m.start === e && re.test(m.name));
    return k ? k.end : e;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || taken[i]) continue;
    if (t.text === 'ЦНАП' || t.text === 'ЦНАПу') {
      const owner = ownerAt(tokens, i + 1);
      if (owner && free(i, owner.end)) {
        take(mention(`${CNAP} ${words(tokens, i + 1, owner.end).join(' ')}`, 'LOCAL_ADMINISTRATION', tokens, text, sent, i, owner.end));
        out.push({ ...mention(owner.name, owner.kind, tokens, text, sent, i + 1, owner.end), nested: true });
      }
      continue;
    }
    const head = headNoun(t.text);
    if (!head) continue;
    const h = head.nom;
    if (h === 'міністерство' && t.cap) {
      const e = complementEnd(tokens, i + 1, 6);
      if (e > i + 1 && free(i, e)) {
        let name = nominativePhrase(words(tokens, i, e), 0);
        if (!/України$/.test(name)) name += ' України';
        take(mention(name, 'MINISTRY', tokens, text, sent, i, e));
      }
      continue;
    }
    if (h === 'посольство' && t.cap) {
      // One country in the genitive ("Посольства Франції"), two words when the first agrees with it ("Великої Британії").
      let e = i + 1;
      if (!tokens[e]?.cap) continue;
      e++;
      if (tokens[e]?.cap && /(?:ої|их)$/.test(tokens[e - 1]?.lower ?? '')) e++;
      const country = words(tokens, i + 1, e).join(' ');
      if ((tokens[e]?.lower === 'в' || tokens[e]?.lower === 'у') && /^Україн/.test(tokens[e + 1]?.text ?? '')) e += 2;
      if (free(i, e)) take(mention(`Посольство ${country} в Україні`, 'EMBASSY', tokens, text, sent, i, e));
      continue;
    }
    if (h === 'центр' && t.cap && tokens[i + 1]?.lower === 'надання') {
      const owner = ownerWithin(tokens, i + 1, complementEnd(tokens, i + 1, 8));
      if (owner && free(i, owner.end)) {
        take(mention(nominativePhrase(words(tokens, i, owner.end), 0), 'LOCAL_ADMINISTRATION', tokens, text, sent, i, owner.end));
        out.push({ ...mention(owner.name, owner.kind, tokens, text, sent, owner.start, owner.end), nested: true });
      }
      continue;
    }
    if (h === 'громада') {
      // Canonical hromada name: the place adjective + "територіальна громада" (міська/сільська dropped), as the
      // hromadas' own statutes name them; the shorter forms are aliases.
      const a = localAdjectivesBefore(tokens, i);
      const place = tokens[a];
      // «Соціальна громада» is a platform's name, not a hromada; "громади" after a plural adjective are many.
      if (a === i || !place || !PLACE_ADJ_RE.test(place.text) || !free(a, i + 1) || /[«“"]/.test(tokens[a - 1]?.text ?? '')) continue;
      take(mention(`${nominativeAdjective(place.text, 'f')} територіальна громада`, 'HROMADA', tokens, text, sent, a, i + 1));
      continue;
    }
    if (h === 'рада' || h === 'адміністрація' || h === 'суд' || h === 'комітет') {
      const a = adjectivesBefore(tokens, i, true);
      const adjs = tokens.slice(a, i);
      const placeFirst = adjs[0] && PLACE_ADJ_RE.test(adjs[0].text);
      let e = i + 1;
      // "Господарський суд Донецької області", "Xська обласна рада": a genitive place may follow.
      if ((h === 'суд' || h === 'адміністрація') && OBLAST_ADJ_RE.test(tokens[e]?.text ?? '') && /^(?:області|міста|району)$/.test(tokens[e + 1]?.lower ?? '')) e += 2;
      if (h === 'рада' || h === 'комітет') {
        if (!t.cap && !placeFirst && !adjs[0]?.cap) continue;
        // "Районні ради сьогодні …": plural councils are a class, not a body.
        if (h === 'рада' && adjs.some((x) => !FEM_SG_RE.test(x.lower))) continue;
        // "Комітет Верховної Ради України з питань …": the parliament is named inside the committee's name.
        let ce = complementEnd(tokens, over(e, /^Верховна Рада/), 10);
        const local = adjs.some((x) => LOCAL_TYPE_RE.test(x.lower));
        if (!local && ce === e && !placeFirst) continue;
        // "Районна рада …" with no place is a reference to a council, not its name.
        if (h === 'рада' && local && !placeFirst) continue;
        // "обласної ради восьмого скликання": the convocation is not part of the council's name.
        if (local && tokens.slice(e, ce).some((x) => x.lower === 'скликання')) ce = e;
        if (!free(a, ce)) continue;
        const name = nominativePhrase(words(tokens, a, ce), i - a);
        // Local councils are COUNCILs; the Cabinet's and the President's advisory councils are government bodies.
        const kind: ActorKind = h === 'рада' && local ? 'COUNCIL' : 'GOVERNMENT_BODY';
        take(mention(name, kind, tokens, text, sent, a, ce));
        continue;
      }
      if (h === 'адміністрація') {
        if (!placeFirst || !adjs.some((x) => LOCAL_TYPE_RE.test(x.lower)) || !free(a, e)) continue;
        take(mention(nominativePhrase(words(tokens, a, e), i - a), 'LOCAL_ADMINISTRATION', tokens, text, sent, a, e));
        continue;
      }
      if (h === 'суд' && (adjs.length > 0 || t.cap) && (adjs[0]?.cap || t.cap)) {
        // "Касаційний адміністративний суд у складі Верховного Суду": the chamber is named with its court.
        if (tokens[e]?.lower === 'у' && tokens[e + 1]?.lower === 'складі') e = Math.max(e, over(e + 2, /Суд/));
        if (free(a, e)) take(mention(nominativePhrase(words(tokens, a, e), i - a), 'COURT', tokens, text, sent, a, e));
      }
      continue;
    }
    if (h === 'управління' && /^головн/i.test(tokens[i - 1]?.text ?? '') && tokens[i - 1]?.cap && tokens[i + 1]?.cap) {
      // "Головне управління Держгеокадастру у Київській області": a central agency's regional office.
      let e = over(i + 1, /./);
      if (e === i + 1) e = complementEnd(tokens, i + 1, 3);
      if ((tokens[e]?.lower === 'у' || tokens[e]?.lower === 'в') && OBLAST_ADJ_RE.test(tokens[e + 1]?.text ?? '') && /^області$/.test(tokens[e + 2]?.lower ?? '')) e += 3;
      if (e > i + 1 && free(i - 1, e)) {
        // The agency itself is not listed (dropInner): only its regional office is named here.
        take(mention(nominativePhrase(words(tokens, i - 1, e), 1), 'GOVERNMENT_BODY', tokens, text, sent, i - 1, e, { dropInner: true }));
      }
      continue;
    }
    if ((h === 'департамент' || h === 'управління' || h === 'відділ') && t.cap) {
      const ce = complementEnd(tokens, i + 1, 8);
      // A ministry's department is a unit of the ministry: the title names it, the ministry is the organisation.
      if (known.some((m) => m.start === ce && m.kind === 'MINISTRY') || /^Міністерств/.test(tokens[ce]?.text ?? '')) continue;
      // The council or administration the department belongs to: "… Маріупольської міської ради".
      const owner = ownerWithin(tokens, i + 1, ce);
      const e = owner ? Math.max(ce, owner.end) : ce;
      if (e > i + 1 && free(i, e)) {
        take(mention(nominativePhrase(words(tokens, i, e), 0), 'LOCAL_ADMINISTRATION', tokens, text, sent, i, e));
        if (owner) out.push({ ...mention(owner.name, owner.kind, tokens, text, sent, owner.start, owner.end), nested: true });
      }
    }
  }
  return out;
}
