/**
 * One error shape for every HTTP error: {error: {code, message, messageEn, path?}}.
 * Client mistakes are 400/404/413/415 with a Dutch and English message, never a 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { SterrenwachtError } from '../errors.js';
import { validationError } from './validation.js';

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
  throttled: 429,
  quota_exceeded: 413,
};

/**
 * A database error caused by the input (a value out of range, a malformed date, an invalid
 * character, a violated constraint) is the client's mistake: 400/409, never a 500. SQLSTATE
 * classes: 22 data exception, 23 integrity constraint violation, 54 program limit exceeded.
 */
function databaseInputError(err: unknown): { status: number; code: 'invalid_request' | 'conflict' } | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) continue;
    if (code.startsWith('22') || code.startsWith('54')) return { status: 400, code: 'invalid_request' };
    if (code.startsWith('23')) return { status: 409, code: 'conflict' };
  }
  return undefined;
}

export function errorHandler(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof SterrenwachtError) {
    if (err.retryAfter !== undefined) void reply.header('retry-after', String(err.retryAfter));
    void reply.code(STATUS[err.code] ?? 400).send({ error: err.toJSON() });
    return;
  }
  const db = databaseInputError(err);
  if (db) {
    void reply.code(db.status).send({
      error:
        db.code === 'conflict'
          ? { code: 'conflict', message: 'Dit botst met gegevens die er al zijn.', messageEn: 'This conflicts with existing data.' }
          : { code: 'invalid_request', message: 'Een waarde in het verzoek valt buiten wat kan worden opgeslagen (te groot getal, ongeldige datum of teken).', messageEn: 'A value in the request is outside what can be stored (too large a number, an invalid date or character).' },
    });
    return;
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    // zod's own (English) wording never reaches a person: see validation.ts
    void reply.code(400).send({ error: validationError(err.validation) });
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
    const json = fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err instanceof SyntaxError;
    const nl = fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'Het verzoek is leeg; stuur JSON.' : json ? 'Het verzoek is geen geldige JSON.' : fe.code === 'FST_ERR_BAD_URL' ? 'Het adres van het verzoek is ongeldig.' : 'Ongeldig verzoek.';
    // Fastify's own (English) wording only in messageEn: everything a person reads is Dutch
    void reply.code(status).send({ error: { code: json ? 'invalid_json' : 'invalid_request', message: nl, messageEn: `Invalid request: ${fe.message}` } });
    return;
  }
  req.log.error(err);
  void reply.code(500).send({ error: { code: 'internal', message: 'Er ging iets mis aan onze kant.', messageEn: 'Something went wrong on our side.' } });
}

export function notFound(req: FastifyRequest, reply: FastifyReply): void {
  void reply.code(404).send({ error: { code: 'not_found', message: `Niet gevonden: ${req.method} ${req.url}`, messageEn: `Not found: ${req.method} ${req.url}` } });
}
