// Events a sentence reports through its verb rather than a noun: "X met with Y" (a meeting), "signed the agreement
// to continue …" (a signing), "підписали меморандум про співпрацю" (підписання), "зустрівся з …" (зустріч),
// "з робочим візитом відвідав …" (візит). The name is built from the verb's object, as news names the event later.
import { enComplementEnd, tidyQuotes } from './event-en.js';
import { complementEnd, type UkTrigger } from './event-uk.js';
import type { OrgMention } from './orgs.js';
import { joinWords } from './phrase.js';
import type { Token } from './tokens.js';

export interface VerbEvent { name: string; kind: string; start: number; end: number; ownerOrg: OrgMention | null }

const EN_MET_RE = /^(?:met|meets)$/i;
const EN_SIGNED_RE = /^signed$/i;
const EN_DOCUMENT_RE = /^(?:agreement|memorandum|memoranda|declaration|protocol|contract|charter|roadmap)s?$/i;
const UK_MET_RE = /^(?:зустрівся|зустрілася|зустрілись|зустрілися|зустрічався|зустрічалася|зустрічалися)$/;
const UK_SIGNED_RE = /^(?:підписали|підписав|підписала|підписано|уклали|уклав|уклала)$/;
/** A signed document in the accusative → its genitive after "підписання". */
const UK_DOCUMENT_GEN: Readonly<Record<string, string>> = {
  меморандум: 'меморандуму', меморандуми: 'меморандумів', угоду: 'угоди', угоди: 'угод', договір: 'договору',
  договори: 'договорів', декларацію: 'декларації', протокол: 'протоколу', хартію: 'хартії', меморандуму: 'меморандуму',
};
const SIGNING: UkTrigger = { nom: 'підписання', gender: 'n', kind: 'підписання' };
const MEETING: UkTrigger = { nom: 'зустріч', gender: 'f', kind: 'зустріч' };
/** "з (робочим|офіційним) візитом": the adjectives of a visit in the instrumental → nominative. */
const VISIT_ADJ: Readonly<Record<string, string>> = { робочим: 'робочий', офіційним: 'офіційний', дводенним: 'дводенний', першим: 'перший', триденним: 'триденний', двостороннім: 'двосторонній' };

/** An accusative place ("Львівську область", "Житомирщину") in the genitive after "до". */
function placeGenitive(words: string[]): string {
  return words.map((w) => w
    .replace(/(ськ|цьк|зьк)у$/, '$1ої')
    .replace(/^(\p{Lu}.*щин)у$/u, '$1и')
    .replace(/^область$/, 'області')
    .replace(/^громаду$/, 'громади')).join(' ');
}

function text(tokens: Token[], a: number, b: number): string {
  return tidyQuotes(joinWords(tokens.slice(a, b).map((t) => t.text)));
}

function english(tokens: Token[]): VerbEvent[] {
  const out: VerbEvent[] = [];
  tokens.forEach((t, v) => {
    if (EN_MET_RE.test(t.text)) {
      const withAt = tokens[v + 1]?.lower === 'with' ? v + 2 : v + 1;
      if (!tokens[withAt] || !(tokens[withAt]?.cap || /^(?:the|a|an|representatives|members|heads|mayors|officials|delegation)$/.test(tokens[withAt]?.lower ?? ''))) return;
      const e = enComplementEnd(tokens, withAt);
      if (e > withAt) out.push({ name: `meeting with ${text(tokens, withAt, e)}`, kind: 'meeting', start: v, end: e, ownerOrg: null });
    }
    // "The agreement to continue the … programme was signed on …": the document before a passive "signed".
    if (EN_SIGNED_RE.test(t.text) && /^(?:was|were)$/i.test(tokens[v - 1]?.text ?? '')) {
      const d = tokens.findIndex((x, k) => k < v - 1 && k >= v - 14 && EN_DOCUMENT_RE.test(x.text));
      if (d >= 0 && enComplementEnd(tokens, d + 1) >= v - 1 || d >= 0 && d === v - 2) {
        const a = /^(?:the|a|an)$/i.test(tokens[d - 1]?.text ?? '') ? d - 1 : d;
        out.push({ name: `signing of ${text(tokens, a, v - 1).replace(/^The /, 'the ')}`, kind: 'signing', start: a, end: v + 1, ownerOrg: null });
      }
      return;
    }
    if (EN_SIGNED_RE.test(t.text) && tokens[v + 1]?.lower !== 'by') {
      const d = /^(?:the|a|an)$/i.test(tokens[v + 1]?.text ?? '') ? v + 2 : v + 1;
      if (!EN_DOCUMENT_RE.test(tokens[d]?.text ?? '')) return;
      const e = enComplementEnd(tokens, v + 1);
      if (e > d) out.push({ name: `signing of ${text(tokens, v + 1, e)}`, kind: 'signing', start: v, end: e, ownerOrg: null });
    }
  });
  return out;
}

