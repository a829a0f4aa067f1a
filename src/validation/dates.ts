/**
 * One calendar-date rule for every date a person types (a case deadline, a suspension, the
 * (G)MR's meeting, the approval date that fills the protocol's "[datum]"): YYYY-MM-DD, a day
 * that exists, in a plausible range. '0000-00-00', '2026-02-30' and '99999-12-31' are refused.
 * Moments (with a time) use `z.iso.datetime({ offset: true })`.
 */
import { z } from 'zod';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A real day between 1900 and 2999, written YYYY-MM-DD. */
export function isCalendarDate(v: string): boolean {
  if (!SHAPE.test(v)) return false;
  const year = Number(v.slice(0, 4));
  const d = new Date(`${v}T12:00:00Z`);
  return year >= 1900 && year <= 2999 && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export const calendarDate = z
  .string()
  .regex(SHAPE, 'moet een datum zijn zoals 2026-12-01 / must be a date like 2026-12-01')
  .refine(isCalendarDate, 'bestaat niet als datum / is not a real date');
