// Recognises the date lines scrapers leave in article text ("27 / Вересень, 2022", "06 грудня 2025", "15 December 2025", ranges).

/** Month stems, Ukrainian (nominative and genitive share the stem) and English, to a 1-based month number. */
const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^січ(ень|ня)$/, 1], [/^лют(ий|ого)$/, 2], [/^берез(ень|ня)$/, 3], [/^квіт(ень|ня)$/, 4],
  [/^трав(ень|ня)$/, 5], [/^черв(ень|ня)$/, 6], [/^лип(ень|ня)$/, 7], [/^серп(ень|ня)$/, 8],
  [/^верес(ень|ня)$/, 9], [/^жовт(ень|ня)$/, 10], [/^листопад(а)?$/, 11], [/^груд(ень|ня)$/, 12],
  [/^jan(uary)?$/, 1], [/^feb(ruary)?$/, 2], [/^mar(ch)?$/, 3], [/^apr(il)?$/, 4], [/^may$/, 5], [/^june?$/, 6],
  [/^july?$/, 7], [/^aug(ust)?$/, 8], [/^sep(t|tember)?$/, 9], [/^oct(ober)?$/, 10], [/^nov(ember)?$/, 11],
  [/^dec(ember)?$/, 12],
];

export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO date, or null when the parts are not a real calendar date. */
export function isoDate(year: number, month: number, day?: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface DateLine {
  /** The first day the line names (a range's start). */
  start: string;
  /** A range's last day; equals start for a single date. */
  end: string;
  /** True when the line names a day, month and year. */
  full: boolean;
}

// Words may carry a trailing "року"/"р." and a time of day; neither changes the date.
const YEAR_TAIL = String.raw`(?:\s*(?:року|р\.?))?`;
const TIME_TAIL = String.raw`(?:\s*[,|–-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?`;
const MONTH = String.raw`([\p{L}]+\.?)`;
const DASH = String.raw`\s*[-–—]\s*`;

const PATTERNS: ReadonlyArray<{ re: RegExp; read: (m: RegExpMatchArray) => DateLine | null }> = [
  // "24 листопада - 01 грудня 2023 року", "10-12 жовтня 2025", "24–30 November 2023"
  {
    re: new RegExp(String.raw`^(\d{1,2})(?:\s+${MONTH})?${DASH}(\d{1,2})\s+${MONTH},?\s+(\d{4})${YEAR_TAIL}$`, 'u'),
    read: (m) => range(m[5], m[2] ?? m[4], m[1], m[4], m[3]),
  },
  // "27 / Вересень, 2022", "06 грудня 2025", "15 December 2025", "27 вересня 2022 р., 10:15"
  {
    re: new RegExp(String.raw`^(\d{1,2})\s*[/.]?\s*${MONTH}\s*[,/]?\s*(\d{4})${YEAR_TAIL}${TIME_TAIL}$`, 'u'),
    read: (m) => single(m[3], m[2], m[1]),
  },
  // "December 15, 2025"
  {
    re: new RegExp(String.raw`^${MONTH}\s+(\d{1,2}),?\s+(\d{4})${TIME_TAIL}$`, 'u'),
    read: (m) => single(m[3], m[1], m[2]),
  },
  // "27.09.2022", "27.09.2022 10:15"
  {
    re: new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${YEAR_TAIL}${TIME_TAIL}$`, 'u'),
    read: (m) => numeric(m[3], m[2], m[1]),
  },
  // "2022-09-27", "2022-09-27T10:15:00+03:00"
  {
    re: /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u,
    read: (m) => numeric(m[1], m[2], m[3]),
  },
  // "Вересень 2022", "September 2022": a month only
  {
    re: new RegExp(String.raw`^${MONTH},?\s+(\d{4})${YEAR_TAIL}$`, 'u'),
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      const iso = month === null ? null : isoDate(Number(m[2]), month);
      return iso === null ? null : { start: iso, end: iso, full: false };
    },
  },
];

function single(year?: string, monthWord?: string, day?: string): DateLine | null {
  const month = monthNumber(monthWord ?? '');
  const iso = month === null ? null : isoDate(Number(year), month, Number(day));
  return iso === null ? null : { start: iso, end: iso, full: true };
}

function numeric(year?: string, month?: string, day?: string): DateLine | null {
  const iso = isoDate(Number(year), Number(month), Number(day));
  return iso === null ? null : { start: iso, end: iso, full: true };
}

function range(year?: string, startMonthWord?: string, startDay?: string, endMonthWord?: string, endDay?: string): DateLine | null {
  const startMonth = monthNumber(startMonthWord ?? '');
  const endMonth = monthNumber(endMonthWord ?? '');
  if (startMonth === null || endMonth === null) return null;
  const y = Number(year);
  // A range across New Year ("28 грудня - 03 січня 2024") starts in the year before.
  const startYear = startMonth > endMonth ? y - 1 : y;
  const start = isoDate(startYear, startMonth, Number(startDay));
  const end = isoDate(y, endMonth, Number(endDay));
  if (start === null || end === null || start > end) return null;
  return { start, end, full: true };
}

/** Reads a line that is a date and nothing else; null for any other line. */
export function parseDateLine(line: string): DateLine | null {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 60) return null;
  for (const { re, read } of PATTERNS) {
    const m = text.match(re);
    if (m) return read(m);
  }
  return null;
}

/** Reads a free-form date string (HTML meta, JSON-LD, JSON Lines) to a PartialDate, or null. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const yearOnly = text.match(/^(\d{4})$/);
  if (yearOnly) return isoDate(Number(yearOnly[1]), 1) === null ? null : yearOnly[1]!;
  const monthOnly = text.match(/^(\d{4})-(\d{2})$/);
  if (monthOnly) return isoDate(Number(monthOnly[1]), Number(monthOnly[2]));
  const line = parseDateLine(text);
  if (line) return line.start;
  // ISO timestamps with a zone keep the calendar day written in them, not the UTC one.
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})[T ]/);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}