function ukrainian(tokens: Token[], orgs: OrgMention[]): VerbEvent[] {
  const out: VerbEvent[] = [];
  tokens.forEach((t, v) => {
    if (UK_SIGNED_RE.test(t.lower)) {
      // "Меморандум про співпрацю підписали …": the document named before the verb, its complement up to it.
      const f = tokens.findIndex((x, k) => k < v && k >= v - 10 && UK_DOCUMENT_GEN[x.lower] !== undefined);
      if (f >= 0 && !tokens.slice(f + 1, v).some((x) => x.kind === 'punct') && complementEnd(tokens, f, SIGNING, orgs).end >= v) {
        const rest = text(tokens, f + 1, v);
        out.push({ name: `підписання ${UK_DOCUMENT_GEN[tokens[f]?.lower ?? '']}${rest ? ` ${rest}` : ''}`, kind: 'підписання', start: f, end: v + 1, ownerOrg: null });
        return;
      }
      const d = tokens.findIndex((x, k) => k > v && k <= v + 2 && UK_DOCUMENT_GEN[x.lower] !== undefined);
      if (d < 0) return;
      const { end, owner } = complementEnd(tokens, d, SIGNING, orgs);
      const rest = text(tokens, d + 1, end);
      out.push({ name: `підписання ${UK_DOCUMENT_GEN[tokens[d]?.lower ?? '']}${rest ? ` ${rest}` : ''}`, kind: 'підписання', start: v, end, ownerOrg: owner });
    }
    if (UK_MET_RE.test(t.lower) && /^(?:з|із|зі)$/.test(tokens[v + 1]?.lower ?? '')) {
      const { end } = complementEnd(tokens, v, MEETING, orgs);
      if (end > v + 2) out.push({ name: `зустріч ${text(tokens, v + 1, end)}`, kind: 'зустріч', start: v, end, ownerOrg: null });
    }
    if (t.lower === 'візитом' && /^(?:з|із)$/.test(tokens[VISIT_ADJ[tokens[v - 1]?.lower ?? ''] ? v - 2 : v - 1]?.lower ?? '')) {
      const adj = VISIT_ADJ[tokens[v - 1]?.lower ?? ''];
      const from = adj ? v - 2 : v - 1;
      let place = '';
      // "до Житомирської області з візитом прибула …" / "… з візитом до Житомирщини".
      const toAt = tokens.findIndex((x, k) => x.lower === 'до' && tokens[k + 1]?.cap && (k === v + 1 || k < from && k >= from - 4));
      if (toAt >= 0) {
        let e = toAt + 1;
        while (e < tokens.length && e - toAt <= 4 && e !== from && (tokens[e]?.cap || /^(?:області|громади|району|міста)$/.test(tokens[e]?.lower ?? ''))) e++;
        place = `до ${text(tokens, toAt + 1, e)}`;
      } else {
        // "Львівську область з робочим візитом відвідав": the visited place in the accusative before it.
        let a = from;
        while (a > 0 && from - a < 3 && tokens[a - 1]?.kind === 'word' && /(?:у|ю|ь)$/.test(tokens[a - 1]?.lower ?? '') && (tokens[a - 1]?.cap || tokens[a - 1]?.lower === 'область' || tokens[a - 1]?.lower === 'громаду')) a--;
        if (a < from && tokens[a]?.cap) place = `до ${placeGenitive(tokens.slice(a, from).map((x) => x.text))}`;
        // "з робочим візитом відвідав Чернігівщину": the visited place in the accusative after the verb.
        else if (/^відвіда(?:в|ла|ли)$/.test(tokens[v + 1]?.lower ?? '') && tokens[v + 2]?.cap && /(?:у|ю|ь)$/.test(tokens[v + 2]?.lower ?? '')) {
          let e = v + 2;
          while (e < v + 5 && (tokens[e]?.cap || /^(?:область|громаду)$/.test(tokens[e]?.lower ?? ''))) e++;
          place = `до ${placeGenitive(tokens.slice(v + 2, e).map((x) => x.text))}`;
        }
      }
      out.push({ name: `${adj ? `${adj} ` : ''}візит${place ? ` ${place}` : ''}`, kind: 'візит', start: from, end: v + 1, ownerOrg: null });
    }
  });
  return out;
}

/** Events reported by a verb in one sentence. */
export function verbEvents(tokens: Token[], orgs: OrgMention[], lang: 'uk' | 'en'): VerbEvent[] {
  return lang === 'en' ? english(tokens) : ukrainian(tokens, orgs);
}
