/**
 * The session's answer, shared by the route (src/api/routes/session.ts) and the web app's
 * typed client (src/web/api): zod only, no server-only imports.
 */
import { z } from 'zod';

export const accountSchema = z.object({ id: z.string(), email: z.string(), role: z.string(), personId: z.string().nullable(), schoolId: z.string() });

export const sessionAnswerSchema = z.object({
  account: accountSchema,
  /** Send as x-csrf-token on every write with the session cookie. */
  csrfToken: z.string(),
  /** The password was made by the school (temporary): change it before anything else. */
  mustChangePassword: z.boolean(),
});

export const loginBodySchema = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1000) });

export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;
