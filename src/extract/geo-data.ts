// Data and rules for Ukrainian place names met in Latin script: the oblasts, the larger cities, and a fallback that
// turns any KMU-2010 transliterated town name into the adjective its council and hromada are named with.
import { backTransliterate } from './latin-names.js';

/** The oblasts: Ukrainian adjective (as in "Полтавська область") and the Latin names English text uses. */
export const OBLASTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Вінницька', ['Vinnytsia', 'Vinnytsya']], ['Волинська', ['Volyn', 'Volyn\'']], ['Дніпропетровська', ['Dnipropetrovsk', 'Dnipro']],
  ['Донецька', ['Donetsk']], ['Житомирська', ['Zhytomyr']], ['Закарпатська', ['Zakarpattia', 'Transcarpathian']],
  ['Запорізька', ['Zaporizhzhia', 'Zaporizhia', 'Zaporizhzhya']], ['Івано-Франківська', ['Ivano-Frankivsk']],
  ['Київська', ['Kyiv']], ['Кіровоградська', ['Kirovohrad']], ['Луганська', ['Luhansk']], ['Львівська', ['Lviv']],
  ['Миколаївська', ['Mykolaiv']], ['Одеська', ['Odesa', 'Odessa']], ['Полтавська', ['Poltava']], ['Рівненська', ['Rivne']],
  ['Сумська', ['Sumy']], ['Тернопільська', ['Ternopil']], ['Харківська', ['Kharkiv']], ['Херсонська', ['Kherson']],
  ['Хмельницька', ['Khmelnytskyi', 'Khmelnytsky']], ['Черкаська', ['Cherkasy']], ['Чернівецька', ['Chernivtsi']],
  ['Чернігівська', ['Chernihiv']],
];

/** Cities whose adjective does not follow from the fallback rules (soft signs, alternations, irregular forms). */
const CITY_ADJ: Readonly<Record<string, string>> = {
  Kyiv: 'Київська', Lviv: 'Львівська', Kharkiv: 'Харківська', Odesa: 'Одеська', Dnipro: 'Дніпровська',
  Zaporizhzhia: 'Запорізька', Vinnytsia: 'Вінницька', Lutsk: 'Луцька', Uzhhorod: 'Ужгородська', Rivne: 'Рівненська',
  Ternopil: 'Тернопільська', Chernivtsi: 'Чернівецька', Khmelnytskyi: 'Хмельницька', Kropyvnytskyi: 'Кропивницька',
  Cherkasy: 'Черкаська', Sumy: 'Сумська', 'Kryvyi Rih': 'Криворізька', Mariupol: 'Маріупольська',
  Kremenchuk: 'Кременчуцька', 'Bila Tserkva': 'Білоцерківська', Brovary: 'Броварська', Irpin: 'Ірпінська',
  Bucha: 'Бучанська', Sloviansk: "Слов'янська", 'Kamianets-Podilskyi': "Кам'янець-Подільська", Mukachevo: 'Мукачівська',
  Drohobych: 'Дрогобицька', Kovel: 'Ковельська', Uman: 'Уманська', Kamianske: "Кам'янська", Lubny: 'Лубенська',
  Pryluky: 'Прилуцька', Boryspil: 'Бориспільська', Kupiansk: "Куп'янська", Truskavets: 'Трускавецька',
  Kolomyia: 'Коломийська', Kalush: 'Калуська', Korosten: 'Коростенська', Izmail: 'Ізмаїльська', Nizhyn: 'Ніжинська',
  Ochakiv: 'Очаківська', Mykolaiv: 'Миколаївська', Kherson: 'Херсонська', Poltava: 'Полтавська', Zhytomyr: 'Житомирська', Bakhmut: 'Бахмутська', Pokrovsk: 'Покровська', Slavutych: 'Славутицька',
  // Irregular adjectives the -ка/-і rules get wrong: Казанка → Казанківська, Локачі → Локачинська.
  Kazanka: 'Казанківська', Lokachi: 'Локачинська', 'Ivano-Frankivsk': 'Івано-Франківська',
};

const OBLAST_BY_LATIN = new Map<string, string>();
for (const [adj, latin] of OBLASTS) for (const l of latin) OBLAST_BY_LATIN.set(l.toLowerCase(), adj);

