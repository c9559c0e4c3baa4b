// Consulates in Ukraine: "Consul General of the Republic of Poland in Lviv" serves at "Генеральне консульство
// Республіки Польща у Львові". Named after the state's formal name where it has one, and the city in the locative.
import { COUNTRIES, type Country } from './country-data.js';
import type { OrgMention } from './gazetteer.js';

/** Cities with foreign consulates: Latin name → Ukrainian locative. */
const CITY_LOCATIVE: Readonly<Record<string, string>> = {
  Lviv: 'Львові', Uzhhorod: 'Ужгороді', Lutsk: 'Луцьку', Kharkiv: 'Харкові', Odesa: 'Одесі', Odessa: 'Одесі',
  Chernivtsi: 'Чернівцях', Dnipro: 'Дніпрі', 'Ivano-Frankivsk': 'Івано-Франківську', Vinnytsia: 'Вінниці',
  Mukachevo: 'Мукачеві', Berehove: 'Берегові', Ternopil: 'Тернополі', Rivne: 'Рівному', Zhytomyr: 'Житомирі',
  Khmelnytskyi: 'Хмельницькому', Mykolaiv: 'Миколаєві', Kherson: 'Херсоні', Zaporizhzhia: 'Запоріжжі',
  Sumy: 'Сумах', Poltava: 'Полтаві', Chernihiv: 'Чернігові', Cherkasy: 'Черкасах', Kropyvnytskyi: 'Кропивницькому',
};

/** "в" or "у" before a word, by Ukrainian euphony after a vowel: у before в/ф and before two consonants. */
function preposition(word: string): string {
  const w = word.toLowerCase();
  if (/^[аеєиіїоуюя]/.test(w)) return 'в';
  if (/^[вф]/.test(w) || /^[^аеєиіїоуюя][^аеєиіїоуюя]/.test(w)) return 'у';
  return 'в';
}

/** The country a phrase names by its English name or adjective ("the Slovak Republic", "Poland"). */
export function countryIn(words: readonly string[]): Country | undefined {
  const text = ` ${words.join(' ')} `;
  return COUNTRIES.find((c) => text.includes(` ${c.en} `) || (c.adjEn !== undefined && text.includes(` ${c.adjEn} `)));
}

/** The consulate general of a country in a city named in Latin, or null for a city not listed. */
export function consulateOf(country: Country, cityLatin: string): OrgMention | null {
  const loc = CITY_LOCATIVE[cityLatin];
  if (!loc) return null;
  const state = country.formal?.[1] ?? country.gen;
  const name = `Генеральне консульство ${state} ${preposition(loc)} ${loc}`;
  return { name, kind: 'EMBASSY', nameEn: `Consulate General of ${country.en} in ${cityLatin}`, surface: name, sent: -1, start: 0, end: 0 };
}
