/**
 * Validation errors reach a person in Dutch: no zod or Fastify English in `message`,
 * the English in `messageEn`, the field in `path`.
 */
import { describe, expect, it } from 'vitest';
import { testBackends } from '../store/testing.js';
import { useHarness } from './testing.js';

const ENGLISH = /\b(Invalid|expected|received|must|Too (big|small)|Body|Unexpected|JSON at)\b/;

describe.each(testBackends())('Dutch validation errors on $name', (backend) => {
  const h = useHarness(backend);

  it('names the field and says what is wrong, in Dutch and in English', async () => {
    const missing = (await h.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'a@b.nl' } })).json().error;
    expect(missing).toEqual({ code: 'invalid_request', message: 'Veld "wachtwoord" (password) ontbreekt.', messageEn: 'Field "password" is missing.', path: 'password' });
    const email = (await h.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'geen-adres', password: 'x' } })).json().error;
    expect(email.message).toBe('Veld "e-mailadres" (email) is geen geldig e-mailadres.');
    const l = h.sessions.get('schoolleiding')!;
    const cases = [
      { method: 'PUT', url: '/api/v1/session/password', payload: { current: 'x', password: 'kort' }, nl: /minstens 12 tekens/, path: 'password' },
      { method: 'POST', url: '/api/v1/people/leerling-1/consent', payload: { medium: 'geur', channel: 'social', granted: true }, nl: /moet een van deze waarden zijn: "photo", "video", "audio"/, path: 'medium' },
      { method: 'POST', url: '/api/v1/people/leerling-1/consent', payload: { medium: 'photo', channel: 'social', granted: 'ja' }, nl: /moet waar of onwaar/, path: 'granted' },
      { method: 'POST', url: '/api/v1/lessons', payload: { groupId: 'groep-3', weekday: 9, startsAt: '09:00', endsAt: '10:00' }, nl: /hoogstens 7/, path: 'weekday' },
      { method: 'POST', url: '/api/v1/lessons', payload: { groupId: 'groep-3', weekday: 2, startsAt: '10:00', endsAt: '09:00' }, nl: /endsAt moet na startsAt liggen/, path: 'endsAt' },
      { method: 'PATCH', url: '/api/v1/takedown-tasks/1', payload: { status: 'done', note: '' }, nl: /mag niet leeg zijn/, path: 'note' },
    ] as const;
    for (const c of cases) {
      const r = await h.as(l, { method: c.method, url: c.url, payload: c.payload });
      expect(r.statusCode, c.url).toBe(400);
      const e = r.json().error;
      expect(e.message, JSON.stringify(e)).toMatch(c.nl);
      expect(e.message, JSON.stringify(e)).not.toMatch(ENGLISH);
      expect(e.path).toBe(c.path);
      expect(e.messageEn).toMatch(/^Field /);
    }
  });

  it('says broken JSON and an empty body in Dutch', async () => {
    const l = h.sessions.get('ouder')!;
    const broken = await h.as(l, { method: 'POST', url: '/api/v1/checks', headers: { 'content-type': 'application/json' }, payload: '{"text": ' });
    expect(broken.json().error).toMatchObject({ code: 'invalid_json', message: 'Het verzoek is geen geldige JSON.' });
    const empty = await h.as(l, { method: 'POST', url: '/api/v1/checks', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(empty.json().error.message).not.toMatch(ENGLISH);
  });
});
