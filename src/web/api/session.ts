/**
 * The session in the web app: GET /api/v1/session through TanStack Query (401 → logged
 * out), log in and out, and the CSRF token the client sends on writes.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, http, setCsrfToken } from './client.js';
import type { Role, SessionAnswer } from './types.js';

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionAnswer | null> {
  try {
    const s = await http.get<SessionAnswer>('/api/v1/session');
    setCsrfToken(s.csrfToken);
    return s;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** The logged-in session, null when logged out, undefined while loading. */
export function useSession(): { session: SessionAnswer | null | undefined; loading: boolean; error: unknown } {
  const q = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });
  return { session: q.data, loading: q.isPending, error: q.error };
}

export function useLogin(): (email: string, password: string) => Promise<SessionAnswer> {
  const qc = useQueryClient();
  return async (email, password) => {
    const s = await http.post<SessionAnswer>('/api/v1/session', { email, password });
    setCsrfToken(s.csrfToken);
    qc.clear();
    qc.setQueryData(SESSION_KEY, s);
    return s;
  };
}

export function useLogout(): () => Promise<void> {
  const qc = useQueryClient();
  return async () => {
    try {
      await http.del('/api/v1/session');
    } finally {
      setCsrfToken('');
      qc.clear();
      qc.setQueryData(SESSION_KEY, null);
    }
  };
}

/** Dutch names of the roles, as a person reads them. */
export const ROLE_NAMES: Record<Role, string> = {
  schoolleiding: 'schoolleiding',
  medewerker: 'medewerker',
  ouder: 'ouder/verzorger',
  leerling: 'leerling',
  mr: 'MR-lid',
  bestuur: 'bestuur',
};
