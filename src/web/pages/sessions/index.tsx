/** Waar ben ik ingelogd: one's own sessions; end one, or log out everywhere. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { http, setCsrfToken } from '../../api/client.js';
import { SESSION_KEY } from '../../api/session.js';
import type { OwnSession } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { Loading } from '../../components/status/Loading.js';

const METHOD: Record<string, string> = { password: 'wachtwoord', sso: 'schoolaccount', invitation: 'uitnodiging', reset: 'herstellink' };
const when = (iso: string): string => new Date(iso).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

function device(ua: string | null): string {
  if (!ua) return 'Onbekend apparaat';
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iPhone/iPad' : /Windows/.test(ua) ? 'Windows' : /Mac OS/.test(ua) ? 'Mac' : /Linux/.test(ua) ? 'Linux' : '';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : '';
  return [browser, os].filter(Boolean).join(' op ') || ua.slice(0, 60);
}

export default function SessionsPage() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: ['sessions'], queryFn: () => http.get<{ sessions: OwnSession[] }>('/api/v1/sessions') });
  const end = async (id: string) => {
    await http.del(`/api/v1/sessions/${id}`);
    await qc.invalidateQueries({ queryKey: ['sessions'] });
  };
  const everywhere = async () => {
    await http.del('/api/v1/sessions');
    setCsrfToken('');
    qc.clear();
    qc.setQueryData(SESSION_KEY, null);
    navigate('/inloggen', { replace: true });
  };
  return (
    <div>
      <PageHeading>Waar ben ik ingelogd</PageHeading>
      <Paragraph lead>Ben je ergens ingelogd gebleven, bijvoorbeeld op een computer van school? Log daar hier uit.</Paragraph>
      {q.isPending ? <Loading /> : <ErrorMessage error={q.error} />}
      {q.data ? (
        <div className="sw-table-wrap" tabIndex={0}>
          <Table>
            <TableCaption>Je sessies</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Apparaat</TableHeaderCell>
                <TableHeaderCell scope="col">Ingelogd</TableHeaderCell>
                <TableHeaderCell scope="col">Met</TableHeaderCell>
                <TableHeaderCell scope="col">
                  <span className="sw-visually-hidden">Actie</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {q.data.sessions.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{device(s.userAgent)}{s.current ? ' (dit apparaat)' : ''}</TableCell>
                  <TableCell>{when(s.createdAt)}</TableCell>
                  <TableCell>{METHOD[s.method ?? ''] ?? 'wachtwoord'}</TableCell>
                  <TableCell>{s.current ? null : <Button appearance="secondary-action-button" onClick={() => void end(s.id)}>Uitloggen</Button>}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      <Button appearance="primary-action-button" onClick={() => void everywhere()}>
        Overal uitloggen
      </Button>
    </div>
  );
}
