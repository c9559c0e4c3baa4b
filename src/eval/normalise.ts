// Name normalisation and similarity used to match extracted entities against gold ones.

const APOSTROPHES = /[’'ʼ`´‘′ʹ]/g;
const QUOTES = /[«»“”„"‟‹›]/g;
const DASHES = /[‐‑‒–—―]/g;
/** Cyrillic letters that look like Roman numerals; "ХХХ засідання" is typed with either alphabet. */
const ROMAN_LOOKALIKES: Readonly<Record<string, string>> = { х: 'x', і: 'i', с: 'c', м: 'm' };

/** Case, apostrophe, quote, dash and whitespace variants fold to one form; letters are otherwise kept. */
export function normName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, ' ')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map(romanToLatin)
    .join(' ');
}

function romanToLatin(token: string): string {
  if (!/^[ivxlcdmхісм]+$/.test(token) || (token.length < 2 && !/[xvх]/.test(token))) return token;
  return [...token].map((ch) => ROMAN_LOOKALIKES[ch] ?? ch).join('');
}

/** Function words that carry no identity in an event's name, in both languages. */
const STOPWORDS = new Set([
  'в', 'у', 'з', 'із', 'зі', 'та', 'і', 'й', 'на', 'до', 'для', 'при', 'про', 'щодо', 'за', 'від', 'по', 'о', 'а',
  'the', 'a', 'an', 'of', 'on', 'in', 'for', 'and', 'to', 'at', 'with', 'by',
]);

/**
 * Content tokens of a name, each cut to its first six letters: a crude stem that lets inflected forms
 * ("засідання"/"засіданні", "Координаційної"/"Координаційна") count as the same word.
 */
export function stems(name: string): Set<string> {
  const tokens = normName(name).split(/[^\p{L}\p{N}']+/u).filter((t) => t.length > 0 && !STOPWORDS.has(t));
  return new Set(tokens.map((t) => t.slice(0, 6)));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const t of a) if (b.has(t)) common += 1;
  return common / (a.size + b.size - common);
}

/** Event names match when their content-word overlap reaches this share. */
export const EVENT_NAME_THRESHOLD = 0.5;

/**
 * Two dates agree when both are unknown, or when one is the other or a coarser form of it ("2023-11" and
 * "2023-11-30"). A date on one side only does not agree: the extractor either missed or invented it.
 */
export function datesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}
