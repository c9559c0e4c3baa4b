// Puts Ukrainian noun phrases (organisation names, titles, event names) into the nominative: the head noun and
// the adjectives before it change, the genitive complement after it stays ("Координаційної ради з питань ..." →
// "Координаційна рада з питань ...").
import { declA, declAdjF, declAdjM, declHard, declYa, declSoft, type Forms, CASES } from './declension.js';
import { memoise } from '../shared/memo.js';

type NounGender = 'm' | 'f' | 'n';
interface HeadNoun { nom: string; gender: NounGender }

/** Neuter nouns in -о (міністерство) and -я after a doubled consonant (засідання). */
function declNeuter(nom: string): Forms {
  if (nom.endsWith('я')) {
    const s = nom.slice(0, -1);
    return { nom: [nom], gen: [nom], dat: [s + 'ю'], acc: [nom], ins: [s + 'ям'], loc: [s + 'і'] };
  }
  const s = nom.slice(0, -1);
  return { nom: [nom], gen: [s + 'а'], dat: [s + 'у'], acc: [nom], ins: [s + 'ом'], loc: [s + 'і'] };
}

/** Masculine inanimate nouns: genitive in -у (офісу, суду) unless listed with -а; accusative equals nominative. */
function declInanimate(nom: string, genA: boolean): Forms {
  if (nom.endsWith('ь')) {
    const f = declSoft(nom.slice(0, -1), nom);
    return { ...f, acc: [nom], loc: [nom.slice(0, -1) + 'і'] };
  }
  const f = declHard(nom);
  return { ...f, gen: [nom + (genA ? 'а' : 'у')], acc: [nom], loc: [nom + 'і', nom + 'у'] };
}

/** Third-declension feminine nouns (зустріч). */
function declThird(nom: string): Forms {
  const last = nom.slice(-1);
  return { nom: [nom], gen: [nom + 'і'], dat: [nom + 'і'], acc: [nom], ins: [nom + last + 'ю'], loc: [nom + 'і'] };
}

