// Data: foreign countries that fund and partner with Ukraine's hromadas, in the forms their governments, embassies
// and foreign ministries are named with, in Ukrainian and English.

export interface Country {
  /** Ukrainian nominative: "Швейцарія". */
  nom: string;
  /** Ukrainian genitive, used in "Уряд Швейцарії", "Посольство Швейцарії в Україні". */
  gen: string;
  /** Other Ukrainian case forms of the bare name (exact forms: a stem of "Данія" would catch "Дані"). */
  forms: string[];
  /** English name and, where there is one, the adjective ("Swiss Government", "Danish Embassy"). */
  en: string;
  adjEn?: string;
  /**
   * A country that gives aid to hromadas: named on its own ("funded by Switzerland", "подякував Швейцарії") it is
   * a donor. Others are only recognised inside "Посольство X", "Уряд X".
   */
  donor: boolean;
  /** The state's formal name, nominative and genitive: "Республіка Польща" / "Республіки Польща". */
  formal?: readonly [string, string];
  /** Its embassy and foreign ministry are named with the formal name ("Посольство Республіки Польща в Україні"). */
  formalBodies?: boolean;
}

/** Forms of a feminine country name in -ія/-ща/-на etc.: the case endings every such name takes. */
function fem(nom: string): string[] {
  if (nom.endsWith('ія')) { const s = nom.slice(0, -1); return [nom, s + 'ї', s + 'ю', s + 'єю']; }
  const s = nom.slice(0, -1);
  const soft = /[щчшж]$/.test(s);
  const dat = s.replace(/к$/, 'ц').replace(/г$/, 'з') + 'і';
  return [nom, s + (soft ? 'і' : 'и'), dat, s + 'у', s + (soft ? 'ею' : 'ою')];
}

function c(nom: string, en: string, adjEn: string | undefined, donor: boolean, forms?: string[] | null,
  formal?: readonly [string, string], formalBodies = false): Country {
  const all = forms ?? fem(nom);
  return { nom, gen: all[1] ?? nom, forms: all, en, ...(adjEn ? { adjEn } : {}), donor, ...(formal ? { formal, formalBodies } : {}) };
}

export const COUNTRIES: readonly Country[] = [
  c('Швеція', 'Sweden', 'Swedish', true, null, ['Королівство Швеція', 'Королівства Швеція']),
  c('Швейцарія', 'Switzerland', 'Swiss', true, null, ['Швейцарська Конфедерація', 'Швейцарської Конфедерації']),
  c('Данія', 'Denmark', 'Danish', true, null, ['Королівство Данія', 'Королівства Данія']),
  c('Норвегія', 'Norway', 'Norwegian', true, null, ['Королівство Норвегія', 'Королівства Норвегія']),
  c('Німеччина', 'Germany', 'German', true, null, ['Федеративна Республіка Німеччина', 'Федеративної Республіки Німеччина'], true),
  c('Японія', 'Japan', 'Japanese', true),
  c('Канада', 'Canada', 'Canadian', true),
  c('Польща', 'Poland', 'Polish', true, null, ['Республіка Польща', 'Республіки Польща'], true),
  c('Литва', 'Lithuania', 'Lithuanian', true, null, ['Литовська Республіка', 'Литовської Республіки'], true),
  c('Латвія', 'Latvia', 'Latvian', true, null, ['Латвійська Республіка', 'Латвійської Республіки'], true),
  c('Естонія', 'Estonia', 'Estonian', true, null, ['Естонська Республіка', 'Естонської Республіки'], true),
  c('Фінляндія', 'Finland', 'Finnish', true, null, ['Фінляндська Республіка', 'Фінляндської Республіки']),
  c('Франція', 'France', 'French', true, null, ['Французька Республіка', 'Французької Республіки']),
  c('Австрія', 'Austria', 'Austrian', true, null, ['Австрійська Республіка', 'Австрійської Республіки']),
  c('Чехія', 'Czech Republic', 'Czech', true, null, ['Чеська Республіка', 'Чеської Республіки'], true),
  c('Словаччина', 'Slovakia', 'Slovak', true, null, ['Словацька Республіка', 'Словацької Республіки'], true),
  c('Італія', 'Italy', 'Italian', true),
  c('Іспанія', 'Spain', 'Spanish', true, null, ['Королівство Іспанія', 'Королівства Іспанія']),
  c('Бельгія', 'Belgium', 'Belgian', true, null, ['Королівство Бельгія', 'Королівства Бельгія']),
  c('Ірландія', 'Ireland', 'Irish', true),
  c('Ісландія', 'Iceland', 'Icelandic', true),
  c('Португалія', 'Portugal', 'Portuguese', false),
  c('Греція', 'Greece', 'Greek', false),
  c('Румунія', 'Romania', 'Romanian', false),
  c('Болгарія', 'Bulgaria', 'Bulgarian', false),
  c('Угорщина', 'Hungary', 'Hungarian', false),
  c('Словенія', 'Slovenia', 'Slovenian', true, null, ['Республіка Словенія', 'Республіки Словенія']),
  c('Хорватія', 'Croatia', 'Croatian', false),
  c('Молдова', 'Moldova', 'Moldovan', false),
  c('Грузія', 'Georgia', 'Georgian', false),
  c('Туреччина', 'Turkey', 'Turkish', false),
  c('Австралія', 'Australia', 'Australian', false),
  c('Корея', 'Republic of Korea', 'Korean', true, ['Корея', 'Кореї', 'Кореєю', 'Корею']),
  c('Нідерланди', 'Netherlands', 'Dutch', true, ['Нідерланди', 'Нідерландів', 'Нідерландам', 'Нідерландами', 'Нідерландах'], ['Королівство Нідерландів', 'Королівства Нідерландів'], true),
  c('Велика Британія', 'United Kingdom', 'British', true, ['Велика Британія', 'Великої Британії', 'Великій Британії', 'Велику Британію', 'Великою Британією']),
  c('США', 'United States', 'American', true, ['США', 'Сполучені Штати Америки', 'Сполучених Штатів Америки']),
  c('Ізраїль', 'Israel', 'Israeli', false, ['Ізраїль', 'Ізраїлю', 'Ізраїлем']),
];
