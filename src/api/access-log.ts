/**
 * One access-log line per request (when the server logs at all): method, path, status and
 * milliseconds. Fastify's own request logging writes two lines per request and the whole URL;
 * a query string can hold what does not belong in a log (a search term, a link's token), so
 * the path is logged without it.
 */
import type { FastifyInstance } from 'fastify';

export const pathOf = (url: string): string => {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
};

export function registerAccessLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info({ method: request.method, path: pathOf(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
    done();
  });
}
