// One key for a person's name across scripts: a Ukrainian name in Cyrillic and its Latin renderings (KMU-2010,
// BGN/PCGN, ALA-LC, German, Polish, French, common English practice) fold to the same string, so a name from an
// English article meets the Ukrainian name of the same person.
//
// Precision first: a false merge is worse than a missed one. The key folds only what the renderings themselves write
// alike, and each fold names what it can join. Namesakes (two people with one name) share a key: telling them
// apart by title, body and dates is the resolver's work, not the key's.
//
// The key is KMU-2010 Latin, lower case, one space between words, folded on both sides:
// - Apostrophes, soft- and hard-sign marks (' ’ ʼ ʹ ʺ " ”) and diacritics go: Mel'nyk = Melnyk, Oliĭnyk = Oliinyk,
//   i͡a = ia. A mark still counts as a boundary before y/i (BGN Anan'yin = Ananin). KMU already drops ь (Кравець =
//   Кравец), and writes ц like тс and щ like шч.
// - г and ґ are one letter, "g" in the key: Oleh = Oleg = Олег, Olha = Olga = Ольга, Ihor = Igor. Can join: names
//   that differ only in г/ґ (Гонта/Ґонта, Гудзяк/Ґудзяк), spellings of one name. Russian names (Nikolay, Sergey,
//   Aleksandr, Dmitriy: Николай, Сергей, Александр, Дмитрий) are other names and do not meet Микола, Сергій...
//   "kh" (х) is never folded with h (Хома/Гома, Хорошко/Горошко stay apart).
// - y/i/j (j is й in every system but French): a run at a word start, after a vowel or after a mark is one glide
//   "i" (Yaroslav = Iaroslav = Jaroslaw, Boyko = Boiko = Bojko). After a consonant:
//   - between consonants a single y (и) and i (і) stay apart, as all these systems keep them (Кит/Кіт,
//     Лисенко/Лісенко, Примак/Приймак); a longer run keeps its first letter plus a glide (Oliinyk = Oliynyk =
//     Olijnyk; Pryimak = Pryymak = Pryjmak);
//   - at the word end the first letter says -ий or -ій (Khmelnytskyi = Khmel'nyts'kyy = Chmelnyzkyj = Zelensky;
//     Andrii = Andriy = Andrij = Andriĭ = Yuri), and after -sk-/-tsk-/-zk- the ending is always -ий (Zelenskiy,
//     Zelenski). Can join: -і with -ій and -и with -ий (Корні/Корній), as English drops the final й (Yuri, Vitali);
//   - before a vowel, y + glide stays и + й (Kyian = Kyyan: Киян) and inside the word i + glide stays і + й
//     (Andriiuk ≠ Andriuk); otherwise it is one glide. Can join: я and ія at the word end (Наталія/Наталя,
//     Юлія/Юля, Дарія/Дар'я: English writes both "Natalia"), и + vowel with я (Приазовський/Пряз...).
// - "tz" is ц (Kravetz); can join т+з with ц, rare in names.
//
// The romanisation is read from the spelling, word by word; a word without a cue takes the cue of another word of
// the name (one writer, one system) unless its letters rule that system out (French never writes sh, zh or a lone
// u; German and Polish never sh, zh or kh):
// - Polish: ł ż ś ć ń ź ą ę ó, cz, sz → szcz щ, sz ш, cz ч, ch х, ż ж, c ц, ó у; ś ć ń ź lose their softness (ć is
//   ц); with ł in the name a plain l before a/u is soft (Ludmyła = Людмила). "rz" is no cue: Polish writes ж as ż,
//   so rz is р+з, as in KMU Borzenko.
// - German (Duden): sch, ß, ä ö ü, a -zkyj/-zkij ending, zk with ch (Chmelnyzka; a bare -zka is KMU's -зька), or ss
//   between vowels in a word with w or j (Wassyl) → schtsch щ, tsch ч, sch ш, ch х, z and tz ц, ss с, s between
//   vowels з, other s с. Duden writes ж and ш both sch, з and с both s: sch is read ш and s (not between vowels) с,
//   so Schuk (Жук) and Selenskyj (Зеленський) are missed. "z before a vowel" is no cue (KMU Zinchenko).
// - French: tch or ou (not a final -ous: Bilous is Білоус) → chtch щ, tch ч, ch ш, kh х, j ж, dj дж, ou у, ss с.
//   Can misread a KMU т+ч or о+у without a lone u (Ihnatchenko as Ігначенко; foreign Kohout as Когут).
// - Otherwise KMU-2010, BGN/PCGN, ALA-LC or English practice: shch щ, zgh з+г, kh х, zh ж, sh ш, ch ч, ts ц, c к
//   (Victor), x кс. "w" and "j" are no cue: German, Polish and the diaspora's English (Wasyl, Kowalchuk, Josyp)
//   share them but read ch, z and s differently, so they only decide в and й (German Krawez, a lone Mychajlo are missed).
//   A BGN middle dot (z·h, t·s) keeps two letters from forming a digraph; Czech-style č š ž are ч ш ж everywhere.
// Exonyms and historical forms are not renderings and do not meet: Polish Chmielnicki, German Klitschko (from the
// Russian; Duden's rendering of Кличко is Klytschko), Russian-style Timoshenko with i for и.
import { transliterate } from '../extract/translit.js';
import { memoise } from '../shared/memo.js';

