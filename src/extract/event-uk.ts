// Ukrainian event phrases: the trigger noun, the adjectives before it and the complement chain after it, read
// the way news writes them ("в ході засідання правління Асоціації …", "підписання меморандуму про співпрацю між X
// та Y", "зустріч Міністра … з керівником Програми «…»"), and put in the nominative.
import type { OrgMention } from './orgs.js';
import { memoise } from '../shared/memo.js';
import { tidyQuotes } from './event-en.js';
import { givenNameReadings } from './names.js';
import { headNoun, isAdjectiveForm, joinWords, nominativeAdjective } from './phrase.js';
import type { Token } from './tokens.js';

type Gender = 'm' | 'f' | 'n';
export interface UkTrigger { nom: string; gender: Gender; kind: string }

/** Event nouns the shared phrase heads do not know, by form (their plural-less cases). */
const EXTRA_FORMS: Readonly<Record<string, UkTrigger>> = (() => {
  const out: Record<string, UkTrigger> = {};
  const add = (nom: string, gender: Gender, kind: string, forms: string[]): void => {
    for (const f of [nom, ...forms]) out[f] = { nom, gender, kind };
  };
  add('брифінг', 'm', 'брифінг', ['брифінгу', 'брифінгом', 'брифінгі']);
  add('ефір', 'm', 'ефір', ['ефіру', 'ефірі', 'ефіром']);
  add('етер', 'm', 'ефір', ['етеру', 'етері', 'етером']);
  add('підписання', 'n', 'підписання', ['підписанню', 'підписанням', 'підписанні']);
  add("з'їзд", 'm', "з'їзд", ["з'їзду", "з'їздом", "з'їзді"]);
  add('збори', 'f', 'збори', ['зборів', 'зборах', 'зборами', 'зборам']);
  add('запуск', 'm', 'запуск', ['запуску', 'запуском']);
  return out;
})();

/** Head nouns (nominative) of the shared phrase heads that name events → kind. */
const KINDS: Readonly<Record<string, string>> = {
  засідання: 'засідання', форум: 'форум', конференція: 'конференція', 'міні-конференція': 'міні-конференція', сесія: 'сесія',
  нарада: 'нарада', зустріч: 'зустріч', семінар: 'семінар', тренінг: 'тренінг', вебінар: 'вебінар', презентація: 'презентація',
  саміт: 'саміт', фестиваль: 'фестиваль', хакатон: 'хакатон', слухання: 'слухання', воркшоп: 'воркшоп',
  стіл: 'круглий стіл', марафон: 'марафон', відкриття: 'відкриття', візит: 'візит',
};

/**
 * The event trigger a word form is, if any ("онлайн-презентацію" → презентація). Remembered by the word as written
 * (event scanning asks it of every word, some twice); frozen, so no caller can change what another reads.
 */
export const ukTrigger: (word: string) => Readonly<UkTrigger> | null = memoise((word) => {
  const found = triggerOf(word);
  return found && Object.freeze(found);
});

function triggerOf(word: string): UkTrigger | null {
  const lower = word.toLowerCase();
  const extra = EXTRA_FORMS[lower] ?? EXTRA_FORMS[lower.slice(lower.lastIndexOf('-') + 1)];
  if (extra) return lower.includes('-') ? { ...extra, nom: lower.slice(0, lower.lastIndexOf('-') + 1) + extra.nom } : extra;
  const h = headNoun(word);
  if (!h) return null;
  const kind = KINDS[h.nom] ?? KINDS[h.nom.slice(h.nom.lastIndexOf('-') + 1)];
  return kind ? { nom: h.nom, gender: h.gender, kind } : null;
}

