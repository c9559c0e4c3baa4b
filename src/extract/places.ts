// Places named with "у/в" in the locative: the city in the nominative and, for Ukrainian cities, its hromada.

interface Place { name: string; hromada: string | null; locatives: string[] }

/** [nominative, hromada adjective or '', locative forms]; foreign cities have no hromada. */
const PLACES: ReadonlyArray<readonly [string, string, string[]]> = [
  ['Київ', 'Київська', ['Києві']], ['Львів', 'Львівська', ['Львові']], ['Харків', 'Харківська', ['Харкові']],
  ['Одеса', 'Одеська', ['Одесі']], ['Дніпро', 'Дніпровська', ['Дніпрі']], ['Запоріжжя', 'Запорізька', ['Запоріжжі']],
  ['Полтава', 'Полтавська', ['Полтаві']], ['Чернігів', 'Чернігівська', ['Чернігові']], ['Суми', 'Сумська', ['Сумах']],
  ['Житомир', 'Житомирська', ['Житомирі']], ['Вінниця', 'Вінницька', ['Вінниці']], ['Черкаси', 'Черкаська', ['Черкасах']],
  ['Ужгород', 'Ужгородська', ['Ужгороді']], ['Луцьк', 'Луцька', ['Луцьку']], ['Рівне', 'Рівненська', ['Рівному']],
  ['Тернопіль', 'Тернопільська', ['Тернополі']], ['Івано-Франківськ', 'Івано-Франківська', ['Івано-Франківську']],
  ['Чернівці', 'Чернівецька', ['Чернівцях']], ['Хмельницький', 'Хмельницька', ['Хмельницькому']],
  ['Кропивницький', 'Кропивницька', ['Кропивницькому']], ['Миколаїв', 'Миколаївська', ['Миколаєві']],
  ['Херсон', 'Херсонська', ['Херсоні']], ['Краматорськ', 'Краматорська', ['Краматорську']],
  ['Бровари', 'Броварська', ['Броварах']], ['Ірпінь', 'Ірпінська', ['Ірпені']], ['Буча', 'Бучанська', ['Бучі']],
  ['Біла Церква', 'Білоцерківська', ['Білій Церкві']], ['Кривий Ріг', 'Криворізька', ['Кривому Розі']],
  ['Маріуполь', 'Маріупольська', ['Маріуполі']], ["Слов'янськ", "Слов'янська", ["Слов'янську"]],
  ['Бориспіль', 'Бориспільська', ['Борисполі']], ['Кременчук', 'Кременчуцька', ['Кременчуці']],
  ['Мукачево', 'Мукачівська', ['Мукачеві', 'Мукачевому']], ['Ковель', 'Ковельська', ['Ковелі']],
  ['Умань', 'Уманська', ['Умані']], ['Гуляйполе', 'Гуляйпільська', ['Гуляйполі']], ['Ізюм', 'Ізюмська', ['Ізюмі']],
  ['Фастів', 'Фастівська', ['Фастові']], ['Обухів', 'Обухівська', ['Обухові']], ['Славутич', 'Славутицька', ['Славутичі']],
  ['Брюссель', '', ['Брюсселі']], ['Варшава', '', ['Варшаві']], ['Стокгольм', '', ['Стокгольмі']], ['Берлін', '', ['Берліні']],
  ['Відень', '', ['Відні']], ['Страсбург', '', ['Страсбурзі']], ['Женева', '', ['Женеві']], ['Лондон', '', ['Лондоні']],
  ['Вашингтон', '', ['Вашингтоні']], ['Париж', '', ['Парижі']], ['Берн', '', ['Берні']], ['Рим', '', ['Римі']],
];
const BY_LOCATIVE = new Map<string, Place>();
const BY_LATIN = new Map<string, Place>();
const LATIN: Readonly<Record<string, string>> = { Kyiv: 'Київ', Lviv: 'Львів', Kharkiv: 'Харків', Odesa: 'Одеса', Dnipro: 'Дніпро', Poltava: 'Полтава', Chernihiv: 'Чернігів', Brussels: 'Брюссель', Warsaw: 'Варшава', Stockholm: 'Стокгольм', Berlin: 'Берлін', Strasbourg: 'Страсбург', Brovary: 'Бровари', Zhytomyr: 'Житомир', Vinnytsia: 'Вінниця' };
for (const [name, adj, locs] of PLACES) {
  const p: Place = { name, hromada: adj ? `${adj} територіальна громада` : null, locatives: locs };
  for (const l of locs) BY_LOCATIVE.set(l, p);
}
for (const [en, uk] of Object.entries(LATIN)) { const p = [...BY_LOCATIVE.values()].find((x) => x.name === uk); if (p) BY_LATIN.set(en, p); }

export interface PlaceMention { name: string; hromada: string | null; index: number; length: number }

const UK_RE = /(?<!\p{L})(?:у|в|У|В)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)/gu;
const EN_RE = /\b(?:in|In)\s+([A-Z][a-z]+)/g;

/** Places named in a sentence with a preposition of place ("у Києві", "в Броварах", "in Kyiv"). */
export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(UK_RE)) {
    const words = (m[1] ?? '').split(/\s+/);
    const two = words.join(' ');
    const p = BY_LOCATIVE.get(two) ?? BY_LOCATIVE.get(words[0] ?? '');
    if (p) out.push({ name: p.name, hromada: p.hromada, index: m.index ?? 0, length: m[0].length });
  }
  for (const m of text.matchAll(EN_RE)) {
    const p = BY_LATIN.get(m[1] ?? '');
    if (p) out.push({ name: p.name, hromada: p.hromada, index: m.index ?? 0, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}
