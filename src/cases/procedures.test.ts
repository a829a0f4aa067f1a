/**
 * The procedures end to end through the API, on PGlite and (with DATABASE_URL) PostgreSQL:
 * a consultation asked, reminded, escalated and answered; a parent's report with a
 * screenshot; a case with a hearing, a warning and its letter in the pupil dossier; a
 * staff case with the S2 phone task and the S6 police task; who may decide which measure;
 * the register's suppression; retention; and what the mails say (no more than the receiver may see).
 */
import { describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { testBackends } from '../store/testing.js';
import { useHarness, type Login } from '../api/testing.js';
import { accounts, auditLog, cases, consultations, dossierEntries, mailOutbox, registerEvents, reports } from '../store/schema.js';
import { DEMO_SCHOOL_ID } from '../demo/seed.js';
import { hashPassword } from '../auth/accounts.js';
import { createNotifier } from './notify.js';
import { runConsultationDeadlines, periodic } from '../consultations/scheduler.js';
import { purgeProcedures } from './retention.js';
import { PROCEDURE_DEFAULTS } from '../config.js';
import { PNG } from '../reports/testing.js';


async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe.each(testBackends())('procedures on $name', (backend) => {
  let teacher: Login, leader: Login, parent: Login, board: Login, mr: Login, pupil: Login, deputy: Login;
  const outbox = async (to: string) => (await h.store.db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.id)));
  const h = useHarness(backend, async () => {
    // a second school leader (the adjunct-directeur), to whom unanswered consultations go
    await h.store.db.insert(accounts).values({ id: 'acc-adjunct', schoolId: DEMO_SCHOOL_ID, personId: 'medewerker-13', email: 'adjunct@desterren.example', role: 'schoolleiding', passwordHash: await hashPassword('demo-sterren') });
    teacher = h.sessions.get('medewerker')!;
    leader = h.sessions.get('schoolleiding')!;
    parent = h.sessions.get('ouder')!;
    board = h.sessions.get('bestuur')!;
    mr = h.sessions.get('mr')!;
    pupil = h.sessions.get('leerling')!;
    deputy = await h.login('adjunct@desterren.example');
  });

  it('a teacher asks the leidinggevende from the registry, who answers with a suggested text', async () => {
    const draft = 'Ik twijfel of ik dit mag delen: de ouders van groep 3 zijn echt onmogelijk vandaag.';
    const asked = await h.as(teacher, { method: 'POST', url: '/api/v1/consultations', payload: { request: { text: draft }, question: 'Kan dit zo?' } });
    expect(asked.statusCode, asked.body).toBe(201);
    const c = asked.json().consultation;
    expect(c).toMatchObject({ status: 'open', manager: { id: 'medewerker-1', name: 'Petra Smit' }, author: { id: 'medewerker-4' }, text: draft, canWithdraw: true, canAnswer: false });
    expect(c.protocolVersion).toBe('de-sterren-v1'); // the version in force (governance)
    expect(['consult_verdict', 'choice']).toContain(c.reason);
    // the leidinggevende got a mail with a link, and without the draft
    const mail = (await outbox('directie@desterren.example'))[0]!;
    expect(mail.kind).toBe('consultation');
    expect(mail.text).toContain(`/overleg/${c.id}`);
    expect(mail.text).not.toContain('onmogelijk');
    expect(mail.text).not.toContain('Thomas');
    // others do not see it: another staff member's consultation list, a parent
    expect((await h.as(deputy, { method: 'GET', url: `/api/v1/consultations/${c.id}` })).statusCode).toBe(404);
    expect((await h.as(parent, { method: 'GET', url: `/api/v1/consultations/${c.id}` })).statusCode).toBe(403);
    // the author may not answer their own question
    expect((await h.as(teacher, { method: 'POST', url: `/api/v1/consultations/${c.id}/answer`, payload: { answer: 'plaatsen', comment: 'ja' } })).statusCode).toBe(403);
    const mine = await h.as(leader, { method: 'GET', url: '/api/v1/consultations' });
    expect(mine.json().toAnswer.map((x: { id: number }) => x.id)).toContain(c.id);
    // aanpassen needs the suggested text
    const bad = await h.as(leader, { method: 'POST', url: `/api/v1/consultations/${c.id}/answer`, payload: { answer: 'aanpassen', comment: 'Anders formuleren' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.path).toBe('suggestedText');
    const answered = await h.as(leader, { method: 'POST', url: `/api/v1/consultations/${c.id}/answer`, payload: { answer: 'aanpassen', suggestedText: 'Wat een drukke dag vandaag in groep 3!', comment: 'Spreek niet over ouders als groep.' } });
    expect(answered.statusCode, answered.body).toBe(200);
    const seen = (await h.as(teacher, { method: 'GET', url: `/api/v1/consultations/${c.id}` })).json().consultation;
    expect(seen).toMatchObject({ status: 'answered', answer: 'aanpassen', suggestedText: 'Wat een drukke dag vandaag in groep 3!', answeredBy: 'medewerker-1' });
    expect((await outbox('leerkracht@desterren.example'))[0]!.text).toContain(`/overleg/${c.id}`);
    expect((await h.as(leader, { method: 'POST', url: `/api/v1/consultations/${c.id}/answer`, payload: { answer: 'plaatsen', comment: 'toch wel' } })).statusCode).toBe(409);
    const trail = await h.store.db.select().from(auditLog).where(eq(auditLog.action, 'consultation.read'));
    expect(trail.length).toBeGreaterThan(0);
  });

  it('an unanswered consultation reminds, then goes to the school leader (injected clock)', async () => {
    const asked = await h.as(teacher, { method: 'POST', url: '/api/v1/consultations', payload: { request: { text: 'Een discussie onder mijn bericht loopt uit de hand.' }, question: 'Wat moet ik doen?', reason: 'derailing' } });
    const id = asked.json().consultation.id as number;
    const [row] = await h.store.db.select().from(consultations).where(eq(consultations.id, id));
    const t0 = row!.createdAt.getTime();
    const notifier = createNotifier(h.store.db, { send: async (m) => { const [row] = await h.store.db.insert(mailOutbox).values({ ...m, status: 'outbox' }).returning(); return { id: row!.id, status: 'outbox' as const }; } }, 'https://sterrenwacht.example');
    const cfg = { reminderHours: PROCEDURE_DEFAULTS.reminderHours, escalationHours: PROCEDURE_DEFAULTS.escalationHours };
    let now = new Date(t0 + 23 * 3_600_000);
    const job = periodic((at) => runConsultationDeadlines(h.store.db, notifier, cfg, at), { everyMs: 60_000, now: () => now });
    await job.tick();
    expect((await h.store.db.select().from(consultations).where(eq(consultations.id, id)))[0]!.remindedAt).toBeNull();
    now = new Date(t0 + 25 * 3_600_000);
    const r1 = await runConsultationDeadlines(h.store.db, notifier, cfg, now);
    expect(r1.reminded).toContain(id);
    expect(r1.escalated).not.toContain(id);
    const reminder = (await outbox('directie@desterren.example'))[0]!;
    expect(reminder.subject).toMatch(/Herinnering/);
    expect(reminder.text).toContain(`https://sterrenwacht.example/overleg/${id}`);
    // a second run does not remind again
    expect((await runConsultationDeadlines(h.store.db, notifier, cfg, now)).reminded).not.toContain(id);
    now = new Date(t0 + 49 * 3_600_000);
    await job.tick();
    const after = (await h.store.db.select().from(consultations).where(eq(consultations.id, id)))[0]!;
    expect(after.escalatedTo).toBe('medewerker-13');
    expect((await outbox('adjunct@desterren.example'))[0]!.text).toContain(`/overleg/${id}`);
    // the author sees it, and the school leader may now answer
    const seen = (await h.as(teacher, { method: 'GET', url: `/api/v1/consultations/${id}` })).json().consultation;
    expect(seen.escalatedTo).toMatchObject({ id: 'medewerker-13' });
    expect(seen.escalatedAt).not.toBeNull();
    const ans = await h.as(deputy, { method: 'POST', url: `/api/v1/consultations/${id}/answer`, payload: { answer: 'niet_plaatsen', comment: 'Reageer niet meer; bel me.' } });
    expect(ans.statusCode, ans.body).toBe(200);
  });

  let reportId = 0;
  it('a parent reports a post with a screenshot; sees the status only', async () => {
    const made = await h.as(parent, {
      method: 'POST',
      url: '/api/v1/reports',
      payload: { link: 'https://social.example/p/123', text: 'Die juf van groep 3 is een achterlijke trut, ik weet waar ze woont', postedById: 'ouder-3', whatHappened: 'Een andere ouder schreef dit onder een foto van de schoolreis.' },
    });
    expect(made.statusCode, made.body).toBe(201);
    reportId = made.json().id;
    const articles = made.json().suggestedArticles.map((a: { article: string }) => a.article);
    expect(articles.length).toBeGreaterThan(0);
    const shot = await h.as(parent, { method: 'POST', url: `/api/v1/reports/${reportId}/screenshots`, headers: { 'content-type': 'image/png' }, payload: PNG });
    expect(shot.statusCode, shot.body).toBe(201);
    // not an image: refused with a Dutch message
    const fake = await h.as(parent, { method: 'POST', url: `/api/v1/reports/${reportId}/screenshots`, headers: { 'content-type': 'image/png' }, payload: Buffer.from('<script>alert(1)</script>') });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.message).toMatch(/PNG/);
    // too large for the route
    const huge = await h.as(parent, { method: 'POST', url: `/api/v1/reports/${reportId}/screenshots`, headers: { 'content-type': 'image/png' }, payload: Buffer.concat([PNG, Buffer.alloc(7 * 1024 * 1024)]) });
    expect(huge.statusCode).toBe(413);
    // someone else cannot add to it
    expect((await h.as(pupil, { method: 'POST', url: `/api/v1/reports/${reportId}/screenshots`, headers: { 'content-type': 'image/png' }, payload: PNG })).statusCode).toBe(404);
    const mine = (await h.as(parent, { method: 'GET', url: '/api/v1/reports/mine' })).json().reports;
    expect(mine[0]).toMatchObject({ id: reportId, status: 'gemeld', statusNl: 'Gemeld', screenshots: 1 });
    expect(JSON.stringify(mine[0])).not.toMatch(/caseId|dossier|handler/);
    expect((await h.as(parent, { method: 'GET', url: `/api/v1/reports/${reportId}` })).statusCode).toBe(403);
    expect((await h.as(parent, { method: 'GET', url: `/api/v1/reports/${reportId}/screenshots/1` })).statusCode).toBe(403);
    // school management was told, with a link and without the text
    const note = (await outbox('directie@desterren.example')).find((m) => m.kind === 'report')!;
    expect(note.text).toContain(`/meldingen/${reportId}`);
    expect(note.text).not.toContain('trut');
    // a pupil can report too
    expect((await h.as(pupil, { method: 'POST', url: '/api/v1/reports', payload: { text: 'Iemand zet nare dingen over mij online', whatHappened: 'In de groepsapp.' } })).statusCode).toBe(201);
  });

  let caseId = 0;
  it('the school leader opens a case, hears the parent, decides a warning; the letter is a Dutch PDF in the pupil dossier', async () => {
    const report = (await h.as(leader, { method: 'GET', url: `/api/v1/reports/${reportId}` })).json().report;
    expect(report.screenshots).toHaveLength(1);
    expect(report.mayReadScreenshots).toBe(true);
    const img = await h.as(leader, { method: 'GET', url: `/api/v1/reports/${reportId}/screenshots/${report.screenshots[0].id}` });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.rawPayload.equals(PNG)).toBe(true);
    const opened = await h.as(leader, { method: 'POST', url: '/api/v1/cases', payload: { reportId, subjectId: 'ouder-3', summary: 'Beledigende reactie van een ouder over een leerkracht.', deadline: '2026-12-15' } });
    expect(opened.statusCode, opened.body).toBe(201);
    caseId = opened.json().id;
    expect(opened.json().reference).toMatch(/^SW-\d{4}-\d{4}$/);
    expect((await h.as(parent, { method: 'GET', url: '/api/v1/reports/mine' })).json().reports.find((r: { id: number }) => r.id === reportId).status).toBe('in_behandeling');
    const heard = await h.as(leader, { method: 'POST', url: `/api/v1/cases/${caseId}/hearings`, payload: { heardAt: new Date(Date.now() - 3_600_000).toISOString(), present: ['de ouder', 'directeur'], statement: 'Ik was boos en heb het bericht meteen verwijderd.' } });
    expect(heard.statusCode, heard.body).toBe(201);
    expect((await h.as(leader, { method: 'POST', url: `/api/v1/cases/${caseId}/notes`, payload: { text: 'Ouder belt morgen terug.' } })).statusCode).toBe(201);
    // not on this ladder
    const wrong = await h.as(leader, { method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, payload: { measure: 'berisping', motivation: 'Een berisping past hier niet op de ladder van S5.' } });
    expect(wrong.statusCode).toBe(400);
    // removal only by the bestuur
    expect((await h.as(leader, { method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, payload: { measure: 'verwijdering', motivation: 'Herhaaldelijk en ernstig beledigend gedrag.' } })).statusCode).toBe(403);
    const decided = await h.as(leader, { method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, payload: { measure: 'waarschuwing', motivation: 'U heeft een leerkracht online beledigd; dat is in strijd met de fatsoensnormen van het protocol.', articles: ['U3', 'A4'] } });
    expect(decided.statusCode, decided.body).toBe(201);
    const full = (await h.as(leader, { method: 'GET', url: `/api/v1/cases/${caseId}` })).json().case;
    expect(full).toMatchObject({ status: 'besluit', subjectKind: 'parent', ladder: 'S5' });
    expect(full.entries.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['status', 'hearing', 'note', 'decision', 'letter']));
    const letter = full.letters[0];
    const pdf = await h.as(leader, { method: 'GET', url: `/api/v1/cases/${caseId}/letters/${letter.id}` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const raw = pdf.rawPayload;
    expect(raw.subarray(0, 5).toString()).toBe('%PDF-');
    expect(raw.toString('latin1')).toMatch(/\/FontFile2/); // the TrueType font is embedded
    expect(raw.toString('latin1')).toMatch(/DejaVuSans/);
    const text = await pdfText(raw);
    for (const want of ['n.b.s. de Sterren', 'Melkweg 12', '7411 AB', 'Deventer', `Kenmerk: ${full.reference}/1`, 'schriftelijke waarschuwing', 'U3', 'A4', 'Bezwaar', 'binnen zes weken', 'S5', 'Motivering']) expect(text, want).toContain(want);
    expect(text).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    // the pupil dossier of the parent's child (S4) has every entry
    const dossier = await h.as(leader, { method: 'GET', url: `/api/v1/dossiers/pupil/${full.dossiers[0].personId}` });
    expect(dossier.statusCode).toBe(200);
    const kinds = dossier.json().dossier.entries.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['hearing', 'decision', 'letter', 'note']));
    // the bestuur does not handle parent cases; the reporter never sees the case
    expect((await h.as(board, { method: 'GET', url: `/api/v1/cases/${caseId}` })).statusCode).toBe(404);
    expect((await h.as(board, { method: 'GET', url: `/api/v1/dossiers/pupil/${full.dossiers[0].personId}` })).statusCode).toBe(403);
    expect((await h.as(parent, { method: 'GET', url: `/api/v1/cases/${caseId}` })).statusCode).toBe(403);
    // every read was audited
    const reads = await h.store.db.select().from(auditLog).where(eq(auditLog.subject, 'ouder-3'));
    expect(reads.map((r) => r.action)).toEqual(expect.arrayContaining(['case.read', 'letter.read', 'report.screenshot.read', 'case.decide']));
    // closing tells the reporter: only the status
    expect((await h.as(leader, { method: 'PATCH', url: `/api/v1/cases/${caseId}`, payload: { status: 'afgesloten' } })).statusCode).toBe(204);
    const told = (await outbox('ouder@desterren.example')).find((m) => m.kind === 'report')!;
    expect(told.text).toMatch(/afgesloten/);
    expect(told.text).not.toMatch(/waarschuwing|ouder-3|Kenmerk/);
    expect((await h.as(leader, { method: 'POST', url: `/api/v1/cases/${caseId}/notes`, payload: { text: 'Te laat.' } })).statusCode).toBe(409);
  });

  it('a pupil’s suspension is announced to the parents in writing', async () => {
    const c = (await h.as(leader, { method: 'POST', url: '/api/v1/cases', payload: { subjectId: 'leerling-2', summary: 'Filmpje van een klasgenoot gedeeld.' } })).json();
    const d = await h.as(leader, { method: 'POST', url: `/api/v1/cases/${c.id}/decisions`, payload: { measure: 'schorsing', motivation: 'Een filmpje van een klasgenoot zonder toestemming verspreid.', startsOn: '2026-12-03', endsOn: '2026-12-04', articles: ['A5'] } });
    expect(d.statusCode, d.body).toBe(201);
    const full = (await h.as(leader, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    expect(full.letters[0].recipientKind).toBe('parents');
    const text = await pdfText((await h.as(leader, { method: 'GET', url: `/api/v1/cases/${c.id}/letters/${full.letters[0].id}` })).rawPayload);
    expect(text).toContain('Aan de ouder(s)/verzorger(s) van');
    expect(text).toContain('3 december 2026 tot en met 4 december 2026');
    expect(text).toContain('Geschillencommissie passend onderwijs');
    expect((await h.as(leader, { method: 'POST', url: `/api/v1/cases/${c.id}/decisions`, payload: { measure: 'schorsing', motivation: 'Zonder begindatum kan het niet.' } })).statusCode).toBe(400);
    // inzage: the pupil's export holds the dossier and the case (not the letters' bytes)
    const exp = (await h.as(leader, { method: 'GET', url: '/api/v1/people/leerling-2/export' })).json();
    expect(exp.procedures.casesAbout.map((x: { id: number }) => x.id)).toContain(c.id);
    expect(exp.procedures.dossier.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['decision', 'letter']));
  });

  it('a staff case: the bestuur qualifies it as grensoverschrijdend (S2), the call is logged; dismissal only by the bestuur', async () => {
    const c = (await h.as(leader, { method: 'POST', url: '/api/v1/cases', payload: { subjectId: 'medewerker-6', summary: 'Medewerker deelde privéberichten van een leerling.' } })).json();
    // school management may not qualify S2
    expect((await h.as(leader, { method: 'POST', url: `/api/v1/cases/${c.id}/qualification`, payload: { grensoverschrijdend: true, motivation: 'Ernstig.' } })).statusCode).toBe(403);
    const q = await h.as(board, { method: 'POST', url: `/api/v1/cases/${c.id}/qualification`, payload: { grensoverschrijdend: true, criminal: true, motivation: 'Privéberichten van een leerling openbaar gemaakt.' } });
    expect(q.statusCode, q.body).toBe(201);
    const full = (await h.as(board, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    const call = full.tasks.find((t: { kind: string }) => t.kind === 's2_call');
    expect(call).toMatchObject({ status: 'open', phone: '0900-1113111' });
    expect(call.whenNl).toMatch(/bereikbaar/i);
    expect(new Date(call.callFrom).getTime()).toBeGreaterThanOrEqual(Date.now() - 60_000);
    const police = full.tasks.find((t: { kind: string }) => t.kind === 's6_police');
    expect(police.status).toBe('open');
    expect(full.articles).toEqual(expect.arrayContaining(['S2', 'S6']));
    // a case with open tasks does not close
    expect((await h.as(leader, { method: 'PATCH', url: `/api/v1/cases/${c.id}`, payload: { status: 'afgesloten' } })).statusCode).toBe(409);
    expect((await h.as(board, { method: 'POST', url: `/api/v1/cases/${c.id}/tasks/${call.id}/done`, payload: { performedAt: new Date().toISOString(), reference: 'LVI-2026-0042' } })).statusCode).toBe(400);
    expect((await h.as(board, { method: 'POST', url: `/api/v1/cases/${c.id}/tasks/${call.id}/done`, payload: { performedAt: new Date().toISOString(), reference: 'LVI-2026-0042', summary: 'Melding gedaan; inspecteur adviseert gesprek met HR.' } })).statusCode).toBe(204);
    expect((await h.as(leader, { method: 'POST', url: `/api/v1/cases/${c.id}/tasks/${police.id}/done`, payload: { performedAt: new Date().toISOString(), reference: 'PL0600-2026123456' } })).statusCode).toBe(204);
    // dismissal: not by school management, yes by the bestuur
    const motivation = 'Ernstige schending van de privacy van een leerling, na eerdere waarschuwing.';
    expect((await h.as(leader, { method: 'POST', url: `/api/v1/cases/${c.id}/decisions`, payload: { measure: 'ontslag', motivation } })).statusCode).toBe(403);
    expect((await h.as(leader, { method: 'POST', url: `/api/v1/cases/${c.id}/decisions`, payload: { measure: 'verwijdering', motivation } })).statusCode).toBe(400);
    const fired = await h.as(board, { method: 'POST', url: `/api/v1/cases/${c.id}/decisions`, payload: { measure: 'ontslag', motivation } });
    expect(fired.statusCode, fired.body).toBe(201);
    const dossier = (await h.as(board, { method: 'GET', url: '/api/v1/dossiers/personnel/medewerker-6' })).json().dossier;
    expect(dossier.article).toBe('S1');
    const kinds = dossier.entries.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['qualification', 'call', 'police', 'decision', 'letter']));
    const callEntry = dossier.entries.find((e: { kind: string }) => e.kind === 'call');
    expect(callEntry.body).toContain('LVI-2026-0042');
    expect(callEntry.detail.by).toBeTruthy();
    // the teacher and the MR member see no case
    expect((await h.as(teacher, { method: 'GET', url: `/api/v1/cases/${c.id}` })).statusCode).toBe(403);
    expect((await h.as(mr, { method: 'GET', url: '/api/v1/dossiers/personnel/medewerker-6' })).statusCode).toBe(403);
    expect((await h.as(leader, { method: 'PATCH', url: `/api/v1/cases/${c.id}`, payload: { status: 'afgesloten' } })).statusCode).toBe(204);
  });

  it('the register counts anonymously and suppresses small numbers; CSV and PDF', async () => {
    await h.store.db.insert(registerEvents).values(Array.from({ length: 5 }, () => ({ schoolId: DEMO_SCHOOL_ID, month: '2026-09', subjectKind: 'pupil', measure: 'waarschuwing', articles: ['A4'] })));
    const reg = (await h.as(mr, { method: 'GET', url: '/api/v1/register?from=2026-08&to=2027-07' })).json().register;
    const by = (list: { key: string; count: number | null }[], key: string) => list.find((x) => x.key === key)?.count;
    expect(by(reg.byMeasure, 'waarschuwing')).toBeGreaterThanOrEqual(5);
    expect(by(reg.byMeasure, 'ontslag')).toBeNull(); // one dismissal: suppressed
    expect(by(reg.byMeasure, 'berisping')).toBe(0);
    expect(JSON.stringify(reg)).not.toMatch(/medewerker-|ouder-|leerling-|Smits|SW-/);
    const csv = await h.as(mr, { method: 'GET', url: '/api/v1/register/csv?from=2026-08&to=2027-07' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('maatregel;ontslag;ontslag;<5');
    const pdf = await h.as(mr, { method: 'GET', url: '/api/v1/register/pdf?from=2026-08&to=2027-07' });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Besluiten per maatregel');
    expect(text).toContain('<5');
    expect(text).toContain('augustus 2026');
    expect((await h.as(teacher, { method: 'GET', url: '/api/v1/register' })).statusCode).toBe(403);
    expect((await h.as(mr, { method: 'GET', url: '/api/v1/register?from=2027-01&to=2026-01' })).statusCode).toBe(400);
  });

  it('erases what has passed its retention, keeps the anonymous register', async () => {
    const before = (await h.store.db.select().from(registerEvents)).length;
    const closed = await h.store.db.select().from(cases).where(eq(cases.status, 'afgesloten'));
    expect(closed.length).toBeGreaterThan(0);
    const early = await purgeProcedures(h.store.db, PROCEDURE_DEFAULTS, new Date(Date.now() + 100 * 86_400_000));
    expect(early.cases).toBe(0);
    const later = await purgeProcedures(h.store.db, PROCEDURE_DEFAULTS, new Date(Date.now() + 800 * 86_400_000));
    expect(later.cases).toBe(closed.length);
    expect(later.consultations).toBeGreaterThan(0);
    expect(await h.store.db.select().from(dossierEntries).where(eq(dossierEntries.caseId, caseId))).toEqual([]);
    expect(await h.store.db.select().from(reports).where(eq(reports.id, reportId))).toEqual([]);
    expect((await h.store.db.select().from(registerEvents)).length).toBe(before);
    expect((await h.store.db.select().from(auditLog).where(eq(auditLog.action, 'retention.purge'))).length).toBeGreaterThan(0);
  });
});