/** "Poltava" → "Полтавська" (as in "Poltava oblast"). */
/** Whether a Latin word is a listed oblast or city name ("Uzhhorod"): a place, never part of a person's name. */
export function isListedPlaceLatin(word: string): boolean {
  return Object.hasOwn(CITY_ADJ, word) || OBLASTS.some(([, latin]) => latin.includes(word));
}

export function oblastAdjective(latin: string): string | undefined {
  return OBLAST_BY_LATIN.get(latin.toLowerCase());
}

/**
 * A Ukrainian town name in the nominative to the adjective of its council and hromada: Решетилівка → Решетилівська,
 * Миколаїв → Миколаївська, Полтава → Полтавська, Суми → Сумська, Краматорськ → Краматорська.
 */
export function townAdjective(town: string): string {
  // Already the adjective: English text often keeps it ("Mykolaivska hromada").
  if (/(?:ськ|цьк|зьк)а$/.test(town)) return town;
  if (/(?:ськ|цьк)ий$/.test(town)) return town.slice(0, -2) + 'а';
  // KMU-2010 drops the soft sign: "Shatsk" reads back as "Шацк", "Pokrovske" as "Покровске".
  if (/(?:ськ|цьк)е$/.test(town)) return town.slice(0, -1) + 'а';
  if (/[сц]ке$/.test(town)) return town.slice(0, -2) + 'ька';
  if (/ськ$|цьк$/.test(town)) return town + 'а';
  if (/[сц]к$/.test(town)) return town.slice(0, -1) + 'ька';
  if (/ець$/.test(town)) return town.slice(0, -3) + 'ецька';
  if (/[кч]$/.test(town)) return town.slice(0, -1) + 'цька';
  if (/ка$/.test(town)) return town.slice(0, -2) + 'ська';
  // г becomes з before -ськ: "Водолага" → "Водолазька".
  if (/га$/.test(town)) return town.slice(0, -2) + 'зька';
  // Plural town names in -ці: Іллінці → Іллінецька, Чернівці → Чернівецька.
  if (/[^аеєиіїоуюя]ці$/.test(town)) return town.slice(0, -2) + 'ецька';
  // "Краснопілля" → "Краснопільська": the doubled consonant of -лля/-ння is one soft consonant in the adjective.
  if (/([лнт])\1я$/.test(town)) return town.slice(0, -2) + 'ьська';
  // "Лозова" → "Лозівська", "Межова" → "Межівська": о becomes і in the closed syllable.
  if (/ова$/.test(town)) return town.slice(0, -3) + 'івська';
  if (/е$/.test(town)) return town.slice(0, -1) + 'енська';
  if (/ія$/.test(town)) return town.slice(0, -1) + 'йська';
  if (/[аиіоя]$/.test(town)) return town.slice(0, -1) + 'ська';
  if (/ь$/.test(town)) return town.slice(0, -1) + 'ська';
  return town + 'ська';
}

/** The first word of a two-word town name and the prefix its adjective takes: "Velyka Oleksandrivka" → "Велико". */
const COMPOUND_PREFIX: Readonly<Record<string, string>> = {
  Velyka: 'Велико', Velykyi: 'Велико', Velyke: 'Велико', Mala: 'Мало', Malyi: 'Мало', Male: 'Мало',
  Nova: 'Ново', Novyi: 'Ново', Nove: 'Ново', Stara: 'Старо', Staryi: 'Старо', Stare: 'Старо',
  Nyzhnia: 'Нижньо', Nyzhnii: 'Нижньо', Verkhnia: 'Верхньо', Verkhnii: 'Верхньо', Bila: 'Біло',
};

export function compoundPrefix(latin: string): string | undefined {
  return COMPOUND_PREFIX[latin];
}

/** The council/hromada adjective of a Latin-script town name, or undefined when it cannot be read back. */
export function latinTownAdjective(latin: string): string | undefined {
  const known = CITY_ADJ[latin];
  if (known) return known;
  // "Velyka Oleksandrivka" → "Великоолександрівська".
  const [first, second, more] = latin.split(' ');
  const prefix = compoundPrefix(first ?? '');
  if (prefix && second && !more) {
    const rest = latinTownAdjective(second);
    return rest ? prefix + rest.toLowerCase() : undefined;
  }
  if (latin.includes(' ')) return undefined;
  const uk = backTransliterate(latin);
  return uk ? townAdjective(uk) : undefined;
}
