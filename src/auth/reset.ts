/**
 * "Wachtwoord vergeten": a mail with a single-use link (valid an hour) where a new password is
 * set. The answer to the request is the same whether or not the address has an account, and
 * a few requests an hour per account at most send a mail. Setting the new password ends every
 * session of the account and lifts a lock-out and a temporary password.
 */
import { and, eq, gt } from 'drizzle-orm';
import { appendAudit } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { accountTokens, accounts, schools, sessions } from '../store/schema.js';
import { hashPassword, personLeft } from './accounts.js';
import { issueToken, startSession, usableToken, useToken, type MailSender, type StartedSession } from './tokens.js';

export const RESET_VALID_HOURS = 1;
/** At most this many reset mails per account per hour. */
export const RESET_MAILS_PER_HOUR = 3;

/** The link of a mail: a fragment, so the token is not sent to the server in a request line or a Referer. */
export function appLink(publicUrl: string, page: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${page}#${token}`;
}

export async function requestPasswordReset(db: Db, mailer: MailSender, publicUrl: string, email: string, now = new Date()): Promise<void> {
  const address = email.trim().toLowerCase();
  const acc = (await db.select().from(accounts).where(eq(accounts.email, address)).limit(1))[0];
  if (!acc || (await personLeft(db, acc.personId))) return;
  const recent = await db.select({ h: accountTokens.tokenHash }).from(accountTokens).where(and(eq(accountTokens.kind, 'reset'), eq(accountTokens.accountId, acc.id), gt(accountTokens.createdAt, new Date(now.getTime() - 3_600_000))));
  if (recent.length >= RESET_MAILS_PER_HOUR) return;
  const school = (await db.select({ name: schools.name }).from(schools).where(eq(schools.id, acc.schoolId)).limit(1))[0];
  const { token } = await issueToken(db, { kind: 'reset', schoolId: acc.schoolId, accountId: acc.id, personId: acc.personId, email: address, createdBy: acc.id }, RESET_VALID_HOURS, now);
  const link = appLink(publicUrl, 'wachtwoord-herstellen', token);
  await mailer.send({
    schoolId: acc.schoolId,
    to: address,
    kind: 'password-reset',
    subject: `Nieuw wachtwoord voor Sterrenwacht (${school?.name ?? 'school'}) / New password`,
    text: [
      'Hallo,',
      '',
      `Iemand (hopelijk jij) vroeg een nieuw wachtwoord aan voor Sterrenwacht van ${school?.name ?? 'de school'}. Kies het via deze link; hij werkt één keer en een uur lang:`,
      '',
      link,
      '',
      'Heb je dit niet gevraagd? Dan kun je deze mail negeren; je wachtwoord blijft hetzelfde.',
      '',
      '---',
      `Someone (hopefully you) asked for a new Sterrenwacht password. Choose it through the link above; it works once, for an hour. If you did not ask, ignore this mail.`,
    ].join('\n'),
  });
  await appendAudit(db, { actor: acc.id, action: 'account.reset.request', subject: acc.id });
}

/** Set a new password with a reset link's token; the account is logged in (a new session). */
export async function resetPassword(db: Db, token: string, password: string, userAgent?: string, now = new Date()): Promise<StartedSession> {
  const row = await usableToken(db, 'reset', token, now);
  if (!row?.accountId) throw new SterrenwachtError('invalid_request', 'Deze link werkt niet (meer): hij is al gebruikt of verlopen. Vraag een nieuwe aan.', 'This link does not work (any more): it was used or has expired. Ask for a new one.', 'token');
  const passwordHash = await hashPassword(password);
  const accountId = row.accountId;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    if (!(await useToken(t, token, now))) throw new SterrenwachtError('invalid_request', 'Deze link is al gebruikt.', 'This link was already used.', 'token');
    await t.update(accounts).set({ passwordHash, passwordTemporary: false, failedLogins: 0, lockedUntil: null }).where(eq(accounts.id, accountId));
    await t.delete(sessions).where(eq(sessions.accountId, accountId));
    await appendAudit(t, { actor: accountId, action: 'account.reset', subject: accountId });
    return startSession(t, accountId, 'reset', userAgent, now);
  });
}
