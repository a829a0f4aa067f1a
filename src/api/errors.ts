/**
 * One error shape for every HTTP error: {error: {code, message, messageEn, path?}}.
 * Client mistakes are 400/404/413/415 with a Dutch and English message, never a 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { SterrenwachtError } from '../errors.js';

const STATUS: Partial<Record<string, number>> = {
  unknown_article: 404,
  not_found: 404,
  unauthorized: 401,
  invalid_login: 401,
  csrf: 403,
  forbidden: 403,
  locked: 429,
  invalid_import: 400,
  conflict: 409,
  password_change_required: 403,
};

export function errorHandler(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof SterrenwachtError) {
    void reply.code(STATUS[err.code] ?? 400).send({ error: err.toJSON() });
    return;
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issue = err.validation[0];
    const path = issue ? String(issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.') : '';
    void reply.code(400).send({
      error: {
        code: 'invalid_request',
        message: `Veld "${path || '(verzoek)'}" is ongeldig: ${issue?.message ?? ''}`,
        messageEn: `Field "${path || '(request)'}" is invalid: ${issue?.message ?? ''}`,
        path,
      },
    });
    return;
  }
  const fe = err as FastifyError;
  const status = fe.statusCode ?? 500;
  if (status === 413) {
    void reply.code(413).send({ error: { code: 'payload_too_large', message: 'Het verzoek is te groot.', messageEn: 'The request is too large.' } });
    return;
  }
  if (status === 415) {
    void reply.code(415).send({ error: { code: 'unsupported_media_type', message: 'Dit inhoudstype wordt niet ondersteund; gebruik JSON.', messageEn: 'Unsupported content type; use JSON.' } });
    return;
  }
  if (status >= 400 && status < 500) {
    void reply.code(status).send({ error: { code: fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'invalid_json' : 'invalid_request', message: `Ongeldig verzoek: ${fe.message}`, messageEn: `Invalid request: ${fe.message}` } });
    return;
  }
  req.log.error(err);
  void reply.code(500).send({ error: { code: 'internal', message: 'Er ging iets mis aan onze kant.', messageEn: 'Something went wrong on our side.' } });
}

export function notFound(req: FastifyRequest, reply: FastifyReply): void {
  void reply.code(404).send({ error: { code: 'not_found', message: `Niet gevonden: ${req.method} ${req.url}`, messageEn: `Not found: ${req.method} ${req.url}` } });
}
