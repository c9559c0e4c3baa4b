// Partial dates ("2022", "2022-12", "2022-12-15") as the half-open day ranges they stand for, and the span tests
// the authority file's name histories need.
//
// Convention: a name valid `from` F `to` T was in use from the first day F covers up to, not including, the first
// day T covers. A body renamed in "2022-12" had its old name until 2022-11-30 and its new one from 2022-12-01, so
// one history reads `{ to: "2022-12" }` then `{ from: "2022-12" }`, with no gap and no overlap. A null `from` is
// "since before the records", a null `to` "still in use".

const PARTIAL_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A day as a sortable number (yyyymmdd); month and day 1-based. */
type Day = number;

function day(y: number, m: number, d: number): Day {
  return y * 10_000 + m * 100 + d;
}

/** The half-open range of days [start, end) a partial date covers; throws on anything else. */
export function dateRange(date: string): { start: Day; end: Day } {
  const m = PARTIAL_RE.exec(date);
  if (!m) throw new Error(`not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
  const y = Number(m[1]);
  if (m[2] === undefined) return { start: day(y, 1, 1), end: day(y + 1, 1, 1) };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) throw new Error(`no such month: "${date}"`);
  const next = mo === 12 ? day(y + 1, 1, 1) : day(y, mo + 1, 1);
  if (m[3] === undefined) return { start: day(y, mo, 1), end: next };
  const d = Number(m[3]);
  if (d < 1 || d > 31) throw new Error(`no such day: "${date}"`);
  // The day after: comparing day numbers only needs an end greater than the day and not past the next one.
  return { start: day(y, mo, d), end: day(y, mo, d) + 1 };
}

export function isPartialDate(s: string): boolean {
  return PARTIAL_RE.test(s);
}

/** A name's span as days: [start of from, start of to), open where null. */
function spanOf(from: string | null, to: string | null): { start: number; end: number } {
  return {
    start: from === null ? -Infinity : dateRange(from).start,
    end: to === null ? Infinity : dateRange(to).start,
  };
}

/**
 * Whether `date` falls within the span [from, to). A coarse date counts when any of its days does: "2022" is within
 * a span starting "2022-12" and within one ending "2022-12", since the year alone cannot say which name it had.
 * "2022-12-15" is within a span starting "2022-12"; "2022-12" is not within one ending "2022-12".
 */
export function within(date: string, from: string | null, to: string | null): boolean {
  const d = dateRange(date);
  const s = spanOf(from, to);
  return d.start < s.end && s.start < d.end;
}

/** Whether two spans share a day (both half-open, null ends open). */
export function spansOverlap(a: { from: string | null; to: string | null }, b: { from: string | null; to: string | null }): boolean {
  const x = spanOf(a.from, a.to);
  const y = spanOf(b.from, b.to);
  return x.start < y.end && y.start < x.end;
}

/** Orders partial dates by their first day, null (unknown, "since before the records") first. */
export function compareFrom(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return dateRange(a).start - dateRange(b).start;
}
