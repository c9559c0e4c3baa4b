// Persons whose given name no list knows (foreign names, rare Ukrainian ones), found by the structure around them:
// a title before the name ("Посол Литви в Україні Мантас Йонайтіс"), a speech verb after it ("Ерік Нюберг
// наголосив"), "за словами" before it. The context also fixes the name's case and gender for the nominative.
import { declAdjF, declA, declHard, declYa, CASES, type Case, type Gender } from './declension.js';
import { memoiseBy } from '../shared/memo.js';
import { NAME_PARTICLE_RE, nominativeNameIn } from './names.js';
import { COUNTRIES } from './country-data.js';
import { headNoun } from './phrase.js';
import type { PersonMention } from './persons.js';
import type { Token } from './tokens.js';
import { quotedName } from './quoted.js';

const CYR_CAP_RE = /^\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{Ll}']+)?$/u;

/** Person titles: the nouns positions use, plus diplomatic and rapporteur titles that name no body of their own. */
const TITLE_NOMS = new Set([
  'заступник', 'заступниця', 'міністр', 'міністерка', 'керівник', 'керівниця', 'голова', 'начальник', 'начальниця',
  'директор', 'директорка', 'радник', 'радниця', 'посол', 'посолка', 'координатор', 'координаторка', 'експерт',
  'експертка', 'менеджер', 'менеджерка', 'мер', 'староста', 'секретар', 'секретарка', 'депутат', 'депутатка',
  'представник', 'представниця', 'президент', 'президентка', 'віце-президент', 'віце-президентка', 'віцепрезидент',
  'віцепрезидентка', "віце-прем'єр-міністр", "прем'єр-міністр", 'очільник', 'очільниця', 'речник', 'речниця',
  'член', 'аналітик', 'аналітикиня', 'юрист', 'юристка', 'фахівець', 'фахівчиня', 'спеціаліст',
]);
/** Titles the shared head-noun table does not know: [nominative, gender]. Declined here. */
const EXTRA_TITLES: ReadonlyArray<readonly [string, Gender]> = [
  ['консул', 'm'], ['консулка', 'f'], ['посланник', 'm'], ['посланниця', 'f'], ['доповідач', 'm'], ['доповідачка', 'f'],
  ['повірений', 'm'], ['повірена', 'f'], ['амбасадор', 'm'], ['амбасадорка', 'f'], ['лідер', 'm'], ['лідерка', 'f'], ['засновник', 'm'],
  ['засновниця', 'f'], ['співзасновник', 'm'], ['співзасновниця', 'f'], ['мерка', 'f'], ['віце-мер', 'm'],
  ['аташе', 'm'], ['професор', 'm'], ['професорка', 'f'], ['науковець', 'm'], ['дослідник', 'm'], ['дослідниця', 'f'],
  ['спікер', 'm'], ['спікерка', 'f'], ['тренер', 'm'], ['тренерка', 'f'], ['модератор', 'm'], ['модераторка', 'f'],
];

/** Declines a title noun (lowercase nominative) by its ending; good enough to read a title form's case. */
function titleForms(nom: string, gender: Gender): Record<Case, string[]> {
  if (nom === 'посол') return { ...declHard('посл'), nom: [nom] };
  // An adjectival noun: тимчасової повіреної.
  if (nom === 'повірена') return declAdjF(nom);
  if (nom === 'аташе') return { nom: [nom], gen: [nom], dat: [nom], acc: [nom], ins: [nom], loc: [nom] };
  if (nom.endsWith('а')) return declA(nom.slice(0, -1));
  if (nom.endsWith('я')) return declYa(nom.slice(0, -1));
  if (nom.endsWith('ець')) return declHard(nom.slice(0, -3) + 'ц');
  if (nom.endsWith('ий')) {
    const s = nom.slice(0, -2);
    return { nom: [nom], gen: [s + 'ого'], dat: [s + 'ому'], acc: [s + 'ого'], ins: [s + 'им'], loc: [s + 'ому', s + 'ім'] };
  }
  const f = declHard(nom);
  return gender === 'm' ? f : { nom: [nom], gen: [], dat: [], acc: [], ins: [], loc: [] };
}

