// Name material for the synthetic corpus: oblasts, hubs (ministries, AMU, donors), and syllables for hromadas and persons.
export const OBLASTS = [
  'Вінницька', 'Волинська', 'Дніпропетровська', 'Донецька', 'Житомирська', 'Закарпатська', 'Запорізька',
  'Івано-Франківська', 'Київська', 'Кіровоградська', 'Луганська', 'Львівська', 'Миколаївська', 'Одеська',
  'Полтавська', 'Рівненська', 'Сумська', 'Тернопільська', 'Харківська', 'Херсонська', 'Хмельницька',
  'Черкаська', 'Чернівецька', 'Чернігівська',
] as const;

export interface HubSpec { name: string; kind: 'MINISTRY' | 'GOVERNMENT_BODY' | 'COUNCIL' | 'ASSOCIATION' | 'DONOR' | 'INTERNATIONAL_ORGANIZATION' | 'EMBASSY'; nameEn: string; aliases: string[] }

/** The hubs: named in a large share of the articles. Order is popularity. */
export const HUBS: HubSpec[] = [
  { name: 'Міністерство розвитку громад та територій України', kind: 'MINISTRY', nameEn: 'Ministry for Communities and Territories Development of Ukraine', aliases: ['Мінрозвитку'] },
  { name: 'Асоціація міст України', kind: 'ASSOCIATION', nameEn: 'Association of Ukrainian Cities', aliases: ['АМУ', 'AUC'] },
  { name: 'Кабінет Міністрів України', kind: 'GOVERNMENT_BODY', nameEn: 'Cabinet of Ministers of Ukraine', aliases: ['Кабмін', 'КМУ'] },
  { name: 'Верховна Рада України', kind: 'COUNCIL', nameEn: 'Verkhovna Rada of Ukraine', aliases: ['ВРУ'] },
  { name: 'Агентство США з міжнародного розвитку', kind: 'DONOR', nameEn: 'USAID', aliases: ['USAID'] },
  { name: 'Європейський Союз', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'European Union', aliases: ['ЄС', 'EU'] },
  { name: 'Міністерство фінансів України', kind: 'MINISTRY', nameEn: 'Ministry of Finance of Ukraine', aliases: ['Мінфін'] },
  { name: 'Міністерство цифрової трансформації України', kind: 'MINISTRY', nameEn: 'Ministry of Digital Transformation of Ukraine', aliases: ['Мінцифри'] },
  { name: 'Всеукраїнська асоціація громад', kind: 'ASSOCIATION', nameEn: 'All-Ukrainian Association of Hromadas', aliases: ['ВАГ'] },
  { name: 'Програма розвитку ООН', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'UNDP', aliases: ['ПРООН', 'UNDP'] },
  { name: 'Міністерство освіти і науки України', kind: 'MINISTRY', nameEn: 'Ministry of Education and Science of Ukraine', aliases: ['МОН'] },
  { name: 'Міністерство соціальної політики України', kind: 'MINISTRY', nameEn: 'Ministry of Social Policy of Ukraine', aliases: ['Мінсоцполітики'] },
  { name: "Міністерство охорони здоров'я України", kind: 'MINISTRY', nameEn: 'Ministry of Health of Ukraine', aliases: ['МОЗ'] },
  { name: 'Німецьке товариство міжнародного співробітництва', kind: 'DONOR', nameEn: 'GIZ', aliases: ['GIZ'] },
  { name: 'Шведське агентство міжнародного розвитку', kind: 'DONOR', nameEn: 'Sida', aliases: ['Sida'] },
  { name: 'Посольство Швеції в Україні', kind: 'EMBASSY', nameEn: 'Embassy of Sweden in Ukraine', aliases: [] },
  { name: 'Посольство Швейцарії в Україні', kind: 'EMBASSY', nameEn: 'Embassy of Switzerland in Ukraine', aliases: [] },
  { name: 'Рада Європи', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'Council of Europe', aliases: [] },
];

export const DONOR_HUBS = HUBS.filter((h) => h.kind === 'DONOR' || h.kind === 'INTERNATIONAL_ORGANIZATION' || h.kind === 'EMBASSY');

/** The reforms the write path knows by name (src/store/reforms.ts). Order is popularity. */
export const REFORMS = [
  'децентралізація', 'місцеве самоврядування', 'адміністративні послуги', 'місцеві фінанси', 'регіональна політика',
  'реформа освіти', 'соціальний захист', "охорона здоров'я", 'цифрова трансформація', 'відновлення',
  'реформа державного управління', 'відкрите врядування',
] as const;

export const EVENT_KINDS = ['засідання', 'форум', 'конференція', 'нарада', 'тренінг', 'круглий стіл', 'семінар', 'онлайн-нарада'] as const;

