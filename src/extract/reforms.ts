// The canonical reform list and the phrases (Ukrainian and English) that name each reform in a sentence.

/** Canonical Ukrainian reform names with the patterns that signal them. */
const REFORMS: ReadonlyArray<readonly [string, RegExp]> = [
  ['децентралізація', /децентралізац|decentrali[sz]ation|реформ\S* місцевого самоврядування та територіальної організації влади|reform of local self-government and territorial organi[sz]ation of power|територіальної організації влади/i],
  ['соціальний захист', /соціальн\S* захист|захист\S* прав дітей|social protection|social support system|соціальн\S* послуг|social services/i],
  ['реформа освіти', /реформ\S* освіт|освітн\S* реформ|профільн\S* школ|нов\S* українськ\S* школ|education reform|реформ\S* управління освітою|управління освітою/i],
  ["охорона здоров'я", /медичн\S* реформ|(?:реформ|заклад|систем)\S* (?:\S+ )?охорони здоров|health ?care (?:reform|facilities|system)/i],
  ['адміністративні послуги', /адміністративн\S* послуг|адмінпослуг|ЦНАП|administrative service|публічн\S* послуг/i],
  ['місцеве самоврядування', /(?:зміцненн|розвит|реформ)\S* місцевого самоврядування(?! та територіальної)|(?:strengthening|development|reform) of local self-government(?! and territorial)/i],
  ['реформа державного управління', /реформ\S* державного управління|державн\S* служб|public administration reform|civil service reform/i],
  ['місцеві фінанси', /місцев\S* фінанс|місцев\S* бюджет|бюджетн\S* децентралізац|бюджет\S* участі|local financ|local budget|participatory budget/i],
  ['цифрова трансформація', /цифров\S* трансформац|digital transformation|цифровізац|digitali[sz]ation/i],
  ['регіональна політика', /регіональн\S* політик|regional policy|регіональн\S* розвит/i],
  ['відкрите врядування', /відкрит\S* врядуванн|open government/i],
  ['енергоефективність', /енергоефективн|енергоменеджмент|енергетичн\S* плануванн|energy efficien|energy planning/i],
  // Recovery as a stated programme or plan, not every "відновлення" of a building.
  ['відновлення', /(?:програм|план|стратегі)\S* (?:комплексного )?відновлення|recovery (?:plan|programme|program|planning)/i],
];

/**
 * Reforms a sentence speaks about. Organisation names are masked first by the caller, so that
 * "Міністерство цифрової трансформації" does not make a sentence about digital transformation.
 */
export function findReforms(text: string): string[] {
  const out: string[] = [];
  for (const [name, re] of REFORMS) if (re.test(text)) out.push(name);
  return out;
}
