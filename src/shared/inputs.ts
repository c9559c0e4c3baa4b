// zod schemas for arguments shared by several queries; parse() turns failures into BAD_USER_INPUT errors.
import { z } from 'zod';
import { fromZod } from '../errors.js';
import { ActorKind } from '../facts/schema.js';
import { CalendarDate } from './date-scalar.js';

export const Id = z.string().trim().min(1, 'must not be empty').max(300);
export const OptionalId = Id.nullish().transform((v) => v ?? null);
export const OptionalDate = CalendarDate.nullish().transform((v) => v ?? null);
export const Kinds = z.array(ActorKind).max(ActorKind.options.length).nullish().transform((v) => (v?.length ? v : null));

export function parse<S extends z.ZodTypeAny>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw fromZod(r.error);
  return r.data as z.output<S>;
}

/** Date filters: `from` must not be after `to`. */
export const DateRange = z
  .object({ from: OptionalDate, to: OptionalDate })
  .refine((d) => !d.from || !d.to || d.from <= d.to, { message: 'from must not be after to', path: ['from'] });
