/**
 * The session's answer, shared by the route (src/api/routes/session.ts) and the web app's
 * typed client (src/web/api): zod only, no server-only imports.
 */
import { z } from 'zod';

/** A parent's child as the session answer lists it (current pupils). */
export const childSchema = z.object({ id: z.string(), name: z.string(), groupId: z.string().nullable(), groupName: z.string().nullable() });

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.string(),
  personId: z.string().nullable(),
  schoolId: z.string(),
  /** The name of the account's person. */
  name: z.string().nullable(),
  /** A parent's children (current pupils of the school). */
  children: z.array(childSchema),
});

export const sessionAnswerSchema = z.object({
  account: accountSchema,
  /** Send as x-csrf-token on every write with the session cookie. */
  csrfToken: z.string(),
  /** The password was made by the school (temporary): change it before anything else. */
  mustChangePassword: z.boolean(),
});

export const loginBodySchema = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1000) });

export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;
