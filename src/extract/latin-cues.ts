// Persons in English text whose given name is not a Ukrainian one ("Ambassador of Sweden to Ukraine Eva
// Sundqvist", "Matthias Kellner, Head of Cooperation", "Reed said"), found by a title, an apposition or a verb
// next to two capitalised words. Their Ukrainian name is transcribed; the Latin name stays as written.
import { foreignNameToUk } from './foreign-translit.js';
import { memoiseBy } from '../shared/memo.js';
import { NAME_PARTICLE_RE } from './names.js';
import { COUNTRIES } from './country-data.js';
import { isListedPlaceLatin } from './geo-data.js';
import type { PersonMention } from './persons.js';
import type { Token } from './tokens.js';
import { quotedName } from './quoted.js';

const LAT_NAME_RE = /^\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{Ll}']+)?$/u;
const LATIN_LETTERS_RE = /^[\p{Script=Latin}'-]+$/u;

/** Title words of persons (lowercase): a name follows them or they follow the name after a comma. */
const TITLE_RE = /^(?:ambassador|ambassadors|head|director|minister|deputy|chief|coordinator|rapporteur|rapporteurs|chargé|chargée|charge|counsellor|councillor|adviser|advisor|officer|manager|specialist|expert|president|vice-president|chair|chairman|chairwoman|chairperson|mayor|governor|envoy|representative|leader|secretary|consul|consul-general|spokesperson|spokesman|spokeswoman|attaché|professor|economist|analyst|founder|co-founder|partner|lawyer|member|team|lead|commissioner|undersecretary|under-secretary|administrator|mp|senator|ceo|starosta)$/;
/** Words that may open an apposition before the title ("the", "Deputy", "Senior"). */
const TITLE_MOD_RE = /^(?:the|a|an|its|his|her|their|deputy|first|senior|acting|executive|country|team|general|special|regional|national|programme|program|project|former|interim|principal|lead|chief|managing|political|policy|public|local|international|legal|technical|an)$/;
/** Verbs of saying and acting right after a name. */
const VERB_AFTER_RE = /^(?:said|says|replied|responded|answered|warned|asked|disagreed|stressed|noted|emphasi[sz]ed|added|highlighted|stated|announced|underlined|explained|remarked|told|welcomed|pointed|presented|urged|summed|concluded|informed|reported|thanked|opened|reminded|recalled|spoke|signed|met|visited|paid|chaired|moderated|praised|assured|shared|outlined|called|underscored|believes|thinks|agreed|confirmed|expressed|mentioned|observed|argued|acknowledged|insisted|discussed|introduced|handed|greeted)$/;
/** Words right before a name that make it a person: "said X", "according to X", "by X". */
const BEFORE_RE = /^(?:said|says|added|noted|stressed|by|to|minister|ambassador|mr|mrs|ms|dr)$/;
/** Capitalised words that are never a person's given name or surname. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'on', 'in', 'at', 'of', 'for', 'and', 'with', 'this', 'that', 'these', 'those', 'it', 'its', 'their',
  'his', 'her', 'he', 'she', 'they', 'we', 'our', 'during', 'after', 'before', 'according', 'following', 'today',
  'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'ukraine',
  'ukrainian', 'kyiv', 'europe', 'european', 'union', 'council', 'congress', 'ministry', 'embassy', 'government',
  'office', 'programme', 'program', 'project', 'fund', 'foundation', 'association', 'agency', 'bank', 'world',
  'united', 'nations', 'states', 'kingdom', 'republic', 'federal', 'swiss', 'swedish', 'polish', 'german', 'danish',
  'dutch', 'finnish', 'norwegian', 'oblast', 'hromada', 'hromadas', 'city', 'regional', 'state', 'administration',
  'military', 'local', 'development', 'cooperation', 'democracy', 'governance', 'reform', 'decentralisation',
  'decentralization', 'centre', 'center', 'institute', 'department', 'delegation', 'mission', 'cabinet', 'verkhovna',
  'rada', 'parliament', 'committee', 'forum', 'conference', 'meeting', 'round', 'table', 'agreement', 'memorandum',
  'deputy', 'head', 'director', 'minister', 'ambassador', 'chief', 'president', 'mayor', 'chair', 'secretary',
  'executive', 'national', 'international', 'affairs', 'foreign', 'ministers', 'community', 'communities', 'village',
  'settlement', 'district', 'raion', 'region', 'capital', 'economic', 'social', 'policy', 'support', 'recovery',
  'authorities', 'officer', 'team', 'party', 'mr', 'mrs', 'ms', 'dr', 'prime', 'vice', 'first', 'general', 'chamber',
  'regions', 'territories', 'finance', 'education', 'health', 'digital', 'transformation', 'infrastructure', 'justice',
  'affairs', 'energy', 'innovation', 'academy', 'school', 'university', 'service', 'services', 'network', 'platform',
  'strategy', 'plan', 'law', 'code', 'act', 'budget', 'citizens', 'people', 'partners', 'partnership', 'initiative',
  'charter', 'self-government', 'tags', 'source', 'photo', 'read', 'also', 'related', 'news', 'both', 'all', 'many',
  'some', 'participants', 'representatives', 'experts', 'officials', 'residents', 'heads', 'mayors', 'speakers',
  'members', 'delegates', 'ambassadors', 'deputies', 'councillors', 'organisers', 'organizers', 'donors', 'there',
  'here', 'however', 'moreover', 'meanwhile', 'then', 'next', 'last', 'new', 'old', 'great', 'north', 'south', 'east',
  'west', 'central', 'eastern', 'western', 'northern', 'southern', 'ms.', 'association', 'hub', 'activity', 'approach',
  // Words of department and programme names ("Department of International Technical Assistance").
  'technical', 'assistance', 'humanitarian', 'civil', 'society', 'human', 'rights', 'public', 'protection', 'resources',
  'natural', 'audit', 'legal', 'financial', 'relations', 'trade', 'planning', 'urban', 'rural', 'youth', 'sports', 'culture',
]);
/** Endings of English abstract nouns and compounds ("Accountability Activity", "Community-Based") never names bear. */
const COMMON_NOUN_RE = /(?:ity|ment|tion|sion|ness|ship|ism|ive|ics|ies)$|-\p{Ll}*(?:ed|ing)$/u;
const COUNTRY_WORDS = new Set(COUNTRIES.flatMap((c) => [c.en, c.adjEn ?? ''].flatMap((s) => s.toLowerCase().split(' '))).filter((s) => s));


function nameLike(t: Token): boolean {
  if (!LAT_NAME_RE.test(t.text) || !LATIN_LETTERS_RE.test(t.text)) return false;
  return !NOT_NAME.has(t.lower) && !COUNTRY_WORDS.has(t.lower) && !TITLE_RE.test(t.lower) && !COMMON_NOUN_RE.test(t.lower)
    && !isListedPlaceLatin(t.text);
}

/** Whether a word may be part of a name, by the word as written: asked of most words twice. */
const nameLikeWord = memoiseBy(nameLike, (t: Token) => t.text);

function nameWord(t: Token | undefined, taken: boolean[], i: number): boolean {
  return !!t && t.kind === 'word' && !taken[i] && nameLikeWord(t);
}

/** "Given [particles] Surname" at i: the index after it, or -1. */
function nameSpan(tokens: Token[], i: number, taken: boolean[]): number {
  if (!nameWord(tokens[i], taken, i)) return -1;
  let k = i + 1;
  while (k < tokens.length && k < i + 4 && NAME_PARTICLE_RE.test(tokens[k]?.text ?? '')) k++;
  if (!nameWord(tokens[k], taken, k)) return -1;
  const after = tokens[k + 1];
  if (after?.kind === 'word' && after.cap && !taken[k + 1]) return -1;
  return k + 1;
}

/** A title phrase ends right before i: "Ambassador of Sweden to Ukraine", "Head of the DOBRE Programme,". */
function titleBefore(tokens: Token[], i: number, taken: boolean[]): boolean {
  let k = i - 1;
  if (tokens[k]?.text === ',') k--;
  for (; k >= 0 && k >= i - 16; k--) {
    const t = tokens[k];
    if (!t) return false;
    if (t.kind === 'word' && TITLE_RE.test(t.lower)) return true;
    // "Chargé d'affaires a.i. of …": the abbreviation's full stops.
    const ai = t.text === '.' && /^[ai]$/.test(tokens[k - 1]?.lower ?? '');
    if (t.kind === 'punct' && !ai && !/^[«»“”„"()]$/.test(t.text)) return false;
    // The title's complement: capitalised names, abbreviations, "of the ... to ... in ..." and bodies found.
    if (t.kind === 'word' && !t.cap && !taken[k] && !/^(?:of|the|to|in|at|for|and|on|with|a\.i\.|a|i|d'affaires|its|de|du)$/.test(t.lower)) return false;
  }
  return false;
}

/** ", Head of ...", ", Ambassador of ...", ", the Deputy Director ...": an apposition that is a title. */
function titleAfter(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1; k < tokens.length && k <= end + 4; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return false;
    if (TITLE_RE.test(t.lower)) return true;
    if (!TITLE_MOD_RE.test(t.lower) && !t.cap) return false;
  }
  return false;
}

function verbAfter(tokens: Token[], end: number): boolean {
  const t = tokens[end];
  if (t?.lower === 'also' || t?.lower === 'then') return VERB_AFTER_RE.test(tokens[end + 1]?.lower ?? '');
  return !!t && VERB_AFTER_RE.test(t.lower);
}

/** Foreign persons in Latin script, by context; `isUkrainian` leaves Ukrainian given names to their own reader. */
export function cuedLatinNames(tokens: Token[], text: string, sent: number, taken: boolean[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const end = nameSpan(tokens, i, taken);
    if (end < 0) continue;
    const prev = tokens[i - 1];
    if (nameWord(prev, taken, i - 1)) continue;
    // Words inside quotes are a title of something («Зелене Місто»), not a person.
    if (quotedName(tokens, i, end)) continue;
    const p1 = prev?.lower ?? '';
    const cued = titleBefore(tokens, i, taken) || titleAfter(tokens, end) || verbAfter(tokens, end)
      || (BEFORE_RE.test(p1) && (p1 !== 'to' || tokens[i - 2]?.lower === 'according'));
    if (!cued) continue;
    const surface = text.slice(tokens[i]?.start ?? 0, tokens[end - 1]?.end ?? 0);
    out.push({ name: foreignNameToUk(surface), alternatives: [], latin: surface, surface, sent, start: i, end });
    for (let k = i; k < end; k++) taken[k] = true;
    i = end - 1;
  }
  return out;
}
