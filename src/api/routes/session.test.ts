/**
 * The session answer the web app needs: the CSRF token again after a reload (GET), and
 * whether the password is a temporary one the school made (then it must be changed first).
 */
import { describe, expect, it } from 'vitest';
import { testBackends } from '../../store/testing.js';
import { useHarness } from '../testing.js';

describe.each(testBackends())('session answer on $name', (backend) => {
  const h = useHarness(backend);

  it('repeats the CSRF token on GET, so a reloaded page can write', async () => {
    const l = await h.login('ouder@desterren.example');
    const r = await h.as(l, { method: 'GET', url: '/api/v1/session' });
    expect(r.json()).toMatchObject({ csrfToken: l.csrf, mustChangePassword: false, account: { email: 'ouder@desterren.example', role: 'ouder' } });
  });

  it('flags a temporary password until it is changed', async () => {
    const created = await h.as(h.sessions.get('schoolleiding')!, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'tijdelijk@desterren.example', role: 'mr', personId: 'ouder-6' } });
    const { temporaryPassword } = created.json();
    const login = await h.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'tijdelijk@desterren.example', password: temporaryPassword } });
    expect(login.json().mustChangePassword).toBe(true);
    const l = await h.login('tijdelijk@desterren.example', temporaryPassword);
    expect((await h.as(l, { method: 'GET', url: '/api/v1/session' })).json().mustChangePassword).toBe(true);
    const changed = await h.as(l, { method: 'PUT', url: '/api/v1/session/password', payload: { current: temporaryPassword, password: 'mijn eigen lange zin' } });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await h.as(l, { method: 'GET', url: '/api/v1/session' })).json().mustChangePassword).toBe(false);
    // an account made with a chosen password is not asked
    await h.as(h.sessions.get('schoolleiding')!, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'gekozen@desterren.example', role: 'mr', personId: 'ouder-7', password: 'een gekozen wachtwoord' } });
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'gekozen@desterren.example', password: 'een gekozen wachtwoord' } })).json().mustChangePassword).toBe(false);
  });
});
