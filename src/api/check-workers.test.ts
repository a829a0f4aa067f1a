/**
 * The HTTP checks in worker threads (check-workers.ts) answer what the check in place answers,
 * byte for byte: results, a long draft, and errors as the same SterrenwachtError. The workers
 * run the built worker (dist/api/http-check-worker.js, which `npm test` builds first).
 */
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../check/engine.js';
import { demoRoster } from '../demo/roster.js';
import { DE_STERREN } from '../protocol/school.js';
import { SterrenwachtError } from '../errors.js';
import { CheckWorkers } from './check-workers.js';

const built = new URL('../../dist/api/http-check-worker.js', import.meta.url);

describe.skipIf(!existsSync(built))('HTTP checks in worker threads', () => {
  // one worker (whatever the cores): every check after its start goes to it
  const workers = new CheckWorkers(1, Number.POSITIVE_INFINITY, built);
  afterAll(() => workers.close());
  const people = demoRoster();
  const parent = people.filter((p) => p.role === 'pupil').slice(0, 2);
  const requests: unknown[] = [
    { text: 'Wat een mooie dag met groep 5 van de Sterren!', author: { role: 'staff' }, setting: 'work' },
    { text: 'Daan stinkt. Bel de vader van Sanne: 06-12345678.', author: { role: 'parent' }, setting: 'private' },
    { text: `${'Een lange dag op school met de klas. '.repeat(400)}Bel 06-12345678.`, author: { role: 'staff' }, setting: 'work' },
    { text: 'Sportdag met de kinderen!', author: { role: 'staff' }, media: [{ type: 'photo', depicts: [parent[0]!.id] }], setting: 'work' },
  ];

  it('answers as the check in place, for every context, once the worker is ready', async () => {
    const contexts = [{ school: DE_STERREN, people }, { school: DE_STERREN, people: parent, protocolVersion: 'v-test' }];
    // the first checks run in place while the worker starts; wait until one has gone to it
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (workers as unknown as { slots: { ready: boolean }[] }).slots.every((s) => !s.ready)) {
      await workers.check(requests[0], contexts[0]!);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((workers as unknown as { slots: { ready: boolean }[] }).slots.some((s) => s.ready)).toBe(true);
    for (const ctx of contexts) for (const r of requests) expect(await workers.check(r, ctx)).toBe(JSON.stringify(check(r, ctx)));
  }, 30_000);

  it('checks in place without workers, a long draft in the check pool', async () => {
    const none = new CheckWorkers(0);
    for (const r of requests) expect(await none.check(r, { school: DE_STERREN, people })).toBe(JSON.stringify(check(r, { school: DE_STERREN, people })));
    await none.close();
  });

  it('rejects a bad request with the SterrenwachtError the check throws', async () => {
    const bad = { text: 3 };
    let inPlace: unknown;
    try {
      check(bad, { school: DE_STERREN, people });
    } catch (e) {
      inPlace = e;
    }
    expect(inPlace).toBeInstanceOf(SterrenwachtError);
    const fromWorker = await workers.check(bad, { school: DE_STERREN, people }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(fromWorker).toBeInstanceOf(SterrenwachtError);
    expect((fromWorker as SterrenwachtError).toJSON()).toEqual((inPlace as SterrenwachtError).toJSON());
  });
});
