/**
 * A consultation never expires silently. A periodic job, run inside the service like the
 * retention purge, looks at the open consultations:
 * - older than `reminderHours` and not yet reminded: the leidinggevende gets a reminder;
 * - older than `escalationHours` and not yet escalated: it goes to the school leader (an
 *   account of school management other than the leidinggevende), who may answer it too;
 *   when there is no other school leader, the bestuur is told. The author sees both on
 *   the consultation (remindedAt, escalatedAt, escalatedTo) and gets a mail.
 * The clock is injected, so tests move time instead of waiting.
 */
import { and, asc, eq, isNotNull, isNull, lte, ne } from 'drizzle-orm';
import { appendAudit } from '../audit/log.js';
import type { ProceduresConfig } from '../config.js';
import type { Db } from '../store/db.js';
import { accounts, consultations } from '../store/schema.js';
import type { Notifier } from '../cases/notify.js';

export interface DeadlineRun {
  reminded: number[];
  escalated: number[];
}

export async function runConsultationDeadlines(db: Db, notifier: Notifier, cfg: Pick<ProceduresConfig, 'reminderHours' | 'escalationHours'>, now: Date): Promise<DeadlineRun> {
  const run: DeadlineRun = { reminded: [], escalated: [] };
  const remindBefore = new Date(now.getTime() - cfg.reminderHours * 3_600_000);
  const escalateBefore = new Date(now.getTime() - cfg.escalationHours * 3_600_000);
  const due = await db
    .select()
    .from(consultations)
    .where(and(eq(consultations.status, 'open'), isNull(consultations.remindedAt), lte(consultations.createdAt, remindBefore)))
    .orderBy(asc(consultations.id));
  for (const c of due) {
    // claim it first (only the run that flips remindedAt sends), so two instances never both remind
    const claimed = await db.update(consultations).set({ remindedAt: now }).where(and(eq(consultations.id, c.id), isNull(consultations.remindedAt))).returning({ id: consultations.id });
    if (!claimed.length) continue;
    await appendAudit(db, { actor: 'system', action: 'consultation.remind', subject: c.managerId, detail: { consultationId: c.id } });
    await notifier.toPeople(c.schoolId, [c.managerId], {
      kind: 'consultation',
      subject: 'Herinnering: een collega wacht op je advies / Reminder: a colleague awaits your advice',
      nl: `Een collega wacht sinds ${cfg.reminderHours} uur op je advies over een bericht voor sociale media. Zonder antwoord gaat de vraag na ${cfg.escalationHours} uur naar de schoolleider.`,
      en: `A colleague has been waiting ${cfg.reminderHours} hours for your advice on a social media post. Without an answer it goes to the school leader after ${cfg.escalationHours} hours.`,
      path: `/overleg/${c.id}`,
    });
    run.reminded.push(c.id);
  }
  const late = await db
    .select()
    .from(consultations)
    .where(and(eq(consultations.status, 'open'), isNull(consultations.escalatedAt), lte(consultations.createdAt, escalateBefore)))
    .orderBy(asc(consultations.id));
  for (const c of late) {
    const leaders = await db
      .select({ personId: accounts.personId })
      .from(accounts)
      .where(and(eq(accounts.schoolId, c.schoolId), eq(accounts.role, 'schoolleiding'), isNotNull(accounts.personId), ne(accounts.personId, c.managerId), ne(accounts.personId, c.authorId)))
      .orderBy(asc(accounts.id));
    const leader = leaders[0]?.personId ?? null;
    const claimed = await db
      .update(consultations)
      .set({ escalatedAt: now, escalatedTo: leader, remindedAt: c.remindedAt ?? now })
      .where(and(eq(consultations.id, c.id), isNull(consultations.escalatedAt)))
      .returning({ id: consultations.id });
    if (!claimed.length) continue;
    await appendAudit(db, { actor: 'system', action: 'consultation.escalate', subject: c.authorId, detail: { consultationId: c.id, to: leader ?? 'bestuur' } });
    const message = {
      kind: 'consultation' as const,
      subject: 'Onbeantwoord overleg over een bericht / Unanswered consultation about a post',
      nl: `Een medewerker vroeg ${cfg.escalationHours} uur geleden advies over een bericht voor sociale media en kreeg nog geen antwoord van de leidinggevende. Het overleg ligt nu bij jou.`,
      en: `A staff member asked for advice on a social media post ${cfg.escalationHours} hours ago and has had no answer from their manager. The consultation is now with you.`,
      path: `/overleg/${c.id}`,
    };
    if (leader) await notifier.toPeople(c.schoolId, [leader], message);
    else {
      const board = await db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.schoolId, c.schoolId), eq(accounts.role, 'bestuur')));
      await notifier.toAccounts(c.schoolId, board.map((b) => b.id), { ...message, nl: `${message.nl} Er is geen andere schoolleider; het bestuur wordt ingelicht.`, en: `${message.en} There is no other school leader; the board is informed.`, path: '/' });
    }
    await notifier.toPeople(c.schoolId, [c.authorId], {
      kind: 'consultation',
      subject: 'Je vraag over een bericht is doorgezet / Your question was passed on',
      nl: 'Je leidinggevende heeft je vraag nog niet beantwoord; die is nu doorgezet naar de schoolleider.',
      en: 'Your manager has not answered your question yet; it has been passed on to the school leader.',
      path: `/overleg/${c.id}`,
    });
    run.escalated.push(c.id);
  }
  return run;
}

/** A job that runs every `everyMs` (and once at start), with an injectable clock; errors are reported, never thrown. */
export interface PeriodicJob {
  /** Run once now (tests call this with a moved clock). */
  tick(): Promise<void>;
  start(): void;
  stop(): void;
}

export function periodic(run: (now: Date) => Promise<unknown>, opts: { everyMs: number; now?: () => Date; onError?: (e: unknown) => void }): PeriodicJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const tick = (): Promise<void> => {
    // never two runs at once: a slow run is awaited, not overlapped
    running ??= run((opts.now ?? (() => new Date()))())
      .then(() => undefined, (e: unknown) => opts.onError?.(e))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  return {
    tick,
    start() {
      void tick();
      timer = setInterval(() => void tick(), opts.everyMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
