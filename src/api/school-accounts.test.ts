/**
 * A real school's accounts over the API: parents invited from the roster (the link from the
 * outbox, a password, their child, its consent), "wachtwoord vergeten", a temporary password
 * changed at first login, one's own sessions and logging out everywhere.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testBackends } from '../store/testing.js';
import { accountTokens, accounts, people } from '../store/schema.js';
import { useHarness, type Login } from './testing.js';
import { inviteParents } from '../auth/invitations.js';
import { guardianId } from '../registry/roster.js';
import { DEMO_SCHOOL_ID } from '../demo/seed.js';

const csv = { 'content-type': 'text/csv' };
const cookieOf = (r: { cookies: { name: string; value: string }[] }): string => `sw_session=${r.cookies.find((c) => c.name === 'sw_session')!.value}`;

describe.each(testBackends())('a real school’s accounts on $name', (backend) => {
  let directie: Login;
  const h = useHarness(backend, async () => {
    directie = h.sessions.get('schoolleiding')!;
  });

  const outbox = async (to: string): Promise<{ subject: string; text: string; kind: string }[]> => (await h.as(directie, { method: 'GET', url: `/api/v1/outbox?to=${encodeURIComponent(to)}` })).json().mails;
  const linkToken = (text: string, page: string): string => new RegExp(`/${page}#([A-Za-z0-9_-]+)`).exec(text)![1]!;

  it('invites the parents of groep 3 from the roster; a parent follows the link, sets a password, sees their child and changes its consent', async () => {
    const file = 'Leerlingnummer;Roepnaam;Voorvoegsel;Achternaam;Groep;E-mail verzorger 1\n3001;Jesse;de;Wit;Groep 3;joyce.dewit@example.nl\n5001;Mila;;Kok;5;dennis.kok@example.nl\n';
    const preview = await h.as(directie, { method: 'POST', url: '/api/v1/people/import/preview?mode=merge', headers: csv, payload: file });
    expect(preview.statusCode, preview.body).toBe(200);
    const applied = await h.as(directie, { method: 'POST', url: `/api/v1/people/import?mode=merge&token=${preview.json().token}`, headers: csv, payload: file });
    expect(applied.json()).toMatchObject({ added: 4 });

    const invite = await h.as(directie, { method: 'POST', url: '/api/v1/invitations', payload: { groupId: 'groep-3' } });
    expect(invite.statusCode, invite.body).toBe(200);
    const joyce = guardianId(DEMO_SCHOOL_ID, 'joyce.dewit@example.nl');
    expect(invite.json()).toMatchObject({ invited: 1, personIds: [joyce] });
    expect(invite.json().noEmail).toBeGreaterThan(0); // the demo parents have no address
    expect(await outbox('dennis.kok@example.nl')).toEqual([]); // groep 5 was not invited
    const [mail] = await outbox('joyce.dewit@example.nl');
    expect(mail).toMatchObject({ kind: 'invitation', subject: expect.stringMatching(/Uitnodiging/) });
    expect(mail!.text).not.toMatch(/Jesse/); // the mail names the school, not the child
    const token = linkToken(mail!.text, 'uitnodiging');
    // only a hash of the token is stored
    const stored = await h.store.db.select().from(accountTokens).where(eq(accountTokens.personId, joyce));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);

    const lookup = await h.app.inject({ method: 'POST', url: '/api/v1/invitation/lookup', payload: { token } });
    expect(lookup.json()).toEqual({ email: 'joyce.dewit@example.nl', school: 'n.b.s. de Sterren' });
    const short = await h.app.inject({ method: 'POST', url: '/api/v1/invitation/accept', payload: { token, password: 'kort' } });
    expect(short.statusCode).toBe(400);
    const accept = await h.app.inject({ method: 'POST', url: '/api/v1/invitation/accept', payload: { token, password: 'mijn-eigen-wachtwoord' } });
    expect(accept.statusCode, accept.body).toBe(200);
    expect(accept.json().mustChangePassword).toBe(false);
    expect(accept.json().account).toMatchObject({ role: 'ouder', personId: joyce, children: [{ id: '3001', name: 'Jesse de Wit', groupId: 'groep-3' }] });
    const parent: Login = { cookie: cookieOf(accept), csrf: accept.json().csrfToken };
    // single use
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/invitation/accept', payload: { token, password: 'nog-een-wachtwoord' } })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/invitation/lookup', payload: { token } })).statusCode).toBe(404);

    const me = await h.as(parent, { method: 'GET', url: '/api/v1/me' });
    expect(me.json().person).toMatchObject({ id: joyce, email: 'joyce.dewit@example.nl' });
    expect(me.json().children).toEqual([expect.objectContaining({ id: '3001', consent: expect.objectContaining({ photo: expect.objectContaining({ social: false }) }) })]);
    const give = await h.as(parent, { method: 'POST', url: '/api/v1/people/3001/consent', payload: { medium: 'photo', channel: 'social', granted: true } });
    expect(give.statusCode, give.body).toBe(200);
    expect((await h.as(parent, { method: 'GET', url: '/api/v1/me' })).json().children[0].consent.photo.social).toBe(true);
    expect((await h.as(parent, { method: 'GET', url: '/api/v1/people/5001/consent' })).statusCode).toBe(403);
    // the login answer lists the children too
    const relogin = await h.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'joyce.dewit@example.nl', password: 'mijn-eigen-wachtwoord' } });
    expect(relogin.json().account.children.map((c: { id: string }) => c.id)).toEqual(['3001']);
    // invited again: she has an account now
    expect((await h.as(directie, { method: 'POST', url: '/api/v1/invitations', payload: { groupId: 'groep-3' } })).json()).toMatchObject({ invited: 0, alreadyAccount: invite.json().alreadyAccount + 1 });
  });

  it('lets an invitation expire, and a new one replaces an unused one', async () => {
    const dennis = guardianId(DEMO_SCHOOL_ID, 'dennis.kok@example.nl');
    const sent: string[] = [];
    const mailer = { send: async (m: { text: string }) => (sent.push(m.text), { id: 0, status: 'outbox' as const }) };
    await inviteParents(h.store.db, mailer, 'http://localhost:3000', DEMO_SCHOOL_ID, 'acc-directie', { groupId: 'groep-5' }, new Date(Date.now() - 15 * 86_400_000));
    const old = linkToken(sent[0]!, 'uitnodiging');
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/invitation/lookup', payload: { token: old } })).statusCode).toBe(404);
    await inviteParents(h.store.db, mailer, 'http://localhost:3000', DEMO_SCHOOL_ID, 'acc-directie', { groupId: 'groep-5' });
    await inviteParents(h.store.db, mailer, 'http://localhost:3000', DEMO_SCHOOL_ID, 'acc-directie', { groupId: 'groep-5' });
    const [second, third] = [linkToken(sent[1]!, 'uitnodiging'), linkToken(sent[2]!, 'uitnodiging')];
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/invitation/lookup', payload: { token: second } })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/invitation/lookup', payload: { token: third } })).json().email).toBe('dennis.kok@example.nl');
    expect(dennis).toMatch(/^ouder-/);
  });

  it('sends a reset link for "wachtwoord vergeten", with the same answer for an unknown address', async () => {
    const known = await h.app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { email: 'leerkracht@desterren.example' } });
    const unknown = await h.app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { email: 'niemand@desterren.example' } });
    const junk = await h.app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { email: 'geen adres' } });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(junk.body).toBe(known.body);
    expect(await outbox('niemand@desterren.example')).toEqual([]);
    const [mail] = await outbox('leerkracht@desterren.example');
    expect(mail!.kind).toBe('password-reset');
    const token = linkToken(mail!.text, 'wachtwoord-herstellen');
    const before = h.sessions.get('medewerker')!;
    const done = await h.app.inject({ method: 'POST', url: '/api/v1/password-reset/confirm', payload: { token, password: 'nieuw-wachtwoord-123' } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().account.email).toBe('leerkracht@desterren.example');
    // every earlier session ended; the new password works; the link works once
    expect((await h.as(before, { method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/password-reset/confirm', payload: { token, password: 'nog-een-wachtwoord' } })).statusCode).toBe(400);
    h.sessions.set('medewerker', await h.login('leerkracht@desterren.example', 'nieuw-wachtwoord-123'));
    // a few mails an hour at most
    for (let i = 0; i < 5; i++) await h.app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { email: 'mr@desterren.example' } });
    expect(await outbox('mr@desterren.example')).toHaveLength(3);
  });

  it('makes a temporary password be changed at the first login before anything else', async () => {
    const made = await h.as(directie, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'ruben@desterren.example', role: 'medewerker', personId: 'medewerker-6' } });
    const temporary = made.json().temporaryPassword as string;
    const first = await h.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'ruben@desterren.example', password: temporary } });
    expect(first.json().mustChangePassword).toBe(true);
    const ruben: Login = { cookie: cookieOf(first), csrf: first.json().csrfToken };
    const refused = await h.as(ruben, { method: 'GET', url: '/api/v1/people' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('password_change_required');
    expect((await h.as(ruben, { method: 'GET', url: '/api/v1/session' })).json().mustChangePassword).toBe(true);
    expect((await h.as(ruben, { method: 'PUT', url: '/api/v1/session/password', payload: { current: temporary, password: 'rubens-eigen-wachtwoord' } })).statusCode).toBe(204);
    expect((await h.as(ruben, { method: 'GET', url: '/api/v1/people' })).statusCode).toBe(200);
    expect((await h.as(ruben, { method: 'GET', url: '/api/v1/session' })).json().mustChangePassword).toBe(false);
    const row = (await h.store.db.select().from(accounts).where(eq(accounts.email, 'ruben@desterren.example')))[0]!;
    expect(row.passwordTemporary).toBe(false);
  });

  it('lists one’s own sessions and logs out everywhere', async () => {
    const a = await h.login('mr@desterren.example');
    const b = await h.app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'user-agent': 'Telefoon van Esther' }, payload: { email: 'mr@desterren.example', password: 'demo-sterren' } });
    const second: Login = { cookie: cookieOf(b), csrf: b.json().csrfToken };
    const list = (await h.as(a, { method: 'GET', url: '/api/v1/sessions' })).json().sessions as { id: string; current: boolean; userAgent: string | null; method: string }[];
    expect(list.length).toBeGreaterThanOrEqual(3); // the harness's, a and b
    expect(list.filter((s) => s.current)).toHaveLength(1);
    const phone = list.find((s) => s.userAgent === 'Telefoon van Esther')!;
    expect(phone).toMatchObject({ method: 'password', current: false });
    expect(JSON.stringify(list)).not.toContain(b.cookies.find((c) => c.name === 'sw_session')!.value);
    expect((await h.as(a, { method: 'DELETE', url: `/api/v1/sessions/${phone.id}` })).statusCode).toBe(204);
    expect((await h.as(second, { method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
    expect((await h.as(a, { method: 'DELETE', url: `/api/v1/sessions/${phone.id}` })).statusCode).toBe(404);
    const everywhere = await h.as(a, { method: 'DELETE', url: '/api/v1/sessions' });
    expect(everywhere.json().ended).toBeGreaterThanOrEqual(2);
    expect((await h.as(a, { method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
    expect((await h.as(h.sessions.get('mr')!, { method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
    // someone else's sessions are not one's own
    const other = (await h.as(directie, { method: 'GET', url: '/api/v1/sessions' })).json().sessions as { id: string }[];
    expect(other.map((s) => s.id)).not.toContain(phone.id);
  });

  it('shows a parent their own record only; e-mail addresses only to school management', async () => {
    const ouder = h.sessions.get('ouder')!;
    const me = (await h.as(ouder, { method: 'GET', url: '/api/v1/me' })).json();
    expect(me.person.id).toBe('ouder-1');
    expect(me.children.map((c: { id: string }) => c.id)).toEqual(['leerling-1']);
    const session = (await h.as(ouder, { method: 'GET', url: '/api/v1/session' })).json();
    expect(session.account.children).toEqual([expect.objectContaining({ id: 'leerling-1', groupName: 'Groep 1' })]);
    await h.store.db.update(people).set({ email: 'ouder3@example.nl' }).where(eq(people.id, 'ouder-3'));
    const staffView = (await h.as(h.sessions.get('medewerker')!, { method: 'GET', url: '/api/v1/people?role=parent' })).json().people as { id: string; email: string | null }[];
    expect(staffView.find((p) => p.id === 'ouder-3')!.email).toBeNull();
    const leaderView = (await h.as(directie, { method: 'GET', url: '/api/v1/people?role=parent' })).json().people as { id: string; email: string | null }[];
    expect(leaderView.find((p) => p.id === 'ouder-3')!.email).toBe('ouder3@example.nl');
  });

  it('refuses a bad invitation scope and bad tokens with a 4xx', async () => {
    expect((await h.as(directie, { method: 'POST', url: '/api/v1/invitations', payload: { groupId: 'groep-99' } })).statusCode).toBe(404);
    expect((await h.as(directie, { method: 'POST', url: '/api/v1/invitations', payload: { all: false } })).statusCode).toBe(400);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/invitation/lookup', payload: { token: 'x'.repeat(43) } })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/invitation/lookup', payload: { token: 3 } })).statusCode).toBe(400);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/password-reset/confirm', payload: { token: 'y'.repeat(43), password: 'een-lang-wachtwoord' } })).statusCode).toBe(400);
    const all = await h.as(directie, { method: 'POST', url: '/api/v1/invitations', payload: { all: true } });
    expect(all.statusCode).toBe(200);
  });
});