/** Words that end a name: conjunctions, pronouns, particles, and prepositions of time, manner and support. */
const END_WORDS = new Set([
  'за', 'під', 'від', 'після', 'через', 'о', 'об', 'по', 'серед', 'при', 'перед', 'крім', 'окрім', 'завдяки', 'протягом',
  'впродовж', 'як', 'що', 'щоб', 'який', 'яка', 'яке', 'які', 'якого', 'якої', 'якому', 'якій', 'яких', 'якими', 'де', 'коли',
  'а', 'але', 'проте', 'однак', 'бо', 'тому', 'також', 'вже', 'ще', 'не', 'ні', 'лише', 'це', 'цей', 'ця', 'ці', 'цього',
  'було', 'буде', 'були', 'був', 'була', 'є', 'разом', 'спільно', 'зокрема', 'понад', 'майже', 'близько', 'тощо', 'саме',
  'його', 'її', 'їх', 'їхні', 'він', 'вона', 'вони', 'ми', 'ви', 'я', 'всі', 'усі', 'всього', 'учора', 'вчора', 'сьогодні',
  'нещодавно', 'днями', 'зараз', 'тепер', 'відтак', 'адже', 'навіть', 'зі', 'із', 'з', 'щодо', 'про', 'між', 'до', 'для',
  'у', 'в', 'на', 'та', 'і', 'й', 'чи', 'або', 'може', 'має', 'мають', 'можуть', 'стане', 'стали', 'став', 'стала',
]);
/** Prepositions that continue a name with their object ("нарада з питань …", "візит до …", "меморандум про співпрацю"). */
const LINKS = new Set(['з', 'із', 'зі', 'щодо', 'про', 'між', 'до', 'для', 'у', 'в', 'на']);
/** After у/в and на, words that open a time, manner or frame, not a place or subject of the event. */
const NOT_AFTER_LINK = /^(?:понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю|січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні|рамках|межах|форматі|режимі|присутності|приміщенні|залі|ході|якому|якій|яких|цьому|цій|минулому|наступному|цей|минулого|кінця|кінці|початку|середині|сесійній|онлайн|офлайн|умовах|час|часі|тому|складі|особі|онлайн-форматі|свою|своїй|своєму|своєї|своїх|його|її|їх|нього|неї|них|нас|вас|цілому|змозі|зв'язку|змісті|результаті|якості)$/;
/** Prepositional nouns before a trigger: "в ході засідання", "у рамках форуму", "за результатами наради". */
const NOT_MODIFIER = new Set([
  'ході', 'рамках', 'межах', 'час', 'часі', 'результатами', 'підсумками', 'кулуарах', 'початку', 'завершенні', 'завершення',
  'ініціативи', 'напередодні', 'перебігу', 'учасники', 'учасників', 'учасникам', 'учасниками', 'організатори', 'підготовки',
  'проведення', 'проведенні', 'порядку', 'порядок', 'мета', 'метою', 'тема', 'темою', 'формат', 'форматі', 'день', 'дня',
  'буде', 'стане', 'може', 'має', 'було', 'була', 'стала', 'є', 'нова', 'після', 'крім', 'окрім', 'перед', 'під', 'щодо',
  'частини', 'частина', 'частину', 'частині', 'першої', 'другої', 'третьої', 'першій', 'другій', 'третій', 'рамки',
  'роботі', 'роботу', 'роботою', 'участі', 'участь', 'відкритті', 'відкриття', 'закритті', 'ході', 'сесійній', 'залі',
]);
/** Nominative person titles and plural subjects: the event's name has ended and the clause's subject begins. */
const TITLE_NOM = /^(?:заступник|заступниця|міністр|міністерка|керівник|керівниця|голова|начальник|начальниця|директор|директорка|радник|радниця|посол|посолка|координатор|координаторка|експерт|експертка|менеджер|менеджерка|мер|староста|секретар|секретарка|депутат|депутатка|представник|представниця|президент|президентка|віце-президент|очільник|очільниця|речник|речниця|член|суддя|спеціаліст|фахівець|аналітик|юрист|юристка|доповідач|доповідачка|модератор|модераторка|спікер|спікерка|учасник|учасниця|ведучий|ведуча|перший|перша)$/;
const PLURAL_SUBJECT = /^(?:члени|учасники|учасниці|депутати|представники|представниці|мешканці|експерти|гості|керівники|фахівці|працівники|посадовці|науковці|делегати|присутні|організатори|партнери|спікери|доповідачі|слухачі|журналісти|активісти|старости|мери|міністри|посли|підприємці|освітяни|медики|слухачки|учні|студенти)$/;
/** Forms of plural subjects that are also genitive singulars: a subject only when a plural verb follows. */
const MAYBE_SUBJECT = /^(?:голови|сторони)$/;
/** Plural genitives with no ending ("розвитку громад", "Асоціації міст") that follow a chain. */
const ZERO_GENITIVE = /^(?:старост|жінок|громад|міст|рад|послуг|територій|асоціацій|організацій|областей|установ|шкіл|лікарень|закладів|справ|питань|потреб|змін|реформ|програм|стратегій|ініціатив|країн|держав|партнерів|донорів|сіл|селищ)$/;
/** Genitive-looking endings, singular and plural, nouns and adjectives. */
const GENITIVE_END = /(?:ого|ього|ої|ьої|их|іх|ів|їв|ей|ій|а|я|у|ю|и|і|ї)$/;
/** Dative and instrumental endings: outside a preposition's object they belong to the clause, not the name. */
const OBLIQUE_END = /(?:ам|ям|ами|ями|ом|ем|єм|ою|ею|єю|ими|ім)$/;
/** Words that take no endings ("в ефірі Українського радіо"). */
const INDECLINABLE = /^(?:радіо|кіно|бюро|метро|медіа|депо|таксі|журі|онлайн|офлайн|ток-шоу|шоу)$/;
/** Nominative endings that also look genitive: feminine adjectives and nouns ("українська делегація", "робоча"). */
const NOMINATIVE_A = /(?:ськ|цьк|зьк|ьк|н|ов|ев|ч|ж|ш|щ)а$|(?:ськ|цьк|зьк)і$/;
/** Capitalised words: surnames in -ов/-ин take -а in the genitive ("Синєгубова"), adjectives do not. */
const NOMINATIVE_A_CAP = /(?:ськ|цьк|зьк)[аі]$/;
/** Nouns that end like past-tense verbs. */
const NOT_VERB = /^(?:школи|школа|сили|правила|джерела|села|села|мила|крила|могили|арсенала|генерала|капітала|потенціалу|персоналу|каналу|ради)$/;

/** A word in the nominative that ends like a genitive: a given name read only as nominative, "українська", "Олена". */
function looksNominative(t: Token): boolean {
  const names = t.cap ? givenNameReadings(t.text) : [];
  if (names.length) return !names.some((r) => r.case !== 'nom');
  return (t.cap ? NOMINATIVE_A_CAP : NOMINATIVE_A).test(t.lower);
}

/** Whether a lowercase word is a finite (or impersonal) verb form, by its ending. */
export function isFiniteVerb(lower: string): boolean {
  if (NOT_VERB.test(lower) || lower.length < 3) return false;
  if (/(?:^|про|до|на|при|за|пере|під|роз|ви)вів$|^(?:хотів|зумів|сидів|летів|велів|звелів|горів|терпів)$/.test(lower)) return true;
  if (/(?:ів|їв)$/.test(lower)) return false; // genitive plurals ("бюджетів")
  if (/(?:шл|гл|кл)[аои]$/.test(lower) || /(?:веде|йде|іде)$/.test(lower)) return true; // "пройшла", "змогли", "допомогло"
  return /(?:[аиіуяоеї]в|вся|[аиіуяоеї]ла|[аиіуяоеї]ло|[аиіуяоеї]ли|лася|лося|лися|лись|ться|ється|иться|еться|[аиуяіо]ють|[уюяа]ть|[иі]ть|[уюає]є|ує|ює|ає|яє|ено|ано|єно|ято|ито|уто|тиме|тимуть|имо|емо|ете|ите|[аяуюи]ючи|[аяиі]вши)$/.test(lower);
}

function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

/** A plural past or present verb within the next few words, before any punctuation: "голови громад обговорили". */
function pluralVerbAhead(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j];
    if (!isWord(t)) return false;
    if (/(?:ли|лися|лись|ють|ять|уть)$/.test(t.lower) && isFiniteVerb(t.lower)) return true;
  }
  return false;
}

