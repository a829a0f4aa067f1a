/**
 * Protocolversies: every version of the school's protocol (drafts for school management and
 * the MR only), where each stands with the (G)MR, and a new draft from the version in force.
 */
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import type { VersionSummary, VersionView } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { Loading } from '../../components/status/Loading.js';
import { APPROVAL, STATUS, dateNl } from '../../components/governance/labels.js';

export const VERSIONS_KEY = ['protocol', 'versions'] as const;

export default function ProtocolVersionsPage() {
  const { session } = useSession();
  const role = session?.account.role;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: VERSIONS_KEY, queryFn: () => http.get<{ versions: VersionSummary[] }>('/api/v1/protocol/versions') });
  const draft = useMutation({
    mutationFn: () => http.post<VersionView>('/api/v1/protocol/versions', {}),
    onSuccess: async (v) => {
      await qc.invalidateQueries({ queryKey: VERSIONS_KEY });
      navigate(`/protocol/versies/${v.id}`);
    },
  });
  const versions = q.data?.versions ?? [];
  const open = versions.find((v) => v.status === 'draft');
  const inForce = versions.find((v) => v.status === 'in_force');
  return (
    <>
      <PageHeading>Protocolversies</PageHeading>
      <Paragraph>
        Elke versie van het protocol sociale media van de school. Een nieuwe versie begint als concept; de (G)MR stemt ermee in, daarna stelt de schoolleiding hem vast. Vastgestelde versies veranderen niet meer.
      </Paragraph>
      {q.isLoading ? <Loading /> : null}
      <ErrorMessage error={q.error ?? draft.error} />
      {role === 'schoolleiding' ? (
        <div className="sw-actions">
          {open ? (
            <Link to={`/protocol/versies/${open.id}`}>Verder met het concept (versie {open.number})</Link>
          ) : (
            <Button appearance="primary-action-button" disabled={draft.isPending} onClick={() => draft.mutate()}>
              Nieuwe conceptversie
            </Button>
          )}
          <Link to="/protocol/herscan">Berichten herscannen</Link>
        </div>
      ) : null}
      {versions.length ? (
        <div className="sw-table-wrap" tabIndex={0}>
          <Table>
            <TableCaption>Versies, nieuwste eerst</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Versie</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">(G)MR</TableHeaderCell>
                <TableHeaderCell scope="col">Wat is veranderd</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {versions.map((v) => (
                <TableRow key={v.id}>
                  <TableCell>
                    <Link to={`/protocol/versies/${v.id}`}>Versie {v.number}</Link>
                  </TableCell>
                  <TableCell>{STATUS[v.status]}</TableCell>
                  <TableCell>{v.approvalDate ? `Ingestemd op ${dateNl(v.approvalDate)}` : APPROVAL[v.approval]}</TableCell>
                  <TableCell>
                    {v.summary.nl}
                    {v.basedOn ? (
                      <>
                        {' '}
                        <Link to={`/protocol/verschil?van=${v.basedOn}&naar=${v.id}`} aria-label={`Verschil van versie ${v.number} met de versie ervoor`}>
                          Bekijk het verschil
                        </Link>
                      </>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {inForce ? (
        <Paragraph>
          <a href={`/api/v1/protocol/versions/${inForce.id}/pdf`}>Versie {inForce.number} als pdf voor de schoolgids</a>
        </Paragraph>
      ) : null}
    </>
  );
}
