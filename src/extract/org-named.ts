// Bodies named by a type phrase and their own quoted name ("комунальне підприємство «Водоканал»", "громадська
// організація «…»", "Асоціація органів місцевого самоврядування «…»"), and regional branches of associations
// ("Полтавське регіональне відділення АМУ", "the Volyn Regional Branch of the Association of Ukrainian Cities"),
// which are organisations of their own, their association named inside as the parent.
import type { ActorKind } from '../facts/schema.js';
import type { OrgMention } from './gazetteer.js';
import { latinTownAdjective, oblastAdjective } from './geo-data.js';
import { PLACE_ADJ_RE, complementEnd, mention, words } from './org-phrase.js';
import { headNoun, isAdjectiveForm, nominativeAdjective, nominativePhrase } from './phrase.js';
import type { Token } from './tokens.js';

/** Type nouns that take a quoted proper name, and the kind of the body so named. */
const QUOTED_KINDS: Readonly<Record<string, ActorKind>> = {
  підприємство: 'OTHER', товариство: 'OTHER', компанія: 'OTHER', корпорація: 'OTHER',
  організація: 'NGO', фонд: 'NGO', мережа: 'NGO', "об'єднання": 'NGO', асоціація: 'ASSOCIATION', спілка: 'ASSOCIATION',
};
const OPEN_RE = /^[«“„"]$/;
const CLOSE_RE = /^[»”"]$/;

/** "комунального підприємства «Глобинський водоканал»" → "Комунальне підприємство «Глобинський водоканал»". */
function quoted(tokens: Token[], text: string, sent: number, taken: boolean[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || taken[i]) continue;
    const head = headNoun(t.text);
    const kind = head ? QUOTED_KINDS[head.nom] : undefined;
    if (!head || !kind) continue;
    // "Асоціації органів місцевого самоврядування «…»": a short genitive complement may come before the name.
    let j = i + 1;
    if (!OPEN_RE.test(tokens[j]?.text ?? '')) j = complementEnd(tokens, i + 1, 4);
    if (!OPEN_RE.test(tokens[j]?.text ?? '')) continue;
    let close = j + 1;
    while (close < tokens.length && close - j <= 12 && !CLOSE_RE.test(tokens[close]?.text ?? '')) close++;
    if (!CLOSE_RE.test(tokens[close]?.text ?? '') || close === j + 1) continue;
    // Lowercase adjectives agreeing with the head ("комунального", "громадської") belong to the type phrase.
    let a = i;
    while (a > i - 2 && a > 0 && isAdjectiveForm(tokens[a - 1]?.text ?? '') && !tokens[a - 1]?.cap && !taken[a - 1]) a--;
    // A bare "організація «X»" with no type adjective is too vague ("мережа «Х»" is still one body).
    if (a === i && !t.cap && (kind === 'NGO' && head.nom === 'організація')) continue;
    if (taken.slice(a, close + 1).some(Boolean)) continue;
    const type = nominativePhrase(words(tokens, a, j), i - a);
    const inner = text.slice(tokens[j + 1]?.start ?? 0, tokens[close - 1]?.end ?? 0);
    const name = `${type.charAt(0).toUpperCase()}${type.slice(1)} «${inner}»`;
    out.push(mention(name, kind, tokens, text, sent, a, close + 1));
    for (let k = a; k <= close; k++) taken[k] = true;
    i = close;
  }
  return out;
}

/** "Асоціація міст України" → "Асоціації міст України": the genitive of an association's canonical name. */
export function associationGenitive(name: string): string {
  const ws = name.split(' ');
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] ?? '';
    if (/^[Аа]соціація$/.test(w)) { ws[k] = w.slice(0, -1) + 'ї'; break; }
    if (/^[Сс]пілка$/.test(w)) { ws[k] = w.slice(0, -1) + 'и'; break; }
    if (/^[Оо]б'єднання$/.test(w)) break;
    ws[k] = w.replace(/а$/, 'ої');
  }
  return ws.join(' ');
}

/** The branch's name from its place adjective in the neuter ("Полтавське"). */
const branchName = (adjN: string, assoc: string): string => `${adjN} регіональне відділення ${associationGenitive(assoc)}`;

/**
 * Regional branches: "Вінницького регіонального відділення Асоціації міст України", "Volyn Regional Branch of the
 * Association of Ukrainian Cities". `known` are the gazetteer's organisations (the association must be one).
 */
function branches(tokens: Token[], text: string, sent: number, known: readonly OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') continue;
    if (headNoun(t.text)?.nom === 'відділення' && /^регіональн/.test(tokens[i - 1]?.lower ?? '')) {
      const place = tokens[i - 2]?.text ?? '';
      const assoc = known.find((m) => m.start === i + 1 && m.kind === 'ASSOCIATION');
      if (!assoc || !PLACE_ADJ_RE.test(place)) continue;
      out.push(mention(branchName(nominativeAdjective(place, 'n'), assoc.name), 'ASSOCIATION', tokens, text, sent, i - 2, assoc.end));
      continue;
    }
    if (t.lower === 'branch' && tokens[i - 1]?.lower === 'regional' && tokens[i + 1]?.lower === 'of') {
      const latin = tokens[i - 2]?.text ?? '';
      const adj = oblastAdjective(latin) ?? latinTownAdjective(latin);
      const at = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
      const assoc = known.find((m) => m.start === at && m.kind === 'ASSOCIATION');
      if (!assoc || !adj) continue;
      const m = mention(branchName(adj.replace(/а$/, 'е'), assoc.name), 'ASSOCIATION', tokens, text, sent, i - 2, assoc.end);
      out.push({ ...m, nameEn: m.surface });
    }
  }
  return out;
}

/** Branches and quoted bodies; the words they cover are marked taken. */
export function matchNamedBodies(tokens: Token[], text: string, sent: number, taken: boolean[], known: readonly OrgMention[]): OrgMention[] {
  const out = branches(tokens, text, sent, known);
  for (const m of out) for (let k = m.start; k < m.end; k++) taken[k] = true;
  return [...out, ...quoted(tokens, text, sent, taken)];
}
