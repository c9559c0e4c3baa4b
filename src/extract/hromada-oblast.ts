// The oblast a hromada is named with ("Миколаївська громада Донецької області", "… на Донеччині", "Mykolaivska
// hromada of Donetsk oblast"): hromada names repeat across oblasts, and the write path needs the oblast to pick
// the right KATOTTG node among namesakes.
import type { OrgMention } from './gazetteer.js';
import { oblastAdjective } from './geo-data.js';
import { OBLAST_ADJ_RE } from './org-phrase.js';
import { nominativeAdjective } from './phrase.js';
import type { Token } from './tokens.js';

/** The colloquial regional names in the locative ("на Донеччині") → the oblast's adjective. */
const REGION_LOC: Readonly<Record<string, string>> = {
  Вінниччині: 'Вінницька', Волині: 'Волинська', Дніпропетровщині: 'Дніпропетровська', Дніпрощині: 'Дніпропетровська',
  Донеччині: 'Донецька', Житомирщині: 'Житомирська', Закарпатті: 'Закарпатська', Запоріжжі: 'Запорізька',
  Запорізщині: 'Запорізька', 'Івано-Франківщині': 'Івано-Франківська', Прикарпатті: 'Івано-Франківська',
  Київщині: 'Київська', Кіровоградщині: 'Кіровоградська', Луганщині: 'Луганська', Львівщині: 'Львівська',
  Миколаївщині: 'Миколаївська', Одещині: 'Одеська', Полтавщині: 'Полтавська', Рівненщині: 'Рівненська',
  Сумщині: 'Сумська', Тернопільщині: 'Тернопільська', Харківщині: 'Харківська', Херсонщині: 'Херсонська',
  Хмельниччині: 'Хмельницька', Черкащині: 'Черкаська', Буковині: 'Чернівецька', Чернігівщині: 'Чернігівська',
};

/** "у Донецькій області" (locative); "обл" is the abbreviation "обл.". */
const OBLAST_LOC_RE = /^(?:області|обл)$/;

/**
 * The oblast named right after a hromada ending at token `end`: "Донецької області", "(Донецька область)",
 * "на Донеччині", "у Донецькій області", "of Donetsk oblast", "in Donetsk region". Null when none is.
 */
export function oblastAfter(tokens: Token[], end: number): string | null {
  let j = end;
  if (tokens[j]?.text === '(' || tokens[j]?.text === ',') j++;
  const t = tokens[j];
  const n = tokens[j + 1];
  if (!t) return null;
  // "громада Донецької області" (genitive) or "(Донецька область)".
  if (OBLAST_ADJ_RE.test(t.text) && /^(?:області|обл|область)$/.test(n?.lower ?? '')) {
    return `${nominativeAdjective(t.text.replace(/(?:ої|ій|ою|у)$/, 'а'), 'f')} область`;
  }
  if (t.lower === 'на' || t.lower === 'у' || t.lower === 'в') {
    const region = n ? REGION_LOC[n.text] : undefined;
    if (region && t.lower === 'на') return `${region} область`;
    if (n && OBLAST_ADJ_RE.test(n.text) && /ій$/.test(n.lower) && OBLAST_LOC_RE.test(tokens[j + 2]?.lower ?? '')) {
      return `${nominativeAdjective(n.text.replace(/ій$/, 'а'), 'f')} область`;
    }
    return null;
  }
  // English: "hromada of/in Donetsk oblast", "hromada (Donetsk region)".
  const place = /^(?:of|in)$/i.test(t.text) ? n : t;
  const type = /^(?:of|in)$/i.test(t.text) ? tokens[j + 2] : n;
  if (place?.latin && /^(?:oblast|region)$/i.test(type?.text ?? '')) {
    const adj = oblastAdjective(place.text);
    if (adj) return `${adj} область`;
  }
  return null;
}

/** Hromada mentions with the oblast named after them, if any (other mentions unchanged). */
export function withOblasts(tokens: Token[], mentions: OrgMention[]): OrgMention[] {
  return mentions.map((m) => {
    if (m.kind !== 'HROMADA' || m.oblast) return m;
    const oblast = oblastAfter(tokens, m.end);
    return oblast ? { ...m, oblast } : m;
  });
}
