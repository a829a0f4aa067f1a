/**
 * One access-log line per request (when the server logs at all): method, path, status and
 * milliseconds, through Fastify's LogController. Fastify's own request logging writes two lines
 * per request and the whole URL; a query string can hold what does not belong in a log (a search
 * term, a link's token), so the path is logged without it, also for a route not found.
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

export const pathOf = (url: string): string => {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
};

export class AccessLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { method: request.method, path: pathOf(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request');
  }

  override routeNotFound(request: FastifyRequest): void {
    request.log.info({ method: request.method, path: pathOf(request.url) }, 'route not found');
  }
}
