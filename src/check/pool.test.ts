import { afterAll, describe, expect, it } from 'vitest';
import { CheckPool, LONG_TEXT } from './pool.js';
import { check } from './engine.js';
import { demoRoster } from '../demo/roster.js';
import { DE_STERREN } from '../protocol/school.js';

describe('the check pool', () => {
  const pool = new CheckPool(1);
  afterAll(() => pool.close());
  const options = { school: DE_STERREN, people: demoRoster() };

  it('answers a long draft in a worker exactly as the check does in place', async () => {
    const text = 'Daan stinkt en is zo dom, bel zijn moeder op 06-12345678. '.repeat(Math.ceil((LONG_TEXT * 2) / 58));
    const req = { text, author: { role: 'staff' }, setting: 'work' };
    const inWorker = await pool.check(req, options);
    expect(inWorker).toEqual(check(req, options));
    expect(inWorker.verdict).toBe('blocked');
  });

  it('passes the check’s errors on with their code', async () => {
    await expect(pool.check({ text: 'x'.repeat(LONG_TEXT + 1), author: { role: 'toverenaar' } }, options)).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('keeps the event loop free while a long draft is checked', async () => {
    const text = 'Wat een mooie dag met groep 5 van de Sterren en juf Anouk. '.repeat(1500);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await pool.check({ text, author: { role: 'staff' }, setting: 'work' }, options);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
