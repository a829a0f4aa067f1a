import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig } from '../config.js';
import { demoRoster } from '../demo/roster.js';

let app: FastifyInstance;
beforeAll(async () => {
  const config = loadConfig({});
  const people = demoRoster();
  app = await buildApp(config, { school: () => config.school, people: () => people });
});
afterAll(async () => {
  await app.close();
});

describe('HTTP API', () => {
  it('answers /health', async () => {
    const r = await app.inject({ method: 'GET', url: '/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok' });
  });
  it('checks a draft per the contract, using the school registry when people is absent', async () => {
    const name = demoRoster()[3]!.name;
    const r = await app.inject({ method: 'POST', url: '/api/v1/checks', payload: { text: `${name} is een sukkel`, author: { role: 'pupil' } } });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.verdict).toBe('blocked');
    expect(body.findings[0].rule).toBe('A7');
    expect(body.schoolRelated).toBe(true);
  });
  it('gives 400 with the field path and Dutch + English messages for bad input', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/checks', payload: { text: 'x', author: { role: 'robot' } } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'invalid_request', path: 'author.role' });
    const bad = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: { 'content-type': 'application/json' }, payload: '{oops' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.messageEn).toBeTruthy();
    const unknown = await app.inject({ method: 'POST', url: '/api/v1/checks', payload: { text: 'x', author: { role: 'parent' }, media: [{ type: 'photo', depicts: ['niemand'] }] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unknown_person');
  });
  it('gives 413 for a body over the limit, 404 for unknown routes', async () => {
    const big = await app.inject({ method: 'POST', url: '/api/v1/checks', payload: { text: 'x'.repeat(3 * 1024 * 1024), author: { role: 'parent' } } });
    expect(big.statusCode).toBe(413);
    expect((await app.inject({ method: 'GET', url: '/api/v1/nope' })).statusCode).toBe(404);
  });
  it('checks a batch of JSON lines in order, with error lines for bad lines', async () => {
    const payload = [JSON.stringify({ text: 'Fijne dag!', author: { role: 'parent' } }), 'kapot', JSON.stringify({ text: 'saai', author: { role: 'pupil' }, setting: 'lesson' })].join('\n');
    const r = await app.inject({ method: 'POST', url: '/api/v1/checks/batch', headers: { 'content-type': 'application/x-ndjson' }, payload });
    expect(r.statusCode).toBe(200);
    const lines = r.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].verdict).toBe('allowed');
    expect(lines[1]).toMatchObject({ error: { code: 'invalid_json' }, line: 2 });
    expect(lines[2].verdict).toBe('blocked');
  });
  it('serves the protocol and the OpenAPI document', async () => {
    const p = await app.inject({ method: 'GET', url: '/api/v1/protocol/A5?lang=en' });
    expect(p.json()).toMatchObject({ id: 'A5', automated: true });
    expect((await app.inject({ method: 'GET', url: '/api/v1/protocol/S2' })).json().notAutomatedReason).toMatch(/Vertrouwensinspecteur/);
    expect((await app.inject({ method: 'GET', url: '/api/v1/protocol/Q1' })).statusCode).toBe(404);
    const docs = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths)).toEqual(expect.arrayContaining(['/api/v1/checks', '/api/v1/checks/batch', '/api/v1/protocol']));
    expect((await app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});
