/**
 * Sending mail. Every mail is first written to `mail_outbox` (so a crash between deciding to
 * send and sending loses nothing), then:
 * - without SMTP (`SMTP_URL` unset, the demo): it stays there as the outbox the web app shows;
 * - with SMTP: nodemailer hands it to the server; once accepted the body is cleared (the
 *   receiver has it; we keep who, what kind and when). A failed attempt stays `pending` and
 *   `retryPending` tries again later; after MAX_ATTEMPTS it is `failed`.
 * `send` never throws for a delivery problem: a notification must not undo the action that
 * caused it. It throws only for a malformed message (a programming error or bad address).
 */
import { createTransport } from 'nodemailer';
import { eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../store/db.js';
import { mailOutbox } from '../store/schema.js';
import { SterrenwachtError } from '../errors.js';

export interface OutgoingMail {
  schoolId: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the mail is about: 'invitation', 'password-reset', 'consultation', 'case', … */
  kind: string;
}

export interface SendResult {
  id: number;
  status: 'outbox' | 'sent' | 'pending';
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<SendResult>;
  /** Try the pending mails again (SMTP only); returns how many were delivered. */
  retryPending(): Promise<number>;
  /** True when mail is kept in the demo outbox instead of being sent. */
  readonly outbox: boolean;
  close(): void;
}

export const MAX_ATTEMPTS = 5;

const mailSchema = z.object({
  schoolId: z.string().min(1),
  to: z.email().max(320),
  subject: z.string().trim().min(1).max(300),
  text: z.string().min(1).max(100_000),
  html: z.string().max(200_000).optional(),
  kind: z.string().min(1).max(40),
});

export interface MailerOptions {
  db: Db;
  /** smtp://user:pass@host:port or smtps://…; absent: the demo outbox. */
  smtpUrl?: string | undefined;
  /** The From header, e.g. "Sterrenwacht <noreply@school.nl>". */
  from: string;
}

export function createMailer(opts: MailerOptions): Mailer {
  const { db, from } = opts;
  const transport = opts.smtpUrl ? createTransport(opts.smtpUrl) : undefined;

  const deliver = async (id: number, mail: Pick<OutgoingMail, 'to' | 'subject' | 'text' | 'html'>, attempts: number): Promise<boolean> => {
    if (!transport) return false;
    try {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}) });
      await db.update(mailOutbox).set({ status: 'sent', text: '', html: null, sentAt: new Date(), attempts: attempts + 1, lastError: null }).where(eq(mailOutbox.id, id));
      return true;
    } catch (e) {
      const status = attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending';
      await db
        .update(mailOutbox)
        .set({ status, attempts: attempts + 1, lastError: String((e as Error).message ?? e).slice(0, 500) })
        .where(eq(mailOutbox.id, id));
      return false;
    }
  };

  return {
    outbox: !transport,
    async send(input: OutgoingMail): Promise<SendResult> {
      const parsed = mailSchema.safeParse(input);
      if (!parsed.success) {
        const where = parsed.error.issues[0]?.path.join('.') ?? '';
        throw new SterrenwachtError('invalid_argument', `De e-mail kan niet verstuurd worden: veld "${where}" klopt niet.`, `The mail cannot be sent: field "${where}" is invalid.`, where);
      }
      const mail = parsed.data;
      const [row] = await db
        .insert(mailOutbox)
        .values({ schoolId: mail.schoolId, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, kind: mail.kind, status: transport ? 'pending' : 'outbox' })
        .returning({ id: mailOutbox.id });
      const id = row!.id;
      if (!transport) return { id, status: 'outbox' };
      return { id, status: (await deliver(id, mail, 0)) ? 'sent' : 'pending' };
    },
    async retryPending(): Promise<number> {
      if (!transport) return 0;
      const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.status, 'pending')).orderBy(mailOutbox.id).limit(100);
      let delivered = 0;
      for (const r of rows) if (await deliver(r.id, { to: r.to, subject: r.subject, text: r.text, html: r.html ?? undefined }, r.attempts)) delivered++;
      return delivered;
    },
    close(): void {
      transport?.close();
    },
  };
}

/** Remove mail records older than `days` (the demo outbox and the record of what was sent). */
export async function purgeMail(db: Db, days: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - days * 24 * 3600_000);
  const gone = await db.delete(mailOutbox).where(lt(mailOutbox.createdAt, before)).returning({ id: mailOutbox.id });
  return gone.length;
}