/** Every form of every title → its gender and the cases that form can be. */
const TITLE_FORMS = new Map<string, { gender: Gender; cases: Case[] }>();
function indexTitle(nom: string, gender: Gender): void {
  const f = titleForms(nom, gender);
  for (const c of CASES) {
    for (const w of f[c]) {
      const e = TITLE_FORMS.get(w) ?? { gender, cases: [] };
      if (!e.cases.includes(c)) e.cases.push(c);
      TITLE_FORMS.set(w, e);
    }
  }
}
for (const [nom, g] of EXTRA_TITLES) indexTitle(nom, g);
for (const nom of TITLE_NOMS) {
  const g: Gender = /(?:ка|ця|иня|ня)$/.test(nom) ? 'f' : 'm';
  indexTitle(nom, g);
}

/** A title form, also inside a compound ("радник-посланник", "віце-прем'єр-міністра"): its gender and cases. */
function titleOf(t: Token | undefined): { gender: Gender; cases: Case[] } | undefined {
  if (!t || t.kind !== 'word') return undefined;
  const direct = TITLE_FORMS.get(t.lower);
  if (direct) return direct;
  const dash = t.lower.lastIndexOf('-');
  return dash > 0 ? TITLE_FORMS.get(t.lower.slice(dash + 1)) : undefined;
}

/** Capitalised words that are never part of a person's name: states, bodies, places, months. */
const NOT_NAME_RE = /^(?:Королівств|Республік|Федеративн|Князівств|Герцогств|Сполучен|Штат|Європ|Союз|Україн|Київ|Києв|Уряд|Рад[аиіуо]|Посольств|Представництв|Програм|Проєкт|Проект|Фонд|Фундац|Агенці|Агентств|Департамент|Управлінн|Міністерств|Делегаці|Офіс|Місі|Асоціаці|Конгрес|Палат|Організаці|Банк|Центр|Інститут|Генеральн|Надзвичайн|Повноважн|Посол|Посл|Міністр|Президент|Голов|Директор|Керівни|Заступни|Радни|Консул|Мер|Віце)/;
const MONTH_RE = /^(?:січн|лют|берез|квіт|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн)/i;
const COUNTRY_FORMS = new Set(COUNTRIES.flatMap((c) => c.forms.map((f) => f.toLowerCase())));
/** Adjectival endings: "Естонського", "Литовської" are the ends of organisation names, not given names. */
const ADJECTIVE_END_RE = /(?:ого|ому|ої|ій|ий|ими|их|ськ\p{Ll}*|цьк\p{Ll}*|зьк\p{Ll}*)$/u;


function nameLike(t: Token): boolean {
  if (!CYR_CAP_RE.test(t.text)) return false;
  if (NOT_NAME_RE.test(t.text) || MONTH_RE.test(t.text) || COUNTRY_FORMS.has(t.lower)) return false;
  return headNoun(t.text) === undefined && titleOf(t) === undefined;
}

/** Whether a word may be part of a name, by the word as written: asked of most words twice. */
const nameLikeWord = memoiseBy(nameLike, (t: Token) => t.text);

function nameWord(t: Token | undefined, taken: boolean[], i: number): boolean {
  return !!t && t.kind === 'word' && !taken[i] && nameLikeWord(t);
}

/** "Given [particles] Surname" starting at i: the index after it, or -1. */
function nameSpan(tokens: Token[], i: number, taken: boolean[]): number {
  if (!nameWord(tokens[i], taken, i) || ADJECTIVE_END_RE.test(tokens[i]?.lower ?? '')) return -1;
  let k = i + 1;
  while (k < tokens.length && k < i + 4 && NAME_PARTICLE_RE.test(tokens[k]?.text ?? '')) k++;
  if (!nameWord(tokens[k], taken, k)) return -1;
  // A third capitalised word means a longer name of something else ("Ради Європи Кароліна ...").
  if (tokens[k + 1]?.cap && tokens[k + 1]?.kind === 'word' && !taken[k + 1]) return -1;
  return k + 1;
}

