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
}

/** Forms of a feminine country name in -ія/-ща/-на etc.: the case endings every such name takes. */
function fem(nom: string): string[] {
  if (nom.endsWith('ія')) { const s = nom.slice(0, -1); return [nom, s + 'ї', s + 'ю', s + 'єю']; }
  const s = nom.slice(0, -1);
  const soft = /[щчшж]$/.test(s);
  const dat = s.replace(/к$/, 'ц').replace(/г$/, 'з') + 'і';
  return [nom, s + (soft ? 'і' : 'и'), dat, s + 'у', s + (soft ? 'ею' : 'ою')];
}

function c(nom: string, en: string, adjEn: string | undefined, donor: boolean, forms?: string[]): Country {
  const all = forms ?? fem(nom);
  return { nom, gen: all[1] ?? nom, forms: all, en, ...(adjEn ? { adjEn } : {}), donor };
}

export const COUNTRIES: readonly Country[] = [
  c('Швеція', 'Sweden', 'Swedish', true),
  c('Швейцарія', 'Switzerland', 'Swiss', true),
  c('Данія', 'Denmark', 'Danish', true),
  c('Норвегія', 'Norway', 'Norwegian', true),
  c('Німеччина', 'Germany', 'German', true),
  c('Японія', 'Japan', 'Japanese', true),
  c('Канада', 'Canada', 'Canadian', true),
  c('Польща', 'Poland', 'Polish', true),
  c('Литва', 'Lithuania', 'Lithuanian', true),
  c('Латвія', 'Latvia', 'Latvian', true),
  c('Естонія', 'Estonia', 'Estonian', true),
  c('Фінляндія', 'Finland', 'Finnish', true),
  c('Франція', 'France', 'French', true),
  c('Австрія', 'Austria', 'Austrian', true),
  c('Чехія', 'Czech Republic', 'Czech', true),
  c('Словаччина', 'Slovakia', 'Slovak', true),
  c('Італія', 'Italy', 'Italian', true),
  c('Іспанія', 'Spain', 'Spanish', true),
  c('Бельгія', 'Belgium', 'Belgian', true),
  c('Ірландія', 'Ireland', 'Irish', true),
  c('Ісландія', 'Iceland', 'Icelandic', true),
  c('Португалія', 'Portugal', 'Portuguese', false),
  c('Греція', 'Greece', 'Greek', false),
  c('Румунія', 'Romania', 'Romanian', false),
  c('Болгарія', 'Bulgaria', 'Bulgarian', false),
  c('Угорщина', 'Hungary', 'Hungarian', false),
  c('Словенія', 'Slovenia', 'Slovenian', false),
  c('Хорватія', 'Croatia', 'Croatian', false),
  c('Молдова', 'Moldova', 'Moldovan', false),
  c('Грузія', 'Georgia', 'Georgian', false),
  c('Туреччина', 'Turkey', 'Turkish', false),
  c('Австралія', 'Australia', 'Australian', false),
  c('Корея', 'Republic of Korea', 'Korean', true, ['Корея', 'Кореї', 'Кореєю', 'Корею']),
  c('Нідерланди', 'Netherlands', 'Dutch', true, ['Нідерланди', 'Нідерландів', 'Нідерландам', 'Нідерландами', 'Нідерландах']),
  c('Велика Британія', 'United Kingdom', 'British', true, ['Велика Британія', 'Великої Британії', 'Великій Британії', 'Велику Британію', 'Великою Британією']),
  c('США', 'United States', 'American', true, ['США', 'Сполучені Штати Америки', 'Сполучених Штатів Америки']),
  c('Ізраїль', 'Israel', 'Israeli', false, ['Ізраїль', 'Ізраїлю', 'Ізраїлем']),
];
