import { describe, expect, it } from 'vitest';
import { calendarDate, isCalendarDate } from './dates.js';

describe('calendar dates', () => {
  it.each(['2026-12-01', '2028-02-29', '1900-01-01', '2999-12-31'])('takes %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
    expect(calendarDate.safeParse(d).success).toBe(true);
  });
  it.each(['0000-00-00', '0000-01-01', '2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '99999-12-31', '2026-1-1', '01-12-2026', '2026-12-01T10:00:00Z', '', '2026-12-01\u0000'])('refuses %j', (d) => {
    expect(isCalendarDate(d)).toBe(false);
    const r = calendarDate.safeParse(d);
    expect(r.success).toBe(false);
    // the message is Dutch and English
    expect(r.error?.issues[0]?.message).toMatch(/ \/ /);
  });
});
