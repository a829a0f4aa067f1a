/**
 * A1 from the timetable: is the author in a lesson at the time of posting, and did
 * school management or the teacher allow social media then? Times are the
 * school's local time (Europe/Amsterdam).
 */
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { lessonPermissions, lessons, people } from '../store/schema.js';

export const SCHOOL_TZ = 'Europe/Amsterdam';
/** Outside lessons, a staff member's working hours count as a work situation. */
export const WORK_HOURS = { from: '07:30', to: '17:30' };

/** One formatter per time zone: making one costs more than the rest of a check's timetable lookup. */
const formats = new Map<string, Intl.DateTimeFormat>();

export function localWeekdayTime(at: Date, tz = SCHOOL_TZ): { weekday: number; time: string } {
  let format = formats.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false });
    if (formats.size >= 64) formats.clear();
    formats.set(tz, format);
  }
  const parts = format.formatToParts(at);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { weekday, time: `${get('hour').replace('24', '00')}:${get('minute')}` };
}

export interface SettingAt {
  setting: 'lesson' | 'work' | 'private';
  lessonPermission: boolean;
  /** The group whose lesson it is, if any. */
  groupId?: string;
  /** When that lesson ends (HH:MM, school time). */
  until?: string;
}

export async function settingAt(db: Db, schoolId: string, personId: string | undefined, role: 'staff' | 'pupil' | 'parent' | 'other', at: Date): Promise<SettingAt> {
  if (!personId || (role !== 'staff' && role !== 'pupil')) return { setting: 'private', lessonPermission: false };
  const { weekday, time } = localWeekdayTime(at);
  // (only the group is needed: fewer columns for the database to send and the driver to read)
  const person = (await db.select({ groupId: people.groupId }).from(people).where(and(eq(people.schoolId, schoolId), eq(people.id, personId))).limit(1))[0];
  if (!person) return { setting: 'private', lessonPermission: false };
  const who = role === 'staff' ? eq(lessons.teacherId, personId) : person.groupId ? eq(lessons.groupId, person.groupId) : undefined;
  const lesson = who
    ? (await db.select().from(lessons).where(and(eq(lessons.schoolId, schoolId), who, eq(lessons.weekday, weekday), lte(lessons.startsAt, time), gte(lessons.endsAt, time))).limit(1))[0]
    : undefined;
  if (!lesson) {
    const working = role === 'staff' && weekday <= 5 && time >= WORK_HOURS.from && time <= WORK_HOURS.to;
    return { setting: working ? 'work' : 'private', lessonPermission: false };
  }
  const permission = await db
    .select({ id: lessonPermissions.id })
    .from(lessonPermissions)
    .where(
      and(
        eq(lessonPermissions.schoolId, schoolId),
        lte(lessonPermissions.startsAt, at),
        gte(lessonPermissions.endsAt, at),
        or(eq(lessonPermissions.groupId, lesson.groupId), and(isNull(lessonPermissions.groupId), lesson.teacherId ? eq(lessonPermissions.teacherId, lesson.teacherId) : undefined)),
      ),
    )
    .limit(1);
  return { setting: 'lesson', lessonPermission: permission.length > 0, groupId: lesson.groupId, until: lesson.endsAt.slice(0, 5) };
}