export const TOPICS = [
  'Громади та бюджет', 'Спроможні громади', 'Послуги для людей', 'Цифрові громади', 'Освіта в громадах',
  'Відновлення громад', 'Місцеві фінанси', 'Доступна медицина', 'Соціальна громада', 'Відкрите врядування',
] as const;

const HROMADA_ROOTS = [
  'Бер', 'Вил', 'Гай', 'Дуб', 'Жит', 'Зар', 'Іва', 'Кал', 'Лип', 'Мал', 'Нов', 'Ольх', 'Пол', 'Рів', 'Сос', 'Тал',
  'Уль', 'Хмел', 'Чер', 'Шир', 'Яр', 'Бор', 'Вер', 'Глин', 'Дон', 'Зел', 'Кам', 'Лоз', 'Мир', 'Ник', 'Озер', 'Пог',
  'Роз', 'Сад', 'Тер', 'Хор', 'Яблун', 'Бук', 'Вишн', 'Гор',
] as const;
const HROMADA_MIDDLES = ['ів', 'ан', 'ен', 'ин', 'ов', 'ар', 'ол', 'ир', 'ух', 'ач', 'ел', 'ун', 'ор', 'ал', 'ик', 'ес', 'ат', 'от', 'ям', 'ур'] as const;
const HROMADA_TYPES = ['міська', 'селищна', 'сільська', 'сільська'] as const;

/** The i-th hromada's name: unique for i < 40 * 20 * 2 (two stem endings). */
export function hromadaName(i: number): string {
  const root = HROMADA_ROOTS[i % HROMADA_ROOTS.length]!;
  const middle = HROMADA_MIDDLES[Math.floor(i / HROMADA_ROOTS.length) % HROMADA_MIDDLES.length]!;
  const ending = Math.floor(i / (HROMADA_ROOTS.length * HROMADA_MIDDLES.length)) % 2 === 0 ? 'ська' : 'цька';
  return `${root}${middle}${ending} ${HROMADA_TYPES[i % HROMADA_TYPES.length]!} територіальна громада`;
}

const GIVEN = [
  'Олександр', 'Андрій', 'Василь', 'Віталій', 'Володимир', 'Дмитро', 'Іван', 'Ігор', 'Микола', 'Михайло', 'Олег',
  'Петро', 'Сергій', 'Юрій', 'Богдан', 'Тарас', 'Роман', 'Руслан', 'Анатолій', 'Григорій',
  'Олена', 'Ольга', 'Наталія', 'Тетяна', 'Юлія', 'Ірина', 'Марина', 'Оксана', 'Світлана', 'Людмила', 'Галина',
  'Катерина', 'Анна', 'Марія', 'Вікторія', 'Леся', 'Христина', 'Софія', 'Дарина', 'Лариса',
] as const;
const SURNAME_STEMS = [
  'Шевч', 'Бонд', 'Ткач', 'Кравч', 'Коваль', 'Олійн', 'Шевц', 'Поліщ', 'Бойч', 'Мельн', 'Лисен', 'Гнат', 'Кушн',
  'Гончар', 'Савч', 'Руд', 'Мороз', 'Павл', 'Марч', 'Кузьм', 'Левч', 'Дем', 'Гриц', 'Карп', 'Литв', 'Остап',
  'Прокоп', 'Симон', 'Тимош', 'Федор', 'Харч', 'Юрч', 'Яковл', 'Білоус', 'Василь', 'Гордій', 'Дячен', 'Заріч',
  'Климч', 'Лук', 'Мацюк', 'Назар', 'Онищ', 'Панас', 'Ромаш', 'Семен', 'Тарасен', 'Устим', 'Фесен', 'Щерб',
] as const;
const SURNAME_ENDINGS = ['енко', 'ук', 'ишин', 'ко', 'ак', 'ун', 'ай', 'ич', 'ан', 'юк'] as const;

/** The i-th person's name: unique for i < 40 * 50 * 10. */
export function personName(i: number): string {
  const given = GIVEN[i % GIVEN.length]!;
  const stem = SURNAME_STEMS[Math.floor(i / GIVEN.length) % SURNAME_STEMS.length]!;
  const ending = SURNAME_ENDINGS[Math.floor(i / (GIVEN.length * SURNAME_STEMS.length)) % SURNAME_ENDINGS.length]!;
  return `${given} ${stem}${ending}`;
}

export const NGO_WORDS = ['Розвиток', 'Ініціатива', 'Громада', 'Діалог', 'Майбутнє', 'Партнерство', 'Відкритість', 'Рух', 'Агенція', 'Центр'] as const;
