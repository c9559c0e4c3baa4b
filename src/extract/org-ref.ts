// Organisations named by reference only, next to a title: "начальниця відділу міської ради", "голова Комітету",
// "керівник ЦНАП", "селищний голова Макарова", a judge, a starosta. Resolved against the article's organisations.
import type { ActorKind } from '../facts/schema.js';
import { headNoun } from './phrase.js';
import type { Token } from './tokens.js';

/** What a reference can point at: a kind and/or a name pattern, and a place stem to prefer ("Макарова" → "Мака"). */
export interface OrgRef {
  kind: ActorKind | null; re: RegExp | null; hint: string | null;
  /** Resolved only when the article names exactly one such body ("голова громади" among two hromadas is anyone's). */
  unique?: boolean;
  /** "its" opening a sentence: the organisation the previous sentence names first. */
  previousSubject?: boolean;
}

/** "заступник міністра": the ministry the article names (the last before, else the first after). */
const MINISTRY_REF: OrgRef = { kind: 'MINISTRY', re: null, hint: null };
/** "облдержадміністрації", "ОДА", "ОВА" alone: the oblast administration the article names. */
const OBLAST_ADMIN_REF: OrgRef = { kind: 'LOCAL_ADMINISTRATION', re: /обласна (?:державна|військова) адміністрація$/, hint: null };
const OBLAST_ADMIN_RE = /^(?:облдержадміністрац(?:ія|ії|ію|ією)|ОДА|ОВА)$/;

/** "голова громади": the hromada the article is about, when it names just one. */
const HROMADA_REF: OrgRef = { kind: 'HROMADA', re: null, hint: null, unique: true };
/** "голова відділення": a regional branch of an association. */
const BRANCH_REF: OrgRef = { kind: 'ASSOCIATION', re: / відділення /, hint: null };

const COUNCIL_TYPES: Readonly<Record<string, string>> = { міськ: 'міська', селищн: 'селищна', сільськ: 'сільська', обласн: 'обласна', районн: 'районна' };
const COUNCIL_GEN_RE = /^(міськ|селищн|сільськ|обласн|районн)ої$/;
const LOCAL_HEAD_RE = /^(міськ|селищн|сільськ)(?:ий|ого|ому|им|а|ої|ій|ою)$/i;
/** Capitalised heads that, standing alone, mean the body the article is about ("голова Комітету"). */
const BODY_HEADS = new Set(['комітет', 'рада', 'асоціація', 'агентство', 'служба', 'міністерство', 'комісія', 'фонд', 'фундація', 'департамент', 'управління', 'інспекція', 'палата']);

export const councilRef = (type: string, hint: string | null = null): OrgRef =>
  ({ kind: 'COUNCIL', re: new RegExp(`${COUNCIL_TYPES[type] ?? type} рада$`), hint });

/** A reference right before position `k` (the name), and where it starts. */
export function refBefore(tokens: Token[], k: number): { ref: OrgRef; start: number } | null {
  const t1 = tokens[k - 1];
  const t2 = tokens[k - 2];
  if (!t1) return null;
  // "секретар селищної ради Тетяна Гончар"
  const type = COUNCIL_GEN_RE.exec(t2?.lower ?? '');
  if (type?.[1] && t1.lower === 'ради') return { ref: councilRef(type[1]), start: k - 2 };
  // "Голова громади Петро Іваненко": the words stay in the title ("голова громади"), so the reference starts at k.
  // "Очільник громади", "керівниця громади": any head of "the hromada" the article is about.
  if (t1.lower === 'громади' && t2 && headNoun(t2.text)) return { ref: HROMADA_REF, start: k };
  // "голова відділення": the regional branch (of an association) the article names.
  if (t1.lower === 'відділення' && t2 && headNoun(t2.text)) return { ref: BRANCH_REF, start: k };
  // "заступниця міністра Оксана Коваль": the ministry the article names; the words stay in the title.
  if (/^міністра$/i.test(t1.text) && t2 && headNoun(t2.text)) return { ref: MINISTRY_REF, start: k };
  // "перший заступник голови облдержадміністрації Віктор Приходько", "начальник ОВА": the oblast's administration.
  if (OBLAST_ADMIN_RE.test(t1.text)) return { ref: OBLAST_ADMIN_REF, start: k - 1 };
  // "заступник голови обласної військової адміністрації X", "… районної державної адміністрації X": spelt out.
  const admin = spelledAdmin(tokens, k - 3);
  if (admin) return { ref: admin, start: k - 3 };
  // "Керівник ЦНАП Святослав П'ятничук"
  if (t1.text === 'ЦНАП') return { ref: { kind: 'LOCAL_ADMINISTRATION', re: /^Центр надання адміністративних послуг/, hint: null }, start: k - 1 };
  // "Селищний голова Макарова Віктор Гнатенко": the town in the genitive names the council.
  const local = LOCAL_HEAD_RE.exec(tokens[k - 3]?.text ?? '');
  if (local?.[1] && t1.cap && headNoun(t2?.text ?? '')?.nom === 'голова') {
    return { ref: councilRef(local[1].toLowerCase(), t1.lower.slice(0, 4)), start: k - 1 };
  }
  // "голова Комітету Василь Мороз"
  const h = headNoun(t1.text);
  if (t1.cap && h && BODY_HEADS.has(h.nom) && k - 1 > 0) {
    const nom = h.nom.charAt(0).toUpperCase() + h.nom.slice(1);
    return { ref: { kind: null, re: new RegExp(`^${nom} `), hint: null }, start: k - 1 };
  }
  return null;
}