/** Head nouns of organisation, title and event phrases, by gender; masculine ones taking genitive -а are marked. */
const HEADS: ReadonlyArray<readonly [string, NounGender, ('genA' | 'anim')?]> = [
  ['рада', 'f'], ['комітет', 'm'], ['міністерство', 'n'], ['асоціація', 'f'], ['агентство', 'n'], ['агенція', 'f'],
  ['служба', 'f'], ['управління', 'n'], ['департамент', 'm'], ['директорат', 'm'], ['адміністрація', 'f'], ['офіс', 'm'], ['посольство', 'n'],
  ['суд', 'm'], ['фонд', 'm'], ['центр', 'm'], ['громада', 'f'], ['програма', 'f'], ['проєкт', 'm'], ['проект', 'm'],
  ['інститут', 'm'], ['організація', 'f'], ['спілка', 'f'], ['конгрес', 'm'], ['палата', 'f'], ['комісія', 'f'],
  ['банк', 'm'], ['уряд', 'm'], ['представництво', 'n'], ['місія', 'f'], ['кабінет', 'm'], ['відділ', 'm'],
  ['об\'єднання', 'n'], ['мережа', 'f'], ['академія', 'f'], ['університет', 'm'], ['інспекція', 'f'], ['секретаріат', 'm'],
  ['форум', 'm'], ['конференція', 'f'], ['міні-конференція', 'f'], ['засідання', 'n'], ['сесія', 'f'], ['нарада', 'f'],
  ['зустріч', 'f'], ['семінар', 'm'], ['конкурс', 'm'], ['тренінг', 'm'], ['вебінар', 'm'], ['презентація', 'f'],
  ['саміт', 'm'], ['фестиваль', 'm'], ['хакатон', 'm'], ['стіл', 'm'], ['навчання', 'n'], ['обговорення', 'n'],
  ['слухання', 'n'], ['візит', 'm'], ['конгрес', 'm'], ['стратегування', 'n'], ['воркшоп', 'm'], ['марафон', 'm'],
  ['заступник', 'm', 'anim'], ['заступниця', 'f'], ['міністр', 'm', 'anim'], ['керівник', 'm', 'anim'], ['керівниця', 'f'],
  ['голова', 'm'], ['начальник', 'm', 'anim'], ['начальниця', 'f'], ['директор', 'm', 'anim'], ['директорка', 'f'],
  ['радник', 'm', 'anim'], ['радниця', 'f'], ['посол', 'm', 'anim'], ['посолка', 'f'], ['координатор', 'm', 'anim'],
  ['координаторка', 'f'], ['експерт', 'm', 'anim'], ['експертка', 'f'], ['менеджер', 'm', 'anim'], ['менеджерка', 'f'],
  ['мер', 'm', 'anim'], ['староста', 'm'], ['секретар', 'm', 'anim'], ['депутат', 'm', 'anim'], ['депутатка', 'f'],
  ['уповноважений', 'm'], ['уповноважена', 'f'], ['повірений', 'm'], ['повірена', 'f'], ['фундація', 'f'], ['представник', 'm', 'anim'], ['представниця', 'f'], ['президент', 'm', 'anim'],
  ['віце-президент', 'm', 'anim'], ['віце-прем\'єр-міністр', 'm', 'anim'], ['прем\'єр-міністр', 'm', 'anim'],
  ['очільник', 'm', 'anim'], ['очільниця', 'f'], ['речник', 'm', 'anim'], ['речниця', 'f'], ['член', 'm', 'anim'],
  ['суддя', 'm'], ['спеціаліст', 'm', 'anim'], ['фахівець', 'm', 'anim'], ['фахівчиня', 'f'], ['аналітик', 'm', 'anim'],
  ['аналітикиня', 'f'], ['юрист', 'm', 'anim'], ['юристка', 'f'], ['президентка', 'f'], ['віцепрезидент', 'm', 'anim'],
  ['віцепрезидентка', 'f'], ['віце-президентка', 'f'], ['секретарка', 'f'], ['філія', 'f'], ['товариство', 'n'],
  ['корпорація', 'f'], ['компанія', 'f'], ['підприємство', 'n'], ['міністерка', 'f'], ["прем'єр-міністерка", 'f'],
  ["віце-прем'єр-міністерка", 'f'], ['відкриття', 'n'],
  ['консул', 'm', 'anim'], ['посланник', 'm', 'anim'], ['посланниця', 'f'], ['доповідач', 'm', 'anim'], ['доповідачка', 'f'],
  ['консультант', 'm', 'anim'], ['консультантка', 'f'], ['консульство', 'n'], ['відділення', 'n'], ['членкиня', 'f'], ['парламентар', 'm', 'anim'], ['парламентарка', 'f'],
];

const ADJECTIVAL_HEADS = new Set(['уповноважений', 'уповноважена', 'повірений', 'повірена']);
const FORM_INDEX = new Map<string, HeadNoun[]>();
function addForms(nom: string, gender: NounGender, forms: Forms): void {
  for (const c of CASES) {
    for (const f of forms[c]) {
      const list = FORM_INDEX.get(f) ?? [];
      if (!list.some((h) => h.nom === nom)) list.push({ nom, gender });
      FORM_INDEX.set(f, list);
    }
  }
}
for (const [nom, gender, flag] of HEADS) {
  let forms: Forms;
  // Adjectival nouns of persons decline as adjectives: повіреного, уповноваженої.
  if (ADJECTIVAL_HEADS.has(nom)) forms = gender === 'f' ? declAdjF(nom) : declAdjM(nom);
  else if (gender === 'n') forms = declNeuter(nom);
  else if (gender === 'f') forms = nom.endsWith('а') ? declA(nom.slice(0, -1)) : nom.endsWith('я') ? declYa(nom.slice(0, -1)) : declThird(nom);
  else if (nom.endsWith('а') || nom.endsWith('я')) forms = nom.endsWith('а') ? declA(nom.slice(0, -1)) : declYa(nom.slice(0, -1));
  else if (nom === 'стіл') forms = { ...declInanimate('стол', false), nom: ['стіл'], acc: ['стіл'] };
  else if (nom === 'посол') forms = declHard('посл');
  else if (nom === 'фахівець') forms = declSoft('фахівц', nom);
  // -ар nouns of persons decline soft: секретаря, парламентарем.
  else if (nom === 'секретар' || nom === 'парламентар') forms = declSoft(nom, nom);
  else if (flag === 'anim') forms = declHard(nom);
  else forms = declInanimate(nom, flag === 'genA');
  forms.nom = [nom];
  addForms(nom, gender, forms);
}

