// The Date scalar: ISO dates, partial ones allowed ("2023-11", "2023"), that are real calendar dates.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { z } from 'zod';
import { PartialDate } from '../facts/schema.js';

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const EXPECTED = 'a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2023-11-30", "2023-11", "2023")';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What is wrong with a date argument, or null when it is a real date: the form is checked first, then the calendar
 * (the form alone let "2023-13-45" and "2023-02-30" through to filter results). Years run from 0001.
 */
export function dateProblem(value: unknown): string | null {
  const m = typeof value === 'string' ? FORM.exec(value) : null;
  if (!m) return `expected ${EXPECTED}, got ${JSON.stringify(value)}`;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year === 0) return `expected ${EXPECTED}, got "${value as string}": there is no year 0000`;
  if (mo === undefined) return null;
  const month = Number(mo);
  if (month < 1 || month > 12) return `expected ${EXPECTED}, got "${value as string}": there is no month ${mo}`;
  if (d === undefined) return null;
  const days = daysIn(year, month);
  const day = Number(d);
  if (day < 1 || day > days) return `expected ${EXPECTED}, got "${value as string}": ${MONTHS[month - 1]} ${y} has ${days} days`;
  return null;
}

/** A date argument (filters, the ingestArticle input): a real calendar date, partial or whole. */
export const CalendarDate = z.string().superRefine((s, ctx) => {
  const problem = dateProblem(s);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});

function parseDate(value: unknown): string {
  const problem = dateProblem(value);
  if (problem) throw new GraphQLError(`Date must be ${problem.slice('expected '.length)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value as string;
}

/** Dates read from the graph keep the looser check of the facts schema: a stored value is shown, not refused. */
function serializeDate(value: unknown): string {
  const r = PartialDate.safeParse(value);
  if (!r.success) throw new GraphQLError(`A stored date is not YYYY, YYYY-MM or YYYY-MM-DD: ${JSON.stringify(value)}`);
  return r.data;
}

export const dateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO 8601 date, or a partial date ("2023-11", "2023"); arguments must be real calendar dates.',
  serialize: serializeDate,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