/** "41-ї", "41-й": an ordinal written in digits, as three tokens; its length, or 0. */
function ordinalAt(tokens: Token[], k: number): number {
  return tokens[k]?.kind === 'number' && tokens[k + 1]?.text === '-' && /^(?:ї|й|го|ої|ого|а|е|і|ій|ому)$/.test(tokens[k + 2]?.lower ?? '') ? 3 : 0;
}

/** Where the adjectives, ordinals and numerals qualifying the trigger at `i` begin. */
export function modifiersStart(tokens: Token[], i: number): number {
  let a = i;
  while (a > 0) {
    const p = tokens[a - 1];
    if (!p || p.kind !== 'word') break;
    // "41-ї сесії": an ordinal in digits.
    if (a >= 3 && ordinalAt(tokens, a - 3) === 3) { a -= 3; continue; }
    if (END_WORDS.has(p.lower) || NOT_MODIFIER.has(p.lower)) break;
    if (/^[IVXLCХІ]+$/.test(p.text)) { a--; break; }
    if (p.lower === 'онлайн') { a--; continue; }
    const beforeP = tokens[a - 2];
    if (beforeP && LINKS.has(beforeP.lower) && p.cap) break; // "у Києві" is a place, not a modifier
    if (!isAdjectiveForm(p.text) || isFiniteVerb(p.lower) && !/(?:ий|ій|ого|ому|их)$/.test(p.lower)) break;
    if (p.cap && a - 1 === 0 && !/(?:ськ|цьк)/.test(p.lower)) { a--; break; }
    a--;
  }
  return a;
}

