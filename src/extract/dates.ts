// Reads dates and date ranges from a sentence, completing a missing year from the article's year.
import { normaliseApostrophes } from './normalise.js';

export interface DateMention { startDate: string; endDate: string | null; index: number }

const UK_MONTHS: Readonly<Record<string, number>> = {
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10,
  листопада: 11, грудня: 12,
};
const UK_MONTHS_LOC: Readonly<Record<string, number>> = {
  січні: 1, лютому: 2, березні: 3, квітні: 4, травні: 5, червні: 6, липні: 7, серпні: 8, вересні: 9, жовтні: 10,
  листопаді: 11, грудні: 12,
};
const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};
const UKM = Object.keys(UK_MONTHS).join('|');
const ENM = Object.keys(EN_MONTHS).join('|');
const DASH = '\\s*[-–—]\\s*';

/** `digits: false` marks the one pattern that can match without a digit; the others are not run on text with none. */
const PATTERNS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray, year: number | null) => [string, string | null] | null; digits?: false }> = [
  { // 24 листопада - 01 грудня 2023 року
    re: new RegExp(`(\\d{1,2})\\s+(${UKM})${DASH}(\\d{1,2})\\s+(${UKM})(?:\\s+(\\d{4}))?`, 'giu'),
    read: (m, y) => range(y, m[5], m[2], m[1], m[4], m[3], UK_MONTHS),
  },
  { // з 15 по 17 жовтня [2024 року], з 15 до 17 жовтня
    re: new RegExp(`(?<!\\p{L})(?:з|із|від)\\s+(\\d{1,2})\\s+(?:по|до)\\s+(\\d{1,2})\\s+(${UKM})(?:\\s+(\\d{4}))?`, 'giu'),
    read: (m, y) => range(y, m[4], m[3], m[1], m[3], m[2], UK_MONTHS),
  },
  { // from 15 to 17 October [2024], between 15 and 17 October
    re: new RegExp(`\\b(?:from|between)\\s+(\\d{1,2})\\s+(?:to|and|until|till)\\s+(\\d{1,2})\\s+(${ENM})(?:,?\\s+(\\d{4}))?`, 'giu'),
    read: (m, y) => range(y, m[4], m[3], m[1], m[3], m[2], EN_MONTHS),
  },
  { // 10-12 жовтня [2025 року]
    re: new RegExp(`(\\d{1,2})${DASH}(\\d{1,2})\\s+(${UKM})(?:\\s+(\\d{4}))?`, 'giu'),
    read: (m, y) => range(y, m[4], m[3], m[1], m[3], m[2], UK_MONTHS),
  },
  { // 30 листопада 2023 року
    re: new RegExp(`(\\d{1,2})\\s+(${UKM})(?:\\s+(\\d{4}))?`, 'giu'),
    read: (m, y) => single(y, m[3], UK_MONTHS[(m[2] ?? '').toLowerCase()], m[1]),
  },
  { // 12-14 July [2018]
    re: new RegExp(`(\\d{1,2})${DASH}(\\d{1,2})\\s+(${ENM})(?:,?\\s+(\\d{4}))?`, 'giu'),
    read: (m, y) => range(y, m[4], m[3], m[1], m[3], m[2], EN_MONTHS),
  },
  { // 12 July [2018]
    re: new RegExp(`(\\d{1,2})\\s+(${ENM})(?:,?\\s+(\\d{4}))?`, 'giu'),
    read: (m, y) => single(y, m[3], EN_MONTHS[(m[2] ?? '').toLowerCase()], m[1]),
  },
  { // July 12[, 2018]
    re: new RegExp(`(${ENM})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b`, 'giu'),
    read: (m, y) => single(y, m[3], EN_MONTHS[(m[1] ?? '').toLowerCase()], m[2]),
  },
  { // 02.10.2022
    re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g,
    read: (m) => single(null, m[3], Number(m[2]), m[1]),
  },
  { // у жовтні 2023 року / у листопаді
    re: new RegExp(`(?<!\\p{L})(?:у|в)\\s+(${Object.keys(UK_MONTHS_LOC).join('|')})(?:\\s+(\\d{4}))?`, 'giu'),
    read: (m, y) => {
      const year = m[2] ? Number(m[2]) : y;
      const month = UK_MONTHS_LOC[(m[1] ?? '').toLowerCase()];
      return year && month ? [`${year}-${pad(month)}`, null] : null;
    },
    digits: false,
  },
];
const DIGIT_RE = /\d/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function single(hint: number | null, yearText: string | undefined, month: number | undefined, day: string | undefined): [string, null] | null {
  const year = yearText ? Number(yearText) : hint;
  if (!year || !month) return null;
  const d = iso(year, month, Number(day));
  return d ? [d, null] : null;
}

