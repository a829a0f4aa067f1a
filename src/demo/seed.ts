/**
 * Seed the demo school into an empty database (and only then): board, school with
 * its protocol settings, groups, people, guardianships, consent events and the
 * weekly lesson schedule. Runs in one transaction.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { accounts, boards, consentEvents, groups, guardianships, lessons, people, schools } from '../store/schema.js';
import { hashPassword } from '../auth/accounts.js';
import { DE_STERREN } from '../protocol/school.js';
import { demoSchool, type DemoPerson } from './school.js';

export const DEMO_SCHOOL_ID = 'de-sterren';

/** Demo accounts (demo mode only), all with the password `demo-sterren`. */
export const DEMO_PASSWORD = 'demo-sterren';
export const DEMO_ACCOUNTS = [
  { id: 'acc-directie', email: 'directie@desterren.example', role: 'schoolleiding', personId: 'medewerker-1' },
  { id: 'acc-leerkracht', email: 'leerkracht@desterren.example', role: 'medewerker', personId: 'medewerker-4' },
  { id: 'acc-ouder', email: 'ouder@desterren.example', role: 'ouder', personId: 'ouder-1' },
  { id: 'acc-mr', email: 'mr@desterren.example', role: 'mr', personId: 'ouder-2' },
  // the board (bevoegd gezag, HR/L&E): qualifies S2 and decides the heaviest measures
  { id: 'acc-bestuurder', email: 'bestuur@stichting-demo.example', role: 'bestuur', personId: null },
] as const;

/**
 * The demo consent of a person: social media per medium as the roster says; for the
 * school's own channels a varied, deterministic pattern (the website and the school
 * guide follow the photo consent with some exceptions, most families allow photos
 * in the newsletter). Audio is asked for social media only.
 */
function demoConsent(p: DemoPerson, i: number): { medium: 'photo' | 'video' | 'audio'; channel: string; granted: boolean }[] {
  const c = p.consent ?? { photo: false, video: false, audio: false };
  return [
    ...(['photo', 'video', 'audio'] as const).map((medium) => ({ medium, channel: 'social', granted: c[medium] })),
    { medium: 'photo', channel: 'website', granted: c.photo && i % 5 !== 1 },
    { medium: 'video', channel: 'website', granted: c.video && i % 2 === 0 },
    { medium: 'photo', channel: 'newsletter', granted: i % 6 !== 0 },
    { medium: 'photo', channel: 'guide', granted: c.photo || i % 3 === 1 },
  ];
}

export async function seedDemo(db: Db, opts: { demoAccounts?: boolean } = {}): Promise<boolean> {
  const existing = await db.select({ n: sql<number>`count(*)::int` }).from(schools);
  if ((existing[0]?.n ?? 0) > 0) return false;
  const demo = demoSchool();
  await db.transaction(async (tx) => {
    await tx.insert(boards).values({ id: 'stichting-demo', name: 'Stichting Demo Onderwijs' });
    await tx.insert(schools).values({ id: DEMO_SCHOOL_ID, boardId: 'stichting-demo', name: DE_STERREN.name, profile: DE_STERREN });
    // staff first (groups reference their teacher through the schedule), then groups and the rest
    await tx.insert(groups).values(demo.groups.map((g) => ({ id: g.id, schoolId: DEMO_SCHOOL_ID, name: g.name, year: g.year })));
    await tx.insert(people).values(demo.people.map((p) => ({ id: p.id, schoolId: DEMO_SCHOOL_ID, name: p.name, role: p.role, groupId: p.groupId ?? null, managerId: p.managerId ?? null })));
    const links = demo.people.flatMap((p) => (p.children ?? []).map((c) => ({ parentId: p.id, pupilId: c })));
    await tx.insert(guardianships).values(links);
    const guardianOf = new Map(links.map((l) => [l.pupilId, l.parentId]));
    const events = demo.people.flatMap((p, i) => demoConsent(p, i).map((c) => ({ personId: p.id, ...c, byPersonId: p.role === 'pupil' ? (guardianOf.get(p.id) ?? null) : p.id })));
    await tx.insert(consentEvents).values(events);
    const rows = demo.groups.flatMap((g) => [1, 2, 3, 4, 5].map((weekday) => ({ schoolId: DEMO_SCHOOL_ID, groupId: g.id, teacherId: g.teacherId, weekday, startsAt: '08:30', endsAt: weekday === 3 ? '12:15' : '14:30' })));
    await tx.insert(lessons).values(rows);
    if (opts.demoAccounts ?? true) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      await tx.insert(accounts).values(DEMO_ACCOUNTS.map((a) => ({ ...a, schoolId: DEMO_SCHOOL_ID, passwordHash })));
    }
  });
  return true;
}
