/**
 * The one error type of Sterrenwacht. Every error a person can see has a stable
 * machine code and a message in Dutch and English.
 */
export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'text_too_long'
  | 'unknown_person'
  | 'unknown_article'
  | 'invalid_config'
  | 'invalid_argument'
  | 'io_error'
  | 'forbidden'
  | 'not_found'
  | 'unauthorized'
  | 'csrf'
  | 'invalid_login'
  | 'locked'
  | 'invalid_import'
  | 'conflict'
  /** Too many failed attempts: wait `retryAfter` seconds (a growing delay, never a lock). */
  | 'throttled'
  /** A storage quota (e.g. saved drafts) is full. */
  | 'quota_exceeded';

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  messageEn: string;
  path?: string;
  /** Per-item problems, e.g. every bad row of an import. */
  details?: unknown[];
}

export class SterrenwachtError extends Error {
  readonly code: ErrorCode;
  readonly messageNl: string;
  readonly messageEn: string;
  readonly path: string | undefined;
  details: unknown[] | undefined;
  /** For `throttled`: seconds until another attempt is considered (HTTP Retry-After). */
  retryAfter: number | undefined;

  constructor(code: ErrorCode, messageNl: string, messageEn: string, path?: string) {
    super(`${messageNl} / ${messageEn}`);
    this.name = 'SterrenwachtError';
    this.code = code;
    this.messageNl = messageNl;
    this.messageEn = messageEn;
    this.path = path;
  }

  toJSON(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.messageNl, messageEn: this.messageEn };
    if (this.path !== undefined) body.path = this.path;
    if (this.details !== undefined) body.details = this.details;
    return body;
  }

  /** One line, Dutch then English, for stderr. */
  oneLine(): string {
    const where = this.path ? ` [${this.path}]` : '';
    return `fout (${this.code})${where}: ${this.messageNl} / error: ${this.messageEn}`.replace(/\s+/g, ' ');
  }
}
