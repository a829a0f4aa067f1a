/**
 * Routes that take an image as the request body (a photo to make safe, a screenshot with a
 * report) read it as one Buffer under their own limit. Each such group of routes is an
 * encapsulated Fastify scope and calls this once, so the parser and its limit stay local:
 * no other route reads image bodies, and one group's limit never applies to another's.
 */
import type { FastifyInstance } from 'fastify';

export function acceptImages(scope: FastifyInstance, types: readonly string[], bodyLimit: number): void {
  // a parser the parent scope registered for one of these types would otherwise win
  for (const type of types) if (scope.hasContentTypeParser(type)) scope.removeContentTypeParser(type);
  scope.addContentTypeParser([...types], { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body));
}
