/**
 * The demo outbox: the mails a school's Sterrenwacht would have sent, when no SMTP server is
 * configured. The web app shows it to school management, so a demo invitation or password
 * reset link can be followed. With SMTP configured it is empty (mails are sent, not kept).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { mailOutbox } from '../store/schema.js';

export interface OutboxMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  kind: string;
  createdAt: string;
}

export async function listOutbox(db: Db, schoolId: string, opts: { limit?: number; to?: string } = {}): Promise<OutboxMail[]> {
  const rows = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.schoolId, schoolId), eq(mailOutbox.status, 'outbox'), opts.to ? eq(mailOutbox.to, opts.to) : undefined))
    .orderBy(desc(mailOutbox.id))
    .limit(Math.min(Math.max(opts.limit ?? 50, 1), 500));
  return rows.map((r) => ({ id: r.id, to: r.to, subject: r.subject, text: r.text, html: r.html, kind: r.kind, createdAt: r.createdAt.toISOString() }));
}