/** "обласної військової адміністрації" at i (no place named): the oblast's, raion's or city's administration. */
function spelledAdmin(tokens: Token[], i: number): OrgRef | null {
  const level = /^(обласн|районн|міськ)ої$/.exec(tokens[i]?.lower ?? '')?.[1];
  const type = /^(державн|військов)ої$/.exec(tokens[i + 1]?.lower ?? '')?.[1];
  if (!level || !type || tokens[i + 2]?.lower !== 'адміністрації') return null;
  if (level === 'обласн') return OBLAST_ADMIN_REF;
  const lvl = level === 'районн' ? 'районна' : 'міська';
  return { kind: 'LOCAL_ADMINISTRATION', re: new RegExp(`${lvl} (?:державна|військова) адміністрація$`), hint: null };
}

/** A reference inside title words [a, b) after a name: "…, начальниця юридичного відділу міської ради". */
export function refWithin(tokens: Token[], a: number, b: number): OrgRef | null {
  for (let k = a; k < b; k++) {
    const type = COUNCIL_GEN_RE.exec(tokens[k]?.lower ?? '');
    if (type?.[1] && tokens[k + 1]?.lower === 'ради') return councilRef(type[1]);
    if (tokens[k]?.text === 'ЦНАП') return { kind: 'LOCAL_ADMINISTRATION', re: /^Центр надання адміністративних послуг/, hint: null };
    if (OBLAST_ADMIN_RE.test(tokens[k]?.text ?? '')) return OBLAST_ADMIN_REF;
    const admin = spelledAdmin(tokens, k);
    if (admin) return admin;
    if (tokens[k]?.lower === 'громади' && headNoun(tokens[k - 1]?.text ?? '')?.nom === 'голова') return HROMADA_REF;
  }
  return null;
}

/** Titles that imply their body: a judge sits on the article's court, a starosta serves its hromada. */
export function refOfTitle(headNom: string): OrgRef | null {
  if (headNom === 'суддя') return { kind: 'COURT', re: null, hint: null };
  if (headNom === 'староста') return { kind: 'HROMADA', re: null, hint: null };
  return null;
}

/** An organisation as the resolver sees it: name, kind and the sentence of a mention. */
export interface OrgSeen { name: string; kind: ActorKind; sent: number }

/**
 * The organisation a reference points at: of its kind and pattern, the one sharing the hinted place stem, else
 * the one named last before the sentence (or first after it). Null when the article names none.
 */
export function resolveRef(ref: OrgRef, sent: number, seen: readonly OrgSeen[]): string | null {
  if (ref.previousSubject) return seen.find((o) => o.sent === sent - 1)?.name ?? null;
  let cands = seen.filter((o) => (!ref.kind || o.kind === ref.kind) && (!ref.re || ref.re.test(o.name)));
  if (ref.hint) {
    const hint = ref.hint;
    const hinted = cands.filter((o) => o.name.toLowerCase().startsWith(hint));
    if (hinted.length > 0) cands = hinted;
  }
  if (cands.length === 0) return null;
  if (ref.unique && new Set(cands.map((o) => o.name)).size > 1) {
    // Several named: the one the sentence or the one before it names ("… Сторожинецької громади. Очільник громади X").
    const near = new Set(cands.filter((o) => o.sent === sent || o.sent === sent - 1).map((o) => o.name));
    return near.size === 1 ? [...near][0] ?? null : null;
  }
  const before = cands.filter((o) => o.sent <= sent);
  const pick = before.length > 0 ? before[before.length - 1] : cands[0];
  return pick?.name ?? null;
}
