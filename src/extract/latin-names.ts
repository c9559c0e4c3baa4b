// Latin-script person names: recognising a KMU-2010 given name and mapping the name back to Ukrainian.
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-names.js';
import { transliterate } from './translit.js';

/** Latin given name (lowercase) → Ukrainian nominative. Common non-KMU spellings are added by hand. */
const LATIN_GIVEN = new Map<string, string>();
for (const n of [...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES]) LATIN_GIVEN.set(transliterate(n).toLowerCase(), n);
const VARIANTS: Readonly<Record<string, string>> = {
  olga: 'Ольга', yulia: 'Юлія', iulia: 'Юлія', natalia: 'Наталія', nataliya: 'Наталія', vitaliy: 'Віталій',
  sergiy: 'Сергій', serhiy: 'Сергій', sergey: 'Сергій', andriy: 'Андрій', oleksiy: 'Олексій', yuriy: 'Юрій',
  dmytro: 'Дмитро', oleg: 'Олег', igor: 'Ігор', vyacheslav: "В'ячеслав", volodymyr: 'Володимир', mariya: 'Марія',
  maria: 'Марія', tetiana: 'Тетяна', tatiana: 'Тетяна', iryna: 'Ірина', irina: 'Ірина', hanna: 'Ганна', anna: 'Анна',
  kateryna: 'Катерина', oleksandr: 'Олександр', alexander: 'Олександр', mykola: 'Микола', mykhailo: 'Михайло',
  yevhen: 'Євген', evgen: 'Євген', yevheniia: 'Євгенія', nadiya: 'Надія', anastasiya: 'Анастасія', sofiya: 'Софія',
};
for (const [k, v] of Object.entries(VARIANTS)) if (!LATIN_GIVEN.has(k)) LATIN_GIVEN.set(k, v);

export function latinGivenName(word: string): string | undefined {
  return LATIN_GIVEN.get(word.toLowerCase());
}

/** Multi-letter KMU sequences first, so "shch" is not read as "s" + "h" + ... */
const BACK: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'], ['zgh', 'зг'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['ia', 'я'], ['iu', 'ю'],
  ['ie', 'є'], ['ya', 'я'], ['yu', 'ю'], ['ye', 'є'], ['yi', 'ї'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['h', 'г'], ['g', 'ґ'],
  ['d', 'д'], ['e', 'е'], ['z', 'з'], ['y', 'и'], ['i', 'і'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'],
  ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'],
];

/**
 * A Ukrainian reading of a KMU-2010 surname: adjectival endings get their soft sign back (-ska → -ська,
 * -skyi → -ський), word-final -ii/-yi become -ій/-ий. Returns undefined unless it transliterates back exactly.
 */
export function backTransliterate(latin: string): string | undefined {
  let w = latin.toLowerCase();
  const tail = /(s|ts|z)k(a|yi|oho|oi)$/.exec(w);
  let suffix = '';
  if (tail) {
    const stem = tail[1] === 'ts' ? 'ць' : tail[1] === 'z' ? 'зь' : 'сь';
    suffix = stem + 'к' + ({ a: 'а', yi: 'ий', oho: 'ого', oi: 'ої' }[tail[2] ?? 'a'] ?? 'а');
    w = w.slice(0, -tail[0].length);
  } else if (/yi$/.test(w)) { suffix = 'ий'; w = w.slice(0, -2); } else if (/ii$/.test(w)) { suffix = 'ій'; w = w.slice(0, -2); }
  let out = '';
  let i = 0;
  while (i < w.length) {
    const pair = BACK.find(([l]) => w.startsWith(l, i));
    if (!pair) return undefined;
    // Word-initial ya/yu/ye/yi and medial ia/iu/ie map to the same letters; "y" before a vowel inside is й.
    out += pair[1];
    i += pair[0].length;
  }
  // A soft л before ч, н, ц, с, ш is the usual spelling (Ковальчук, Мельник); KMU drops the soft sign.
  out = out.replace(/л(?=[чнцсш])/g, 'ль');
  // Surnames in -ець and -аль/-ель (Кравець, Коваль) far outnumber -ец/-ал, and KMU writes both the same.
  if (!suffix) out = out.replace(/ец$/, 'ець').replace(/([ае])л$/, '$1ль');
  // After a vowel KMU writes both ї and й as "i": ї before a vowel, в or н + vowel (Миколаїв, Україна), й before
  // another consonant or at the end (Бойко, Гайдай, Первомайськ, Олійник).
  out = out.replace(/([аеоуиі])і(?=[аеєиіїоуюяв]|на)/g, '$1ї').replace(/([аеоуиі])і/g, '$1й');
  const uk = out + suffix;
  const cap = uk.charAt(0).toUpperCase() + uk.slice(1);
  return transliterate(cap).toLowerCase() === latin.toLowerCase() ? cap : undefined;
}
