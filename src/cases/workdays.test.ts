import { describe, expect, it } from 'vitest';
import { amsterdam, amsterdamInstant, dutchHolidays, easter, isWorkingDay, nextCallWindow } from './workdays.js';

describe('the inspector’s opening hours (S2)', () => {
  it('knows Easter and the holidays that follow from it', () => {
    expect(easter(2026)).toEqual([4, 5]);
    expect(easter(2027)).toEqual([3, 28]);
    const h = dutchHolidays(2026);
    expect(h.get('2026-04-06')).toBe('Tweede Paasdag');
    expect(h.get('2026-05-14')).toBe('Hemelvaartsdag');
    expect(h.get('2026-05-25')).toBe('Tweede Pinksterdag');
    expect(h.get('2026-04-27')).toBe('Koningsdag');
    // 27 April 2025 was a Sunday: Koningsdag on the 26th
    expect(dutchHolidays(2025).get('2025-04-26')).toBe('Koningsdag');
    expect(isWorkingDay('2026-04-03')).toBe(true); // Goede Vrijdag stays a working day
    expect(isWorkingDay('2026-12-25')).toBe(false);
  });

  it('converts Dutch wall-clock time in winter and summer', () => {
    expect(amsterdamInstant('2026-12-07', 8).toISOString()).toBe('2026-12-07T07:00:00.000Z');
    expect(amsterdamInstant('2026-07-06', 8).toISOString()).toBe('2026-07-06T06:00:00.000Z');
    expect(amsterdam(new Date('2026-03-29T01:30:00Z'))).toMatchObject({ date: '2026-03-29', hour: 3 });
  });

  it('is open on a working day between 8:00 and 17:00 Dutch time', () => {
    const w = nextCallWindow(new Date('2026-12-01T10:00:00Z')); // Tuesday 11:00
    expect(w.openNow).toBe(true);
  });

  it('says when it opens next: after hours, at the weekend and over Christmas', () => {
    const evening = nextCallWindow(new Date('2026-12-01T17:30:00Z')); // Tuesday 18:30
    expect(evening).toMatchObject({ openNow: false });
    expect(evening.from.toISOString()).toBe('2026-12-02T07:00:00.000Z');
    expect(evening.closedBecause?.nl).toMatch(/buiten kantooruren/);
    const early = nextCallWindow(new Date('2026-12-02T05:00:00Z')); // Wednesday 6:00
    expect(early.from.toISOString()).toBe('2026-12-02T07:00:00.000Z');
    const friday = nextCallWindow(new Date('2026-12-04T16:30:00Z')); // Friday 17:30
    expect(friday.from.toISOString()).toBe('2026-12-07T07:00:00.000Z');
    expect(friday.whenNl).toMatch(/maandag 7 december 2026/);
    const christmas = nextCallWindow(new Date('2026-12-24T16:30:00Z')); // Thursday 17:30, then Christmas, weekend
    expect(christmas.from.toISOString()).toBe('2026-12-28T07:00:00.000Z');
    const onHoliday = nextCallWindow(new Date('2026-12-25T10:00:00Z'));
    expect(onHoliday.closedBecause?.nl).toMatch(/Eerste Kerstdag/);
    const summer = nextCallWindow(new Date('2026-07-03T15:30:00Z')); // Friday 17:30 CEST
    expect(summer.from.toISOString()).toBe('2026-07-06T06:00:00.000Z');
  });
});