function range(hint: number | null, yearText: string | undefined, m1: string | undefined, d1: string | undefined,
  m2: string | undefined, d2: string | undefined, months: Readonly<Record<string, number>>): [string, string] | null {
  const year = yearText ? Number(yearText) : hint;
  const a = months[(m1 ?? '').toLowerCase()];
  const b = months[(m2 ?? '').toLowerCase()];
  if (!year || !a || !b) return null;
  // A range across the new year ("28 грудня - 3 січня 2024") starts in the year before.
  const s = iso(a > b ? year - 1 : year, a, Number(d1));
  const e = iso(year, b, Number(d2));
  return s && e ? [s, e] : null;
}

/** Dates in a sentence, leftmost first; overlapping weaker matches are dropped. */
export function findDates(text: string, yearHint: number | null): DateMention[] {
  const out: DateMention[] = [];
  const used: Array<[number, number]> = [];
  const digits = DIGIT_RE.test(text);
  for (const p of PATTERNS) {
    if (!digits && p.digits !== false) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const a = m.index;
      const b = a + m[0].length;
      if (used.some(([x, y]) => a < y && b > x)) continue;
      const r = p.read(m, yearHint);
      if (!r) continue;
      used.push([a, b]);
      out.push({ startDate: r[0], endDate: r[1], index: a });
    }
  }
  return out.sort((x, y) => x.index - y.index);
}

/** The year an article speaks from: its date, else the latest year its body names, else its teasers' year. */
export function yearHint(publishedAt: string | null | undefined, body: string, relatedDates: readonly (string | null | undefined)[]): number | null {
  if (publishedAt) return Number(publishedAt.slice(0, 4));
  const years = [...body.matchAll(/\b(19[89]\d|20[0-4]\d)\b/g)].map((m) => Number(m[1]));
  const related = relatedDates.filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
  const ceiling = related.length ? Math.max(...related) : Infinity;
  const inBody = years.filter((y) => y <= ceiling);
  if (inBody.length) return Math.max(...inBody);
  return related.length ? Math.max(...related) : null;
}

// Relative days ("сьогодні", "вчора", "у вівторок", "today", "on Tuesday") resolve against the article's date.
const UK_WEEKDAYS: Readonly<Record<string, number>> = {
  понеділок: 1, понеділка: 1, вівторок: 2, вівторка: 2, середу: 3, середи: 3, четвер: 4, четверга: 4,
  "п'ятницю": 5, "п'ятниці": 5, суботу: 6, суботи: 6, неділю: 0, неділі: 0,
};
const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const REL_UK_RE = new RegExp(`(?<!\\p{L})(?:(позавчора)|(вчора|учора)|(сьогодні)|(?:у|в|минулого|минулої|цього|цієї)\\s+(${Object.keys(UK_WEEKDAYS).join('|')})(\\s+минулого\\s+тижня)?)(?!\\p{L})`, 'iu');
const REL_EN_RE = new RegExp(`\\b(?:(the day before yesterday)|(yesterday)|(today|this morning)|(?:on|last|this)\\s+(${Object.keys(EN_WEEKDAYS).join('|')})(\\s+last\\s+week)?)\\b`, 'i');
/** Quoted words speak from their own moment ("Сьогодні громади…" in a quote is not the event's day). */
const QUOTED_RE = /[«“„"][^»”"]*[»”"]/g;

/** An ISO day moved by a number of days. */
export function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The day a relative expression in `text` names, counted back from the article's date: "вчора" is the day before,
 * a weekday the most recent such day on or before it (in the week before, with "минулого тижня"/"last week").
 * Null without a full article date or a relative day ("минулого тижня" alone names no day).
 */
export function relativeDay(text: string, publishedAt: string | null | undefined): string | null {
  if (!publishedAt || !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) return null;
  const plain = normaliseApostrophes(text).replace(QUOTED_RE, ' ');
  const m = REL_UK_RE.exec(plain) ?? REL_EN_RE.exec(plain);
  if (!m) return null;
  if (m[1]) return shiftDays(publishedAt, -2);
  if (m[2]) return shiftDays(publishedAt, -1);
  if (m[3]) return publishedAt;
  const wd = UK_WEEKDAYS[(m[4] ?? '').toLowerCase()] ?? EN_WEEKDAYS[(m[4] ?? '').toLowerCase()];
  if (wd === undefined) return null;
  const pubDay = new Date(`${publishedAt}T00:00:00Z`).getUTCDay();
  if (m[5]) {
    // The same weekday in the calendar week (Monday first) before the article's.
    const sinceMonday = (pubDay + 6) % 7;
    return shiftDays(publishedAt, -sinceMonday - 7 + ((wd + 6) % 7));
  }
  return shiftDays(publishedAt, -((pubDay - wd + 7) % 7));
}
