/**
 * Notifications of the procedures by mail: a short Dutch (and English) message with a
 * link into the app, never more personal detail than the receiver may see — no draft
 * text, no names, no articles; the app shows the rest to whoever may see it.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { accounts } from '../store/schema.js';
import type { Mailer } from '../mail/mailer.js';

/** What the procedures need of the mailer. */
export type MailSender = Pick<Mailer, 'send'>;

export interface Notifier {
  /** Mail every account of these people (of the school); failures are logged, never thrown. */
  toPeople(schoolId: string, personIds: readonly string[], message: Message): Promise<number>;
  /** Mail accounts directly (e.g. the reporter's account). */
  toAccounts(schoolId: string, accountIds: readonly string[], message: Message): Promise<number>;
}

export interface Message {
  kind: 'consultation' | 'case' | 'report';
  subject: string;
  /** Dutch, then English; the link is appended. */
  nl: string;
  en: string;
  /** A path in the web app, e.g. "/overleg/12". */
  path: string;
}

export function render(message: Message, baseUrl: string): { subject: string; text: string; html: string } {
  const link = new URL(message.path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
  const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return {
    subject: message.subject,
    text: `${message.nl}\n\nBekijk het in Sterrenwacht: ${link}\n\n---\n${message.en}\nView it in Sterrenwacht: ${link}\n`,
    html: `<p>${esc(message.nl)}</p><p><a href="${esc(link)}">Bekijk het in Sterrenwacht</a></p><hr><p lang="en">${esc(message.en)}</p>`,
  };
}

export function createNotifier(db: Db, mailer: MailSender | undefined, baseUrl: string, log: (e: unknown) => void = () => undefined): Notifier {
  const sendAll = async (schoolId: string, emails: string[], message: Message): Promise<number> => {
    if (!mailer) return 0;
    const m = render(message, baseUrl);
    let sent = 0;
    for (const to of [...new Set(emails)]) {
      try {
        await mailer.send({ schoolId, to, subject: m.subject, text: m.text, html: m.html, kind: message.kind });
        sent++;
      } catch (e) {
        log(e);
      }
    }
    return sent;
  };
  return {
    async toPeople(schoolId, personIds, message) {
      if (!personIds.length) return 0;
      const rows = await db.select({ email: accounts.email }).from(accounts).where(and(eq(accounts.schoolId, schoolId), inArray(accounts.personId, [...personIds])));
      return sendAll(schoolId, rows.map((r) => r.email), message);
    },
    async toAccounts(schoolId, accountIds, message) {
      if (!accountIds.length) return 0;
      const rows = await db.select({ email: accounts.email }).from(accounts).where(and(eq(accounts.schoolId, schoolId), inArray(accounts.id, [...accountIds])));
      return sendAll(schoolId, rows.map((r) => r.email), message);
    },
  };
}
