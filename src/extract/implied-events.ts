// Events a dated sentence implies without naming them: a government committee that "розглянуто/схвалив" something
// did so at its meeting ("засідання Урядового комітету …"); a court that ruled on a claim heard it ("розгляд позову …").
import type { EventMention } from './event-names.js';
import type { OrgMention } from './orgs.js';
import type { Token } from './tokens.js';

/** Verbs of a collegial body's decision, active and impersonal. */
const DECIDED_RE = /^(?:розглянуто|розглянув|розглянула|розглянули|схвалено|схвалив|схвалила|ухвалено|ухвалив|ухвалила|погоджено|погодив|погодила|затверджено|затвердив|затвердила)$/;
/** Collegial government bodies (they decide at meetings) by their head word. */
const COLLEGIAL_RE = /^(?:\S+\s)?(?:комітет|комісія|рада|колегія|президія|правління)(?!\p{L})/iu;
/** A court's rulings on a claim. */
const RULED_RE = /^(?:відмовив|відмовила|задовольнив|задовольнила|розглянув|розглянула|ухвалив|ухвалила|визнав|скасував|залишив)$/;
const CLAIM_RE = /^(?:позов|позові|позову|позовом|позовну|позовні|позовних)$/;

/** Head nouns of collegial bodies → genitive. */
const HEAD_GEN: Readonly<Record<string, string>> = {
  комітет: 'комітету', рада: 'ради', комісія: 'комісії', колегія: 'колегії', президія: 'президії', правління: 'правління',
  кабінет: 'кабінету',
};

/** Genitive of a nominative body name's head words ("Урядовий комітет з питань …" → "Урядового комітету з питань …"). */
export function genitiveName(name: string): string {
  const words = name.split(' ');
  const head = words.findIndex((w) => HEAD_GEN[w.toLowerCase()] !== undefined);
  if (head < 0) return name;
  return words.map((w, k) => {
    if (k > head) return w;
    if (k === head) { const g = HEAD_GEN[w.toLowerCase()] ?? w; return w.charAt(0) === w.charAt(0).toLowerCase() ? g : g.charAt(0).toUpperCase() + g.slice(1); }
    // The adjectives agreeing with the head.
    return w.replace(/ий$/, 'ого').replace(/ій$/, 'ього').replace(/а$/, 'ої').replace(/я$/, 'ьої');
  }).join(' ');
}

/** A dative feminine plaintiff ("Регіональній філії") in the genitive; other forms are left as written. */
function plaintiffGenitive(words: string[]): string {
  return words.map((w, k) => (k < words.length - 1 && /\p{Lu}.*ій$/u.test(w) ? w.replace(/ій$/, 'ої') : w)).join(' ')
    .replace(/\s+([»”])/g, '$1').replace(/([«“])\s+/g, '$1');
}

/** Events implied by a government body's decision or a court's ruling in a dated sentence. */
export function impliedEvents(tokens: Token[], orgs: OrgMention[]): EventMention[] {
  const out: EventMention[] = [];
  const decided = tokens.some((t) => DECIDED_RE.test(t.lower));
  for (const o of orgs) {
    if (decided && o.kind === 'GOVERNMENT_BODY' && COLLEGIAL_RE.test(o.name)) {
      out.push({ name: `засідання ${genitiveName(o.name)}`, kind: 'засідання', qualified: true, start: o.start, end: o.end, ownerOrg: o });
      break;
    }
    if (o.kind !== 'COURT') continue;
    const v = tokens.findIndex((t, k) => k >= o.end && RULED_RE.test(t.lower));
    const c = tokens.findIndex((t, k) => k > v && CLAIM_RE.test(t.lower));
    if (v < 0 || c < 0 || c - v > 4) continue;
    // The plaintiff: the words after the claim up to the defendant ("до …") or the next organisation.
    let e = c + 1;
    if (tokens[e]?.lower === 'за') e++;
    const from = e;
    while (e < tokens.length && e - from < 8 && tokens[e]?.lower !== 'до' && !orgs.some((g) => g.start === e) && tokens[e]?.text !== ',') e++;
    const plaintiff = tokens[from]?.cap ? plaintiffGenitive(tokens.slice(from, e).map((t) => t.text)) : '';
    out.push({ name: `розгляд позову${plaintiff ? ` ${plaintiff}` : ''}`, kind: 'судове засідання', qualified: true, start: o.start, end: o.end, ownerOrg: o });
    break;
  }
  return out;
}