type Foreign = 'de' | 'pl' | 'fr';
type System = 'kmu' | Foreign;
type Rule = readonly [RegExp, string];

/** Apostrophes and the soft- and hard-sign marks of BGN/PCGN and ALA-LC: read as ' (a glide boundary), then dropped. */
const MARKS_RE = /['"`\u00B4\u02B9\u02BA\u02BB\u02BC\u2018\u2019\u201C\u201D\u2032\u2033\uFF07]/g;
const MIDDLE_DOT = '\u00B7';
const CYRILLIC_RE = /[\u0400-\u04FF]/;
const VOWEL_RE = /[aeou]/;

/** Dental + "jo" is ьо in German and Polish writing (Kowaljow), labial + "jo" is йо (Solowjow). */
const SOFT_JO: Rule = [/([cdlnrstz])jo/g, '$1o'];

/**
 * Letter rules by system, applied in order to a lowercase word without diacritics. Converted sounds become
 * Cyrillic placeholders, so later rules cannot read them again; vowels and the y/i/j glides stay Latin for the fold.
 */
const RULES: Readonly<Record<System, readonly Rule[]>> = {
  kmu: [
    SOFT_JO, [/shch/g, 'щ'], [/zgh/g, 'зг'], [/kh/g, 'х'], [/zh/g, 'ж'], [/sh/g, 'ш'], [/ch/g, 'ч'], [/t[sz]/g, 'ц'],
    [/ck/g, 'к'], [/c/g, 'к'], [/x/g, 'кс'], [/w/g, 'в'], [/[hg]/g, 'г'], [/j/g, 'i'],
  ],
  de: [
    SOFT_JO, [/schtsch/g, 'щ'], [/tsch/g, 'ч'], [/sch/g, 'ш'], [/zh/g, 'ж'], [/kh/g, 'х'], [/ch/g, 'х'], [/ck/g, 'к'],
    [/t[sz]/g, 'ц'], [/z/g, 'ц'], [/ss/g, 'с'], [/(?<=[aeiouy])s(?=[aeiouy])/g, 'з'], [/s/g, 'с'], [/[wv]/g, 'в'],
    [/[hg]/g, 'г'], [/j/g, 'i'], [/c/g, 'к'], [/x/g, 'кс'],
  ],
  pl: [
    SOFT_JO, [/szcz/g, 'щ'], [/sz/g, 'ш'], [/cz/g, 'ч'], [/kh/g, 'х'], [/ch/g, 'х'], [/c/g, 'ц'], [/[wv]/g, 'в'],
    [/[hg]/g, 'г'], [/j/g, 'i'], [/x/g, 'кс'],
  ],
  fr: [
    [/chtch/g, 'щ'], [/tch/g, 'ч'], [/kh/g, 'х'], [/ch/g, 'ш'], [/dj/g, 'дж'], [/j/g, 'ж'], [/ou/g, 'u'],
    [/t[sz]/g, 'ц'], [/ss/g, 'с'], [/[hg]/g, 'г'], [/c/g, 'к'], [/x/g, 'кс'], [/w/g, 'в'],
  ],
};

/** Placeholders back to the key's Latin: one spelling per sound (г/ґ as "g", so "zh" is only ж and з+г is "zg"). */
const RENDER: Readonly<Record<string, string>> = {
  г: 'g', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ж: 'zh', з: 'z', с: 's', к: 'k', в: 'v', д: 'd',
};

/**
 * Spellings a system never writes: a word with them is not read by that system, even when another word of the name
 * is (French writes у as "ou", never a lone "u", and has no sh or zh; German and Polish have no sh, zh or kh).
 */
const FOREIGN_TO: Readonly<Record<Foreign, RegExp>> = {
  fr: /sh|zh|(?<!o)u/,
  de: /sh|zh|kh/,
  pl: /sh|zh|kh|sch/,
};

/**
 * A word's own cue, naming the system that wrote it. "w" and "j" are none: German, Polish and the diaspora's English
 * (Wasyl, Kowalchuk, Josyp, Zenowij) share them but read ch, z and s differently, so they only decide w and j.
 */
function cue(word: string): Foreign | undefined {
  // "sz" after t is KMU's ц+з (tszy); "ou" in a final -ous is KMU's о+у (Bilous, Chornous: Білоус, Чорноус).
  if (/[łżśćńźąęó]|cz|(?<!t)sz/.test(word)) return 'pl';
  if (isGerman(word) && !FOREIGN_TO.de.test(word)) return 'de';
  if (/tch|ou(?!s$)/.test(word) && !FOREIGN_TO.fr.test(word)) return 'fr';
  return undefined;
}

/**
 * Duden's marks: sch, ß, umlauts; -zkyj/-zkij (-цький: KMU writes -зький as -zkyi); zk with a ch that is not sch or
 * tch (Chmelnyzka: an -zka alone is also KMU's -зька, Hluzka is Глузька, not Глуцька); ss between vowels beside
 * w or j (Wassyl).
 */
function isGerman(word: string): boolean {
  return /sch|ß|[äöü]|zk[yi]j$/.test(word) || (/(?<![st])ch/.test(word) && /zk/.test(word))
    || (/[wj]/.test(word) && /[aeiouy]ss[aeiouy]/.test(word));
}

const PRIORITY: readonly Foreign[] = ['pl', 'de', 'fr'];

/**
 * The system of each word: its own cue, else the cue of another word of the name (one writer, one system) unless
 * the word's letters rule that system out, else KMU.
 */
function systems(words: readonly string[]): System[] {
  const cues = words.map(cue);
  const named = PRIORITY.find((s) => cues.includes(s));
  return words.map((word, i) => {
    const own = cues[i];
    if (own) return own;
    return named && !FOREIGN_TO[named].test(word) ? named : 'kmu';
  });
}

/** Lowercase words of a name (letters, combining marks, the BGN middle dot), every apostrophe-like mark as '. */
function words(name: string): string[] {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(MARKS_RE, "'")
    .split(/[^\p{L}\p{M}\u00B7']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => /\p{L}/u.test(w));
}

/** Letters with a meaning of their own, read before diacritics are stripped. */
function preRead(word: string, system: System, softL: boolean): string {
  let w = word.replace(/šč/g, 'щ').replace(/š/g, 'ш').replace(/č/g, 'ч').replace(/ž/g, 'ж').replace(/ß/g, 'ss');
  if (system === 'pl') {
    w = w.replace(/ż/g, 'ж').replace(/ó/g, 'u');
    if (softL) w = w.replace(/l(?=[au])/g, 'li');
  }
  return w.replace(/ł/g, 'l').normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Applies a system's rules; a middle dot splits the word so that its two sides form no digraph (z·h is з+г). */
function readLetters(word: string, system: System): string {
  return word
    .split(MIDDLE_DOT)
    .map((part) => RULES[system].reduce((w, [re, to]) => w.replace(re, to), part))
    .join('');
}

/** An adjectival stem (-ськ-, -цьк-, -зьк-): its ending is -ий whatever the spelling (Zelenskiy, Zelenski). */
const ADJECTIVAL_RE = /[sсzзц]'?k$/;

/**
 * The y/i glide fold. A run of y/i (j is already i) is one glide "i" at a word start, after a vowel or a mark. After a
 * consonant: between consonants a single letter stays (и is y, і is i) and a longer run keeps its first letter plus
 * one glide "i"; at the word end it is "yi" (-ий) or "ii" (-ій) by its first letter, "yi" after -sk-/-tsk-/-zk-;
 * before a vowel a run of two or more keeps и + glide ("yi") or, inside the word, і + glide ("ii"), and anything
 * else is one glide "i" (so word-final Yulia = Yuliia, Natalia = Nataliia, while Андріюк and Андрюк stay apart).
 */
function foldGlides(w: string): string {
  const consonant = (c: string | undefined): boolean => c !== undefined && c !== "'" && !VOWEL_RE.test(c);
  return w.replace(/[iy]+/g, (run: string, at: number) => {
    // After a soft sign or an apostrophe (BGN anan'yin, V"yacheslav) the run is a glide, as at a word start.
    if (!consonant(w[at - 1])) return 'i';
    const first = run[0] ?? 'i';
    const end = at + run.length;
    const rest = w.slice(end).replace(/^'+/, '');
    if (rest === '') return ADJECTIVAL_RE.test(w.slice(0, at)) ? 'yi' : `${first}i`;
    if (consonant(rest[0])) return run.length === 1 ? run : `${first}i`;
    if (run.length > 1 && first === 'y') return 'yi';
    if (run.length > 1 && rest.length > 1) return 'ii';
    return 'i';
  });
}

function render(w: string): string {
  return Array.from(w, (c) => RENDER[c] ?? c).join('').replace(/[^a-z]/g, '');
}

function keyOf(ws: readonly string[], systemOf: readonly System[]): string {
  const softL = ws.some((w) => w.includes('ł'));
  return ws
    .map((w, i) => {
      const system = systemOf[i] ?? 'kmu';
      return render(foldGlides(readLetters(preRead(w, system, softL), system)));
    })
    .filter((w) => w !== '')
    .join(' ');
}

function fromCyrillic(name: string): string {
  // KMU output is read only as KMU: its "sch" (с+ч), "tch" (т+ч) or "ou" (о+у) are no cues.
  const ws = words(transliterate(name));
  return keyOf(ws, ws.map(() => 'kmu'));
}

function fromLatin(name: string): string {
  if (CYRILLIC_RE.test(name)) return fromCyrillic(name);
  const ws = words(name);
  return keyOf(ws, systems(ws));
}

/** The key of a Ukrainian name in Cyrillic: its KMU-2010 transliteration, folded. */
export const personKeyFromCyrillic: (name: string) => string = memoise(fromCyrillic, 50_000, 200);

/** The key of a Latin-script name in any of the renderings above; equals the key of the same person's Cyrillic name. */
export const personKeyFromLatin: (name: string) => string = memoise(fromLatin, 50_000, 200);

/** Whether a Cyrillic and a Latin name have the same key (namesakes included: see the note at the top). */
export function samePersonByLatin(cyrillic: string, latin: string): boolean {
  const key = personKeyFromCyrillic(cyrillic);
  return key !== '' && key === personKeyFromLatin(latin);
}
