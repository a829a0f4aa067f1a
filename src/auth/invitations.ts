/**
 * Parents from the roster: school management invites the parents of a group, or of the whole
 * school, at once. Each parent with an e-mail address (from the roster) and no account yet gets
 * a mail with a single-use link (valid 14 days; a new invitation replaces an unused one) where
 * they choose a password; their account (role ouder) is linked to their person, so they see
 * their own children. The mail names the school, not the children.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { accounts, groups, guardianships, people, schools } from '../store/schema.js';
import { hashPassword } from './accounts.js';
import { appLink } from './reset.js';
import { issueToken, startSession, usableToken, useToken, type MailSender, type StartedSession } from './tokens.js';
import { randomUUID } from 'node:crypto';

export const INVITATION_VALID_DAYS = 14;

export interface InvitationReport {
  /** Parents a mail was sent to. */
  invited: number;
  /** Parents who already have an account. */
  alreadyAccount: number;
  /** Parents without an e-mail address in the registry. */
  noEmail: number;
  /** The invited parents' ids (no addresses: the school knows them). */
  personIds: string[];
}

/** The parents of the pupils of a group (or of every current pupil), who have not left. */
async function parentsOf(db: Db, schoolId: string, groupId: string | null): Promise<(typeof people.$inferSelect)[]> {
  const pupils = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.schoolId, schoolId), eq(people.role, 'pupil'), isNull(people.leftAt), isNull(people.erasedAt), ...(groupId ? [eq(people.groupId, groupId)] : [])));
  if (!pupils.length) return [];
  const ids = pupils.map((p) => p.id);
  const parentIds = new Set<string>();
  for (let i = 0; i < ids.length; i += 1000) {
    for (const g of await db.select({ parentId: guardianships.parentId }).from(guardianships).where(inArray(guardianships.pupilId, ids.slice(i, i + 1000)))) parentIds.add(g.parentId);
  }
  const list = [...parentIds];
  const out: (typeof people.$inferSelect)[] = [];
  for (let i = 0; i < list.length; i += 1000) {
    out.push(...(await db.select().from(people).where(and(eq(people.schoolId, schoolId), inArray(people.id, list.slice(i, i + 1000)), isNull(people.leftAt), isNull(people.erasedAt)))));
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export async function inviteParents(db: Db, mailer: MailSender, publicUrl: string, schoolId: string, actor: string, scope: { groupId: string } | { all: true }, now = new Date()): Promise<InvitationReport> {
  const groupId = 'groupId' in scope ? scope.groupId : null;
  if (groupId) {
    const g = await db.select({ id: groups.id }).from(groups).where(and(eq(groups.schoolId, schoolId), eq(groups.id, groupId))).limit(1);
    if (!g.length) throw new SterrenwachtError('not_found', `Groep "${groupId}" niet gevonden.`, `Group "${groupId}" not found.`);
  }
  const school = (await db.select({ name: schools.name }).from(schools).where(eq(schools.id, schoolId)).limit(1))[0];
  const parents = await parentsOf(db, schoolId, groupId);
  const report: InvitationReport = { invited: 0, alreadyAccount: 0, noEmail: 0, personIds: [] };
  if (!parents.length) return report;
  const withAccount = new Set<string>();
  const emailsTaken = new Set<string>();
  for (let i = 0; i < parents.length; i += 1000) {
    const part = parents.slice(i, i + 1000);
    for (const a of await db.select({ personId: accounts.personId }).from(accounts).where(inArray(accounts.personId, part.map((p) => p.id)))) if (a.personId) withAccount.add(a.personId);
    const emails = part.flatMap((p) => (p.email ? [p.email] : []));
    if (emails.length) for (const a of await db.select({ email: accounts.email }).from(accounts).where(inArray(accounts.email, emails))) emailsTaken.add(a.email);
  }
  for (const p of parents) {
    if (withAccount.has(p.id) || (p.email && emailsTaken.has(p.email))) {
      report.alreadyAccount++;
      continue;
    }
    if (!p.email) {
      report.noEmail++;
      continue;
    }
    const { token, expiresAt } = await issueToken(db, { kind: 'invitation', schoolId, personId: p.id, email: p.email, createdBy: actor }, INVITATION_VALID_DAYS * 24, now);
    const until = expiresAt.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
    await mailer.send({
      schoolId,
      to: p.email,
      kind: 'invitation',
      subject: `Uitnodiging: Sterrenwacht van ${school?.name ?? 'de school'} / Invitation`,
      text: [
        'Beste ouder/verzorger,',
        '',
        `${school?.name ?? 'De school'} nodigt je uit voor Sterrenwacht. Daar geef of wijzig je de toestemming voor foto's, video en geluid van je kind, en zie je wat de school over je kind bewaart.`,
        '',
        `Kies via deze link een wachtwoord (de link werkt één keer, tot ${until}):`,
        '',
        appLink(publicUrl, 'uitnodiging', token),
        '',
        'Heb je geen kind op deze school? Dan kun je deze mail negeren.',
        '',
        '---',
        `${school?.name ?? 'The school'} invites you to Sterrenwacht, where you give or change the consent for photos, video and sound of your child. Choose a password through the link above (it works once, until ${expiresAt.toISOString().slice(0, 10)}).`,
      ].join('\n'),
    });
    report.invited++;
    report.personIds.push(p.id);
  }
  await appendAudit(db, { actor, action: 'invitations.send', subject: groupId ?? schoolId, detail: { invited: report.personIds, alreadyAccount: report.alreadyAccount, noEmail: report.noEmail } });
  return report;
}

/** What the landing page may show for an invitation link: the school and the address, nothing more. */
export async function invitationInfo(db: Db, token: string, now = new Date()): Promise<{ email: string; school: string }> {
  const row = await usableToken(db, 'invitation', token, now);
  if (!row) throw new SterrenwachtError('not_found', 'Deze uitnodiging werkt niet (meer): hij is al gebruikt of verlopen. Vraag de school om een nieuwe.', 'This invitation does not work (any more): it was used or has expired. Ask the school for a new one.', 'token');
  const school = (await db.select({ name: schools.name }).from(schools).where(eq(schools.id, row.schoolId)).limit(1))[0];
  return { email: row.email, school: school?.name ?? '' };
}

/** Accept an invitation: the parent's account is made with the chosen password and logged in. */
export async function acceptInvitation(db: Db, token: string, password: string, userAgent?: string, now = new Date()): Promise<StartedSession> {
  const row = await usableToken(db, 'invitation', token, now);
  if (!row?.personId) throw new SterrenwachtError('not_found', 'Deze uitnodiging werkt niet (meer): hij is al gebruikt of verlopen. Vraag de school om een nieuwe.', 'This invitation does not work (any more): it was used or has expired. Ask the school for a new one.', 'token');
  const passwordHash = await hashPassword(password);
  const personId = row.personId;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    if (!(await useToken(t, token, now))) throw new SterrenwachtError('not_found', 'Deze uitnodiging is al gebruikt.', 'This invitation was already used.', 'token');
    const person = (await t.select().from(people).where(eq(people.id, personId)).limit(1))[0];
    if (!person || person.leftAt || person.erasedAt) throw new SterrenwachtError('not_found', 'Deze uitnodiging werkt niet meer.', 'This invitation no longer works.', 'token');
    const taken = await t.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, row.email)).limit(1);
    const mine = await t.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, personId)).limit(1);
    if (taken.length || mine.length) throw new SterrenwachtError('conflict', 'Er is al een account voor dit e-mailadres: log in, of kies "wachtwoord vergeten".', 'There already is an account for this address: log in, or choose "forgot password".', 'token');
    const id = `acc-${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await t.insert(accounts).values({ id, schoolId: row.schoolId, personId, email: row.email, role: 'ouder', passwordHash });
    await appendAudit(t, { actor: id, action: 'account.create', subject: id, detail: { role: 'ouder', personId, via: 'invitation' } });
    return startSession(t, id, 'invitation', userAgent, now);
  });
}
