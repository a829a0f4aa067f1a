/**
 * Managing accounts: school management creates and removes the accounts of its
 * school (each linked to the right kind of person: a parent account to a parent,
 * a pupil account to a pupil, staff accounts to staff); everyone changes their own
 * password. A new account without a chosen password gets a random one, shown once.
 * Every change is audited; passwords are stored only as argon2id hashes.
 */
import { randomBytes } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { and, asc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { accountTokens, accounts, people, sessions } from '../store/schema.js';
import { hashPassword } from './accounts.js';
import { accountPressure, clearKeys, recordFailure, throttledError, throttleKey, waitSeconds } from './throttle.js';
import { ROLES, type AppRole } from './policy.js';
import { MIN_PASSWORD_LENGTH } from './password-rules.js';

export { MIN_PASSWORD_LENGTH };

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, `minstens ${MIN_PASSWORD_LENGTH} tekens / at least ${MIN_PASSWORD_LENGTH} characters`).max(1000);

export const accountInputSchema = z.object({
  email: z.email().max(320),
  role: z.enum(ROLES),
  personId: z.string().min(1).max(200).nullable().optional(),
  password: passwordSchema.optional(),
});
export type AccountInput = z.infer<typeof accountInputSchema>;

/** The kind of person an account of a role belongs to (null: no person needed). */
const PERSON_ROLE: Record<AppRole, 'staff' | 'parent' | 'pupil' | 'any' | null> = {
  schoolleiding: 'staff',
  medewerker: 'staff',
  ouder: 'parent',
  leerling: 'pupil',
  mr: 'any',
  bestuur: null,
};

/** The kind of person to create for a new account of a role ("any": a parent, e.g. an MR member). */
export function personRoleFor(role: AppRole): 'staff' | 'parent' | 'pupil' | 'other' {
  const want = PERSON_ROLE[role];
  return want === 'any' ? 'parent' : (want ?? 'other');
}

export interface AccountView {
  id: string;
  email: string;
  role: string;
  personId: string | null;
  /**
   * Logins to this account are slowed right now (many failed attempts from anywhere, see
   * auth/throttle.ts); never a hard lock.
   */
  locked: boolean;
  /** Failed logins to this account in the last hour, from anywhere. */
  recentFailures: number;
  /** Still on a temporary password. */
  mustChangePassword: boolean;
}

/** The school's accounts (the read is audited: e-mail addresses are personal data). */
export async function listAccounts(db: Db, schoolId: string, actor: string, now = new Date()): Promise<AccountView[]> {
  const rows = await db.select().from(accounts).where(eq(accounts.schoolId, schoolId)).orderBy(asc(accounts.email));
  await appendAudit(db, { actor, action: 'accounts.list', subject: schoolId, detail: { count: rows.length } });
  const pressure = await accountPressure(db, rows.map((a) => a.email), now);
  return rows.map((a) => {
    const p = pressure.get(a.email);
    return { id: a.id, email: a.email, role: a.role, personId: a.personId, locked: (p?.waitSeconds ?? 0) > 0, recentFailures: p?.failures ?? 0, mustChangePassword: a.passwordTemporary };
  });
}

export async function createAccount(db: Db, schoolId: string, actor: string, input: AccountInput): Promise<{ id: string; temporaryPassword?: string }> {
  const email = input.email.trim().toLowerCase();
  const want = PERSON_ROLE[input.role];
  if (want && want !== 'any' && !input.personId) {
    throw new SterrenwachtError('invalid_request', `Een account met de rol ${input.role} hoort bij een persoon (personId).`, `An account with role ${input.role} belongs to a person (personId).`, 'personId');
  }
  const temporaryPassword = input.password ? undefined : randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(input.password ?? temporaryPassword!);
  const id = `acc-${randomBytes(8).toString('hex')}`;
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    if (input.personId) {
      const person = (await t.select().from(people).where(and(eq(people.schoolId, schoolId), eq(people.id, input.personId))).limit(1))[0];
      if (!person) throw new SterrenwachtError('invalid_request', `Persoon "${input.personId}" bestaat niet op deze school.`, `Person "${input.personId}" does not exist at this school.`, 'personId');
      if (want && want !== 'any' && person.role !== want) {
        throw new SterrenwachtError('invalid_request', `Een account met de rol ${input.role} hoort bij een ${want}, niet bij een ${person.role}.`, `An account with role ${input.role} belongs to a ${want}, not a ${person.role}.`, 'personId');
      }
    }
    const taken = await t.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email)).limit(1);
    if (taken.length) throw new SterrenwachtError('conflict', `Er is al een account met ${email}.`, `There is already an account for ${email}.`, 'email');
    await t.insert(accounts).values({ id, schoolId, personId: input.personId ?? null, email, role: input.role, passwordHash, passwordTemporary: !!temporaryPassword });
    await appendAudit(t, { actor, action: 'account.create', subject: id, detail: { role: input.role, personId: input.personId ?? null } });
  });
  return temporaryPassword ? { id, temporaryPassword } : { id };
}

export async function removeAccount(db: Db, schoolId: string, actor: string, id: string): Promise<void> {
  if (id === actor) throw new SterrenwachtError('forbidden', 'Je kunt je eigen account niet verwijderen.', 'You cannot remove your own account.');
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const acc = (await t.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.schoolId, schoolId), eq(accounts.id, id))).limit(1))[0];
    if (!acc) throw new SterrenwachtError('not_found', `Account "${id}" niet gevonden.`, `Account "${id}" not found.`);
    await t.delete(sessions).where(eq(sessions.accountId, id));
    await t.delete(accountTokens).where(eq(accountTokens.accountId, id));
    await t.delete(accounts).where(eq(accounts.id, id));
    await appendAudit(t, { actor, action: 'account.remove', subject: id });
  });
}

/** Change one's own password; every other session of the account ends. */
export async function changePassword(db: Db, accountId: string, current: string, next: string, keepSessionHash?: string): Promise<void> {
  // the current password can be guessed here too: throttled like a login (auth/throttle.ts)
  const key = throttleKey('pwchange', accountId);
  const wait = await waitSeconds(db, [key]);
  if (wait > 0) throw throttledError(wait);
  const acc = (await db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1))[0];
  if (!acc || !(await verify(acc.passwordHash, current))) {
    await recordFailure(db, 'pwchange', key);
    throw new SterrenwachtError('invalid_request', 'Het huidige wachtwoord klopt niet.', 'The current password is incorrect.', 'current');
  }
  await clearKeys(db, [key]);
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.update(accounts).set({ passwordHash, failedLogins: 0, lockedUntil: null, passwordTemporary: false }).where(eq(accounts.id, accountId));
    await t.delete(sessions).where(keepSessionHash ? and(eq(sessions.accountId, accountId), ne(sessions.tokenHash, keepSessionHash)) : eq(sessions.accountId, accountId));
    await appendAudit(t, { actor: accountId, action: 'account.password', subject: accountId });
  });
}