/** Finite past-tense verbs end a title phrase: "Посол подякував Марку ..." is no title of the name. */
const VERB_END_RE = /(?:ла|ли|ло|ав|ив|ів|ув|яв|ать|ить|ють|ять|ться|ся)$/;

/** The title whose phrase ends right before `i` ("Посолка Швеції в Україні", "керівником Програми «…»"). */
function titleBefore(tokens: Token[], i: number, taken: boolean[]): { gender: Gender; cases: Case[] } | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
    const t = tokens[k];
    if (!t) return undefined;
    const title = titleOf(t);
    if (title) return title;
    if (t.kind === 'punct' && !/^[«»“”„"()]$/.test(t.text)) return undefined;
    if (t.kind === 'word' && !t.cap && !taken[k] && VERB_END_RE.test(t.lower) && !/(?:ння|ття)$/.test(t.lower)) return undefined;
  }
  return undefined;
}

/** Singular past-tense verbs of speaking and acting that follow a person's name; the ending gives the gender. */
const SPEECH_RE = /^(?:сказа|зазначи|наголоси|дода|підкресли|розповіл|розповів|повідоми|заяви|відзначи|зверну|поінформува|поясни|запевни|акцентува|презентува|привіта|окресли|нагада|зауважи|висловив|висловила|підсумува|констатува|закликав|закликала|відповів|відповіла|навів|навела|представи|подякува|проінформува|доповів|доповіла|прокоментува|вважа|переконан|відкри|взя|підписа|провів|провела|очоли|зустрів|зустріла|привез|передав|передала|вручи|анонсува|висловил)\p{Ll}*$/u;

function verbGender(t: Token | undefined): Gender | undefined {
  if (!t || t.kind !== 'word' || !SPEECH_RE.test(t.lower)) return undefined;
  if (/ла$|лася$/.test(t.lower)) return 'f';
  if (/(?:в|вся)$/.test(t.lower)) return 'm';
  return undefined;
}

/** Cues after a name: a verb right after it, or after "також"/"ще"/"теж". */
function verbAfter(tokens: Token[], end: number): Gender | undefined {
  const t = tokens[end];
  if (t && /^(?:також|теж|ще|зокрема|окремо)$/.test(t.lower)) return verbGender(tokens[end + 1]);
  return verbGender(t);
}

/** Persons with unlisted given names, found by the title, verb or "за словами" around them. */
export function cuedNames(tokens: Token[], text: string, sent: number, taken: boolean[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const end = nameSpan(tokens, i, taken);
    if (end < 0) continue;
    const prev = tokens[i - 1];
    // A name-like word right before means the pair is the tail of a longer name (a state or body before is fine).
    if (nameWord(prev, taken, i - 1)) continue;
    // Words inside quotes are a title of something («Зелене Місто»), not a person.
    if (quotedName(tokens, i, end)) continue;
    let cases: Case[] | undefined;
    let gender: Gender | undefined;
    const title = titleBefore(tokens, i, taken);
    if (title) { cases = title.cases; gender = title.gender; }
    const vg = verbAfter(tokens, end);
    if (!cases && vg) { cases = ['nom']; gender = vg; }
    if (!cases && prev?.lower === 'словами' && tokens[i - 2]?.lower === 'за') cases = ['gen'];
    if (!cases) continue;
    const surface = text.slice(tokens[i]?.start ?? 0, tokens[end - 1]?.end ?? 0);
    // A title's gender is the person's only for feminine titles: "посол" is also said of a woman.
    const g = gender === 'f' || vg ? (vg ?? gender) : undefined;
    const { name } = nominativeNameIn(surface, cases, g);
    out.push({ name, alternatives: [], latin: null, surface, sent, start: i, end });
    for (let k = i; k < end; k++) taken[k] = true;
    i = end - 1;
  }
  return out;
}