/** Where the complement chain after the trigger at `i` ends, and the first organisation in it. */
export function complementEnd(tokens: Token[], i: number, trigger: UkTrigger, orgs: OrgMention[]): { end: number; owner: OrgMention | null } {
  let e = i + 1;
  let end = e;
  let owner: OrgMention | null = null;
  /** After a preposition: its object may be in any case (instrumental, locative, accusative). */
  let objectWords = 0;
  let lowercase = 0;
  let between = false;
  let linked = false;
  const orgAt = (k: number): OrgMention | undefined => orgs.find((o) => o.start === k);
  // A broadcast is named by its channel or show, often an indeclinable one ("в ефірі Радіо Свобода").
  if (trigger.kind === 'ефір') while (tokens[e]?.cap && e - i <= 3 && !orgAt(e)) { e++; end = e; }
  while (e < tokens.length && e - i < 45) {
    const t = tokens[e];
    if (!t) break;
    const org = orgAt(e);
    if (org) {
      // An organisation read too far ("… ради восьмого скликання депутати") ends the name where the subject begins.
      const cut = tokens.slice(org.start, org.end).findIndex((x) => PLURAL_SUBJECT.test(x.lower) || TITLE_NOM.test(x.lower) && !x.cap);
      if (cut > 0) { end = org.start + cut; break; }
      owner ??= org; e = org.end; end = e; objectWords = 0; continue;
    }
    if (/^[«“„"]$/.test(t.text)) {
      let q = e + 1;
      while (q < tokens.length && !/^[»”"]$/.test(tokens[q]?.text ?? '')) q++;
      if (q < tokens.length) end = q + 1;
      break;
    }
    if (t.kind === 'number') {
      const ord = ordinalAt(tokens, e);
      if (ord) { e += ord; objectWords = 0; continue; }
      // "на 2025 рік", "на 2021–2027 роки", "до 2030 року": a year after на/до belongs to the name.
      const prev = tokens[e - 1]?.lower ?? '';
      if (/^\d{4}$/.test(t.text) && (prev === 'на' || prev === 'до' || prev === 'період' || /^[–—-]$/.test(prev))) {
        e++;
        if (/^[–—-]$/.test(tokens[e]?.text ?? '') && tokens[e + 1]?.kind === 'number') e += 2;
        if (/^(?:рік|роки|року|років)$/.test(tokens[e]?.lower ?? '')) { e++; end = e; }
        continue;
      }
      break;
    }
    if (t.kind === 'punct') {
      const next = tokens[e + 1];
      // "між X, Y та Z": a list of the signing parties.
      if (t.text === ',' && between && (next?.cap || (next && orgAt(e + 1)))) { e++; objectWords = 3; continue; }
      // "Міністра розвитку громад, територій та інфраструктури": an enumeration inside a title.
      if (t.text === ',' && isWord(next) && !next.cap && GENITIVE_END.test(next.lower) && !isFiniteVerb(next.lower)
        && tokens.slice(e + 2, e + 5).some((x) => x.lower === 'та' || x.lower === 'і')) { e++; continue; }
      // "Загальні збори (Конференція) Спілки …": a name in brackets between the trigger and its complement.
      if (t.text === '(' && e === i + 1) {
        const close = tokens.findIndex((x, j) => j > e && j <= e + 4 && x.text === ')');
        if (close > 0 && tokens.slice(e + 1, close).every((x) => x.cap && isWord(x)) && (tokens[close + 1]?.cap || orgAt(close + 1))) { e = close + 1; end = e; continue; }
      }
      // "Віце-прем'єр-міністра з відновлення України – Міністра …": a double title.
      if (/^[–—]$/.test(t.text) && next?.cap && headNoun(next.text) && headNoun(next.text)?.nom !== next.lower) { e++; continue; }
      break;
    }
    const w = t.lower;
    if (LINKS.has(w)) {
      const next = tokens[e + 1];
      if (!next) break;
      if ((w === 'з' || w === 'із') && /^питан/.test(next.lower)) { e += 2; end = e; objectWords = 0; continue; }
      if ((w === 'у' || w === 'в' || w === 'на') && NOT_AFTER_LINK.test(next.lower)) break;
      if (w === 'на' && next.kind !== 'number' && !/^(?:тему|період)$/.test(next.lower)) break;
      if (w === 'до' && next.kind === 'number' && !/^\d{4}$/.test(next.text)) break; // "до 25 грудня" is a deadline
      if (isWord(next) && (END_WORDS.has(next.lower) && !LINKS.has(next.lower) || isFiniteVerb(next.lower))) break;
      if (w === 'між') between = true;
      linked = true;
      e++;
      objectWords = 3;
      continue;
    }
    if (w === 'та' || w === 'і' || w === 'й') {
      const next = tokens[e + 1];
      if (e === i + 1 || !next) break;
      if (!(orgAt(e + 1) || isWord(next) && !END_WORDS.has(next.lower) && !isFiniteVerb(next.lower) && !TITLE_NOM.test(next.lower) && !PLURAL_SUBJECT.test(next.lower))) break;
      // "між X та Y", "з головами громад і депутатами": the second object takes the first one's case.
      if (linked) objectWords = 3;
      e++;
      continue;
    }
    // "Йоста ван ден Берга": the lower-case particles of a foreign name.
    if (/^(?:ван|фон|де|ді|да|дер|ден|дель|ла|ле|ель|аль)$/.test(w) && tokens[e - 1]?.cap && (tokens[e + 1]?.cap || /^(?:ван|фон|де|дер|ден)$/.test(tokens[e + 1]?.lower ?? ''))) { e++; continue; }
    // "наступного тижня", "цього року": a time adverbial, not the name.
    if (/^(?:наступного|минулого|цього|поточного|того|кожного)$/.test(w) && /^(?:тижня|місяця|року|дня|разу)$/.test(tokens[e + 1]?.lower ?? '')) break;
    if (END_WORDS.has(w) || isFiniteVerb(w) || TITLE_NOM.test(w) || PLURAL_SUBJECT.test(w)) break;
    if (MAYBE_SUBJECT.test(w) && pluralVerbAhead(tokens, e)) break;
    if (objectWords > 0 && objectWords < 3 && !INDECLINABLE.test(w) && looksNominative(t)) break; // "у Страсбурзі українська делегація"
    if (objectWords > 0) {
      // "містом Люблін", "селом Нові Петрівці": a place's own name stands in the nominative beside it.
      objectWords = isAdjectiveForm(t.text) ? objectWords - 1 : /^(?:міст|сел|селищ|громад)(?:о|ом|а|і|ою|у)$/.test(w) ? 1 : 0;
    } else {
      const prev = tokens[e - 1]?.lower ?? '';
      // "перейменування вулиць", "будівництво доріг": a verbal noun's object is a genitive plural, often without ending.
      const verbalObject = /(?:нн|тт)я$/.test(prev) && !t.cap && /[бвгґджзклмнпрстфхцчшщь]$/.test(w);
      // "Програми" ends like an instrumental plural but is the genitive of "програма".
      const genitive = verbalObject || (GENITIVE_END.test(w) && (!OBLIQUE_END.test(w) || /грами$/.test(w)) && !looksNominative(t)) || ZERO_GENITIVE.test(w) || INDECLINABLE.test(w) || /(?:их|іх)$/.test(prev);
      if (!genitive && !t.caps && !t.latin) break;
    }
    if (!t.cap) lowercase++;
    if (lowercase > 14) break;
    e++;
    end = e;
  }
  // A dangling conjunction or preposition is not part of the name.
  while (end > i + 1 && /^(?:та|і|й|з|із|зі|до|для|у|в|на|щодо|про|між|,|–|—)$/.test(tokens[end - 1]?.lower ?? '')) end--;
  return { end, owner };
}

/** The nominative of an event phrase whose trigger is at `head`: the trigger and its adjectives agree, the rest stays. */
export function eventNominative(words: readonly string[], head: number, trigger: UkTrigger): string {
  return tidy(nominativeWords(words, head, trigger));
}

/** "41 - ї" → "41-ї", "2021 – 2027" → "2021–2027": tokens of one written word joined back. */
function tidy(name: string): string {
  return tidyQuotes(name.replace(/(\d) - (\p{L})/gu, '$1-$2').replace(/(\d) ([–—-]) (\d)/g, '$1$2$3'));
}

function nominativeWords(words: readonly string[], head: number, trigger: UkTrigger): string {
  const out = [...words];
  const h = words[head] ?? '';
  out[head] = h.charAt(0) !== h.charAt(0).toLowerCase() ? trigger.nom.charAt(0).toUpperCase() + trigger.nom.slice(1) : trigger.nom;
  if (trigger.nom === 'збори') {
    for (let k = head - 1; k >= 0 && isAdjectiveForm(words[k] ?? ''); k--) out[k] = (words[k] ?? '').replace(/(?:их|ими|им)$/, 'і');
    return joinWords(out);
  }
  for (let k = head - 1; k >= 0; k--) {
    const w = words[k] ?? '';
    if (isAdjectiveForm(w)) out[k] = nominativeAdjective(w, trigger.gender);
    else if (!/^[IVXLCХІ]+$/.test(w) && !/^(?:\d+|-|ї|й|го|ої|ого|а|е|і|ій|ому|онлайн)$/i.test(w)) break;
  }
  return joinWords(out);
}
