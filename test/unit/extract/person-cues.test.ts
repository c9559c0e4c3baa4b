import { describe, expect, it } from 'vitest';
import { findPersons, findSurnameMentions } from '../../../src/extract/persons.js';
import { foreignNameToUk } from '../../../src/extract/foreign-translit.js';
import { nominativeNameIn } from '../../../src/extract/names.js';
import { tokenise } from '../../../src/extract/tokens.js';

/** Person names found in one sentence, nothing masked. */
function persons(text: string): string[] {
  const tokens = tokenise(text);
  return findPersons(tokens, text, 0, new Array<boolean>(tokens.length).fill(false)).map((p) => p.name);
}

describe('Ukrainian text: persons with unlisted given names, by context', () => {
  it.each([
    // A diplomatic title before the name, in the nominative, with the host country between.
    ['Угоду підписав Тимчасовий повірений у справах Данії в Україні Мадс Серенсен.', 'Мадс Серенсен'],
    // A feminine title: the name is a woman's and stays as written.
    ['Участь у нараді взяла посолка Ірландії Шивон Кеннеді.', 'Шивон Кеннеді'],
    // The instrumental after "з … керівником": the nominative is restored.
    ['Міністр провів зустріч із керівником Програми «Dream» Гансом Вюрцером.', 'Ганс Вюрцер'],
    // The genitive after a title in the genitive; particles are kept.
    ['Відбувся візит посланника Уряду Бельгії Пітера ван дер Вейдена до Сум.', 'Пітер ван дер Вейден'],
    // A speech verb after the name gives the case and the gender.
    ['Бриґітта Ауманн нагадала, що фонд працює з громадами.', 'Бриґітта Ауманн'],
    ['Торвальд Ністрем також наголосив на прозорості.', 'Торвальд Ністрем'],
    // "За словами" takes the genitive.
    ['За словами Лаури Кірсті, проєкт триватиме ще рік.', 'Лаура Кірсті'],
  ])('%s → %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    'Посол Королівства Норвегії в Україні взяв участь у форумі.',
    'Делегація Республіки Молдова відвідала Вінницю.',
    'Житомирська Громада повідомила про нові послуги.',
    'У травні Верховна Рада ухвалила закон.',
    'Директор КП «Зелене Місто» розповів про плани.',
  ])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('nominativeNameIn', () => {
  it('reads an unknown name in the case the context gives', () => {
    expect(nominativeNameIn('Еміля Ґрабера', ['gen'], 'm').name).toBe('Еміль Ґрабер');
    expect(nominativeNameIn('Бенте Ольсен', ['ins']).name).toBe('Бенте Ольсен');
    expect(nominativeNameIn('Агати Собчик', ['gen'], 'f').name).toBe('Агата Собчик');
  });
});

describe('English text: foreign persons, by context, with a Ukrainian name', () => {
  it.each([
    ['The Ambassador of Denmark to Ukraine Ole Kristensen visited Mykolaiv.', 'Уле Крістенсен'],
    ['Greta Hoffmann, Deputy Head of the GIZ office, presented the tool.', 'Грета Гоффманн'],
    ['"We will stay," Piotr Nowak said.', 'Пьотр Новак'],
    ['According to Jolanta Kamińska, the study visit will continue.', 'Йоланта Камінська'],
    ['The agreement was signed by Emma Clarke and the mayor.', 'Емма Кларк'],
  ])('%s → %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    'The Community-Based Approach was presented at the forum.',
    'The Swiss Government said the programme will go on.',
    'Local Development Forum opened on Tuesday.',
    'On Monday the Chamber of Regions met in Kyiv.',
    'The Director of the "Smart City" said the hub is open.',
  ])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('links a later bare Latin surname to the person', () => {
    const text = 'Later Kristensen noted that Denmark stays.';
    const tokens = tokenise(text);
    const found = findSurnameMentions(tokens, text, 1, new Array<boolean>(tokens.length).fill(false), ['Уле Крістенсен']);
    expect(found.map((p) => p.name)).toEqual(['Уле Крістенсен']);
  });
});

describe('foreignNameToUk', () => {
  it.each([
    ['Dorota Grabowska', 'Дорота Грабовська'],
    ['Wojciech Kaczmarek', 'Войцех Качмарек'],
    ['Torsten Bäckström', 'Торстен Бекстрем'],
    ['Stefan Lindqvist', 'Стефан Ліндквіст'],
    ['Ulrike Hoffmann', 'Ульріке Гоффманн'],
    ['Heinz Müller', 'Гайнц Мюллер'],
    ['Päivi Virtanen', 'Пяйві Віртанен'],
    ['Oliver Bennett', 'Олівер Беннетт'],
    ['Rachel Green', 'Рейчел Грін'],
    ['Jean-Luc Moreau', 'Жан-Люк Моро'],
    ['Kevin O\'Connor', "Кевін О'Коннор"],
    ['Joost de Wit', 'Йост де Віт'],
  ])('%s → %s', (latin, uk) => {
    expect(foreignNameToUk(latin)).toBe(uk);
  });
});
