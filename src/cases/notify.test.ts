import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../store/testing.js';
import type { Store } from '../store/db.js';
import { seedDemo, DEMO_SCHOOL_ID } from '../demo/seed.js';
import { createMailer } from '../mail/mailer.js';
import { startTestSmtp, type TestSmtp } from '../mail/testing.js';
import { createNotifier, render } from './notify.js';

describe.each(testBackends())('procedure notifications over SMTP on $name', (backend) => {
  let store: Store;
  let smtp: TestSmtp;
  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store.db);
    smtp = await startTestSmtp();
  }, 60_000);
  afterAll(async () => {
    await smtp?.close();
    await store?.close();
  });

  it('mails every account of the person a link into the app, over loopback SMTP', async () => {
    const mailer = createMailer({ db: store.db, smtpUrl: smtp.url, from: 'Sterrenwacht <noreply@desterren.example>' });
    const notifier = createNotifier(store.db, mailer, 'https://sterrenwacht.desterren.example');
    const sent = await notifier.toPeople(DEMO_SCHOOL_ID, ['medewerker-1'], { kind: 'consultation', subject: 'Een collega vraagt je advies', nl: 'Beantwoord de vraag in Sterrenwacht.', en: 'Answer it in Sterrenwacht.', path: '/overleg/7' });
    expect(sent).toBe(1);
    const got = smtp.received.at(-1)!;
    expect(got.to).toEqual(['directie@desterren.example']);
    expect(got.raw).toContain('https://sterrenwacht.desterren.example/overleg/7');
    // nobody with an account: nothing sent, nothing thrown
    expect(await notifier.toPeople(DEMO_SCHOOL_ID, ['leerling-150'], { kind: 'case', subject: 's', nl: 'n', en: 'e', path: '/' })).toBe(0);
    mailer.close();
  });

  it('escapes the HTML part and builds the link from the public address', () => {
    const m = render({ kind: 'report', subject: 'x', nl: 'a <b> & "c"', en: 'e', path: '/meldingen/3' }, 'http://localhost:3000');
    expect(m.html).toContain('a &lt;b&gt; &amp; &quot;c&quot;');
    expect(m.text).toContain('http://localhost:3000/meldingen/3');
  });
});
