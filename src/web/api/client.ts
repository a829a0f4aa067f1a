/**
 * The web app's HTTP client: same origin, the session cookie, and the CSRF token on every
 * write. Every API error becomes an ApiError with the API's stable code and its Dutch
 * message (what a person reads) — see src/errors.ts for the shape.
 */

export interface ApiErrorBody {
  code: string;
  message: string;
  messageEn: string;
  path?: string;
  details?: unknown[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageEn: string;
  readonly path: string | undefined;
  readonly details: unknown[] | undefined;
  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.messageEn = body.messageEn;
    this.path = body.path;
    this.details = body.details;
  }
}

let csrfToken = '';

/** Set by the session (login, or GET /api/v1/session after a reload). */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Query = Record<string, string | number | boolean | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export async function request<T>(method: Method, path: string, opts: { body?: unknown; query?: Query; signal?: AbortSignal; contentType?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body !== undefined) {
    if (opts.contentType && (typeof opts.body === 'string' || opts.body instanceof Blob)) {
      // a string or a file as it is (a file is read by the browser while it is sent, not first into memory)
      headers['content-type'] = opts.contentType;
      body = opts.body;
    } else {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), { method, headers, body, credentials: 'same-origin', signal: opts.signal ?? null });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'network', message: 'Geen verbinding met Sterrenwacht. Controleer je internet en probeer het opnieuw.', messageEn: 'No connection to Sterrenwacht.' });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const err = (data as { error?: ApiErrorBody } | undefined)?.error;
    throw new ApiError(res.status, err ?? { code: 'http_' + res.status, message: `Er ging iets mis (${res.status}). Probeer het opnieuw.`, messageEn: `Something went wrong (${res.status}).` });
  }
  return data as T;
}

export const http = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, signal?: AbortSignal) => request<T>('POST', path, { body: body ?? {}, signal }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body: body ?? {} }),
  del: <T = void>(path: string) => request<T>('DELETE', path),
};
