import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testBackends } from '../store/testing.js';
import type { Store } from '../store/db.js';
import { seedDemo, DEMO_SCHOOL_ID } from '../demo/seed.js';
import { mailOutbox, schools } from '../store/schema.js';
import { DE_STERREN } from '../protocol/school.js';
import { MAX_ATTEMPTS, createMailer, purgeMail } from './mailer.js';
import { listOutbox } from './outbox.js';
import { startTestSmtp, type TestSmtp } from './testing.js';

const mail = (over: Partial<Parameters<ReturnType<typeof createMailer>['send']>[0]> = {}) => ({
  schoolId: DEMO_SCHOOL_ID,
  to: 'ouder@example.org',
  subject: 'Uitnodiging voor Sterrenwacht',
  text: 'Welkom! Stel je wachtwoord in: http://localhost:3000/uitnodiging/abc',
  kind: 'invitation',
  ...over,
});

describe.each(testBackends())('mail on $name', (backend) => {
  let store: Store;
  let smtp: TestSmtp;
  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store.db);
    await store.db.insert(schools).values({ id: 'andere-school', name: 'obs De Linde', profile: { ...DE_STERREN, name: 'obs De Linde' } });
    smtp = await startTestSmtp();
  }, 60_000);
  afterAll(async () => {
    await smtp?.close();
    await store?.close();
  });

  it('without SMTP keeps the mail in the school’s outbox, and only that school sees it', async () => {
    const mailer = createMailer({ db: store.db, from: 'Sterrenwacht <noreply@localhost>' });
    expect(mailer.outbox).toBe(true);
    const r = await mailer.send(mail());
    expect(r.status).toBe('outbox');
    await mailer.send(mail({ schoolId: 'andere-school', to: 'iemand@delinde.example', subject: 'Van De Linde' }));
    const ours = await listOutbox(store.db, DEMO_SCHOOL_ID);
    expect(ours.map((m) => m.subject)).toContain('Uitnodiging voor Sterrenwacht');
    expect(ours.some((m) => m.subject === 'Van De Linde' || m.to.includes('delinde'))).toBe(false);
    expect(ours[0]!.text).toContain('/uitnodiging/abc');
    const toOne = await listOutbox(store.db, DEMO_SCHOOL_ID, { to: 'niemand@example.org' });
    expect(toOne).toEqual([]);
  });

  it('with SMTP delivers over loopback and keeps only who, what kind and when', async () => {
    const mailer = createMailer({ db: store.db, smtpUrl: smtp.url, from: 'Sterrenwacht <noreply@desterren.example>' });
    expect(mailer.outbox).toBe(false);
    const before = smtp.received.length;
    const r = await mailer.send(mail({ to: 'vader@example.org', subject: 'Wachtwoord vergeten', kind: 'password-reset', text: 'Klik: http://localhost:3000/herstel/xyz' }));
    expect(r.status).toBe('sent');
    expect(smtp.received.length).toBe(before + 1);
    const got = smtp.received.at(-1)!;
    expect(got.to).toEqual(['vader@example.org']);
    expect(got.from).toBe('noreply@desterren.example');
    expect(got.raw).toContain('Subject: Wachtwoord vergeten');
    expect(got.raw).toContain('/herstel/xyz');
    const [row] = await store.db.select().from(mailOutbox).where(eq(mailOutbox.id, r.id));
    expect(row!.status).toBe('sent');
    expect(row!.text).toBe(''); // the body is not kept once delivered
    expect(row!.kind).toBe('password-reset');
    // a sent mail is not in the demo outbox
    expect((await listOutbox(store.db, DEMO_SCHOOL_ID)).some((m) => m.id === r.id)).toBe(false);
    mailer.close();
  });

  it('keeps a refused mail and delivers it on retry; gives up after the last attempt', async () => {
    const mailer = createMailer({ db: store.db, smtpUrl: smtp.url, from: 'noreply@desterren.example' });
    smtp.refuseNext(1);
    const r = await mailer.send(mail({ to: 'moeder@example.org', subject: 'Herinnering' }));
    expect(r.status).toBe('pending');
    const [pending] = await store.db.select().from(mailOutbox).where(eq(mailOutbox.id, r.id));
    expect(pending!.text).toContain('uitnodiging'); // nothing lost
    expect(pending!.lastError).toBeTruthy();
    expect(await mailer.retryPending()).toBe(1);
    expect(smtp.received.at(-1)!.to).toEqual(['moeder@example.org']);

    smtp.refuseNext(MAX_ATTEMPTS + 1);
    const lost = await mailer.send(mail({ to: 'opa@example.org', subject: 'Geweigerd' }));
    for (let i = 1; i < MAX_ATTEMPTS; i++) await mailer.retryPending();
    const [failed] = await store.db.select().from(mailOutbox).where(eq(mailOutbox.id, lost.id));
    expect(failed!.status).toBe('failed');
    expect(failed!.attempts).toBe(MAX_ATTEMPTS);
    expect(await mailer.retryPending()).toBe(0);
    smtp.refuseNext(0);
    mailer.close();
  });

  it('refuses a malformed mail with a clear error, before storing anything', async () => {
    const mailer = createMailer({ db: store.db, from: 'noreply@localhost' });
    const count = (await store.db.select().from(mailOutbox)).length;
    await expect(mailer.send(mail({ to: 'geen-adres' }))).rejects.toMatchObject({ code: 'invalid_argument', path: 'to' });
    await expect(mailer.send(mail({ subject: '  ' }))).rejects.toMatchObject({ code: 'invalid_argument' });
    expect((await store.db.select().from(mailOutbox)).length).toBe(count);
  });

  it('purges mail records past their retention', async () => {
    const mailer = createMailer({ db: store.db, from: 'noreply@localhost' });
    await mailer.send(mail({ subject: 'Oud bericht' }));
    const later = new Date(Date.now() + 31 * 24 * 3600_000);
    expect(await purgeMail(store.db, 30, later)).toBeGreaterThan(0);
    expect(await store.db.select().from(mailOutbox)).toEqual([]);
  });
});
