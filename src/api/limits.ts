/**
 * Body limits per route (bytes). Fastify's global default is small; a route that takes a
 * larger body sets `bodyLimit` from here explicitly, and a limit holds for every content
 * type the route accepts. Above its limit a request gets 413 before its body is read in
 * full (Fastify stops reading and closes the connection), so a flood of oversized bodies
 * costs no memory.
 *
 * | route | limit | why |
 * | --- | --- | --- |
 * | everything else | 64 KiB | JSON forms: people, consent, settings, accounts |
 * | POST /api/v1/session | 4 KiB | e-mail address and password |
 * | POST /api/v1/checks, /api/v1/drafts | 1 MiB | a draft of at most 100,000 characters (up to 4 bytes each in UTF-8 after JSON escaping is rarer) with its media and people |
 * | POST /api/v1/checks/batch | 16 MiB | JSON lines, checked while yielding to other requests |
 * | POST /api/v1/people/import | 8 MiB | a roster export of some 100,000 rows |
 * | archives, photos | set by their routes | see there |
 */
export const BODY_LIMITS = {
  default: 64 * 1024,
  login: 4 * 1024,
  check: 1024 * 1024,
  batch: 16 * 1024 * 1024,
  csvImport: 8 * 1024 * 1024,
} as const;
