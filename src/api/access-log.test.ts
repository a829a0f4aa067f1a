import Fastify from 'fastify';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AccessLog, pathOf } from './access-log.js';

describe('access log', () => {
  it('writes one line per request, with the path but not the query string', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        cb();
      },
    });
    const app = Fastify({ logger: { level: 'info', stream }, logController: new AccessLog() });
    app.get('/uitnodiging', async () => ({ ok: true }));
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/uitnodiging?token=geheim-123' });
    expect(res.statusCode).toBe(200);
    const missing = await app.inject({ method: 'GET', url: '/nergens?q=naam' });
    expect(missing.statusCode).toBe(404);
    await app.close();
    const requests = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/uitnodiging', status: 200 });
    expect(requests[1]).toMatchObject({ path: '/nergens', status: 404 });
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'route not found')).toMatchObject({ path: '/nergens' });
    expect(typeof requests[0]!.ms).toBe('number');
    expect(lines.join('\n')).not.toMatch(/geheim|q=naam/);
  });

  it('cuts the query string off a path', () => {
    expect(pathOf('/a/b?c=d&e')).toBe('/a/b');
    expect(pathOf('/a')).toBe('/a');
    expect(pathOf('/?')).toBe('/');
  });
});