/**
 * headNoun by the word as written (null: not a head), bounded, cleared when full. The organisation, position and
 * event rules ask it of nearly every token, several times over: a lookup by the token's own text spares lowercasing it.
 */
/** The nominative head noun a word form belongs to, if it is one of the known heads. */
export const headNoun: (word: string) => HeadNoun | undefined = memoise(findHeadNoun);

function findHeadNoun(word: string): HeadNoun | undefined {
  const lower = word.toLowerCase();
  const direct = FORM_INDEX.get(lower)?.[0];
  if (direct) return direct;
  // "онлайн-нарада", "веб-семінар": a prefixed head declines like its last part.
  const dash = lower.lastIndexOf('-');
  if (dash <= 0) return undefined;
  const part = FORM_INDEX.get(lower.slice(dash + 1))?.[0];
  return part ? Object.freeze({ nom: lower.slice(0, dash + 1) + part.nom, gender: part.gender }) : undefined;
}

/** Nominative of an adjective agreeing with a head of the given gender, from any case form. */
export function nominativeAdjective(word: string, gender: NounGender): string {
  const lower = word.toLowerCase();
  const rules: ReadonlyArray<readonly [RegExp, string]> = gender === 'f'
    ? [[/(ь)?(ої|ій|ою|у|ю)$/, '$1а'], [/ьа$/, 'я']]
    : gender === 'm'
      ? [[/ього$|ьому$/, 'ій'], [/(ого|ому|им|ім)$/, 'ий'], [/(ому)$/, 'ий']]
      : [[/ього$|ьому$/, 'є'], [/(ого|ому|им|ім)$/, 'е']];
  // Feminine soft adjectives: "останньої" → "остання"; the -ьа artefact is repaired by the second rule.
  let out = lower;
  for (const [re, rep] of rules) out = out.replace(re, rep);
  if (gender === 'f' && /ьа$/.test(out)) out = out.slice(0, -2) + 'я';
  return restoreCase(word, out);
}

/** The case pattern of `template` on `lower`: ALL CAPS, or capitals per hyphenated part ("Івано-Франківська"). */
function restoreCase(template: string, lower: string): string {
  if (template.length > 1 && template === template.toUpperCase()) return lower.toUpperCase();
  const parts = template.split('-');
  return lower.split('-').map((p, i) => {
    const t = parts[i] ?? '';
    return t.charAt(0) !== t.charAt(0).toLowerCase() ? p.charAt(0).toUpperCase() + p.slice(1) : p;
  }).join('-');
}

/** Whether a word looks like an adjective (any case, any gender) by its ending. */
export function isAdjectiveForm(word: string): boolean {
  // Verbal nouns in -ння/-ття ("Рішення суду") look like soft adjectives but never are.
  if (/(?:нн|тт)я$/i.test(word)) return false;
  return /(?:ий|ій|ого|ому|им|ім|а|я|ої|ою|у|ю|е|є|ього|ьому|ьої|ьою|і)$/.test(word.toLowerCase())
    && /(?:ськ|цьк|зьк|н|в|ч|ш|т|л|р|ж|к|д|с|з|м|п|б|г|х)(?:ий|ій|ого|ому|им|ім|а|я|ої|ою|у|ю|е|є|ього|ьому|ьої|ьою|і)$/.test(word.toLowerCase())
    && !headNoun(word);
}

/**
 * The nominative of a phrase whose head noun is at `head`: the head and the adjectives before it agree, the rest
 * (genitive complements, quoted names) is kept as written. Returns the words joined with spaces.
 */
export function nominativePhrase(words: readonly string[], head: number): string {
  const h = words[head];
  if (h === undefined) return joinWords(words);
  const noun = headNoun(h);
  if (!noun) return joinWords(words);
  const out = [...words];
  out[head] = restoreCase(h, noun.nom);
  for (let i = head - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (!isAdjectiveForm(w) && !/^[IVXLCХІ]+$/.test(w)) break;
    if (isAdjectiveForm(w)) out[i] = nominativeAdjective(w, noun.gender);
  }
  return joinWords(out);
}

/** Joins words back into text: no space before closing punctuation or after opening quotes. */
export function joinWords(words: readonly string[]): string {
  let s = '';
  for (const w of words) {
    if (s === '' || /^[,.;:!?)»”]/.test(w) || /[(«“„]$/.test(s)) s += w;
    else s += ' ' + w;
  }
  return s;
}
