/**
 * When the Landelijke Vertrouwensinspecteur can be phoned (S2): working days
 * 8:00–17:00, Europe/Amsterdam time (source: Inspectie van het Onderwijs, "Meldpunt
 * vertrouwensinspecteurs", 0900-1113111, bereikbaar op werkdagen 8.00–17.00 uur).
 *
 * Working days are Monday to Friday except the Dutch public holidays on which the
 * Rijksoverheid is closed: Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag (27 April,
 * 26 April when the 27th is a Sunday), Bevrijdingsdag (5 May, a day off for Rijk staff
 * every year), Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag.
 * Goede Vrijdag is not a public holiday for the Rijksoverheid and stays a working day.
 */

export const INSPECTOR_PHONE = '0900-1113111';
export const TIME_ZONE = 'Europe/Amsterdam';
export const OPENS_HOUR = 8;
export const CLOSES_HOUR = 17;

/** Easter Sunday (Gregorian, the anonymous/Meeus algorithm) as [month 1-12, day]. */
export function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function addDays(y: number, m: number, d: number, n: number): string {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const holidayCache = new Map<number, Map<string, string>>();

/** The Dutch public holidays of a year: ISO date → Dutch name. */
export function dutchHolidays(year: number): Map<string, string> {
  const hit = holidayCache.get(year);
  if (hit) return hit;
  const [em, ed] = easter(year);
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? 26 : 27;
  const map = new Map<string, string>([
    [iso(year, 1, 1), 'Nieuwjaarsdag'],
    [addDays(year, em, ed, 0), 'Eerste Paasdag'],
    [addDays(year, em, ed, 1), 'Tweede Paasdag'],
    [iso(year, 4, kingsDay), 'Koningsdag'],
    [iso(year, 5, 5), 'Bevrijdingsdag'],
    [addDays(year, em, ed, 39), 'Hemelvaartsdag'],
    [addDays(year, em, ed, 49), 'Eerste Pinksterdag'],
    [addDays(year, em, ed, 50), 'Tweede Pinksterdag'],
    [iso(year, 12, 25), 'Eerste Kerstdag'],
    [iso(year, 12, 26), 'Tweede Kerstdag'],
  ]);
  holidayCache.set(year, map);
  return map;
}

const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', weekday: 'short' });

interface Local {
  date: string;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock time in the Netherlands of an instant. */
export function amsterdam(at: Date): Local {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  const year = Number(p.year);
  const month = Number(p.month);
  const day = Number(p.day);
  return { date: iso(year, month, day), year, month, day, hour: Number(p.hour), minute: Number(p.minute), weekday: WEEKDAYS[p.weekday!]! };
}

/** The instant at which the Dutch wall clock shows `hour`:00 on the given date. */
export function amsterdamInstant(date: string, hour: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // start from the UTC guess, correct by the offset seen there (twice covers DST changes)
  let t = Date.UTC(y, m - 1, d, hour);
  for (let i = 0; i < 2; i++) {
    const l = amsterdam(new Date(t));
    const shown = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
    t += Date.UTC(y, m - 1, d, hour) - shown;
  }
  return new Date(t);
}

export function isWorkingDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd !== 0 && wd !== 6 && !dutchHolidays(y).has(date);
}

export interface CallWindow {
  /** The line is open now. */
  openNow: boolean;
  /** Now when open, otherwise the next opening (a working day, 8:00 Dutch time). */
  from: Date;
  /** Dutch, e.g. "maandag 7 december 2026 om 08:00". */
  whenNl: string;
  whenEn: string;
  /** Why it is closed now, if it is (a holiday's name, weekend, outside hours). */
  closedBecause?: { nl: string; en: string };
}

const fmtNl = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const fmtEn = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** When the inspector's line is open next, seen from `now`. */
export function nextCallWindow(now: Date): CallWindow {
  const l = amsterdam(now);
  const inHours = l.hour >= OPENS_HOUR && l.hour < CLOSES_HOUR;
  if (isWorkingDay(l.date) && inHours) return { openNow: true, from: now, whenNl: 'nu (werkdag, 8:00–17:00)', whenEn: 'now (working day, 8:00–17:00)' };
  const holiday = dutchHolidays(l.year).get(l.date);
  const closedBecause = holiday
    ? { nl: `het is ${holiday}`, en: `it is a public holiday (${holiday})` }
    : l.weekday >= 6
      ? { nl: 'het is weekend', en: 'it is the weekend' }
      : { nl: 'het is buiten kantooruren (8:00–17:00)', en: 'it is outside office hours (8:00–17:00)' };
  // the first working day from today (if before opening) or tomorrow on
  let [y, m, d] = [l.year, l.month, l.day];
  let date = l.date;
  if (!(isWorkingDay(date) && l.hour < OPENS_HOUR)) {
    do {
      date = addDays(y, m, d, 1);
      [y, m, d] = date.split('-').map(Number) as [number, number, number];
    } while (!isWorkingDay(date));
  }
  const from = amsterdamInstant(date, OPENS_HOUR);
  return { openNow: false, from, whenNl: fmtNl.format(from), whenEn: fmtEn.format(from), closedBecause };
}
