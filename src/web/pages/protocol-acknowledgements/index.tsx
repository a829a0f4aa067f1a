/**
 * Bevestigingen: who confirmed the version in force. School management sees per group who
 * has not confirmed yet and sends reminders; the MR sees the totals only.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { AckOverview, ReminderResult } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { Loading } from '../../components/status/Loading.js';

const pct = (a: number, b: number): string => (b ? `${Math.round((a * 100) / b)}%` : '–');

export default function AcknowledgementsPage() {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['protocol', 'acknowledgements'], queryFn: () => http.get<AckOverview>('/api/v1/protocol/acknowledgements') });
  const remind = useMutation({
    mutationFn: () => http.post<ReminderResult>('/api/v1/protocol/acknowledgements/reminders', {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['protocol', 'acknowledgements'] }),
  });
  if (q.isLoading) return <Loading />;
  if (!q.data) return <ErrorMessage error={q.error} />;
  const { totals, groups } = q.data;
  return (
    <>
      <PageHeading>Bevestigingen van het protocol</PageHeading>
      <Paragraph>
        Versie {q.data.versionId.replace(/^.*-v/, '')}: {totals.confirmed} van de {totals.total} medewerkers en ouders met een account hebben bevestigd dat ze hem lazen ({pct(totals.confirmed, totals.total)}).
      </Paragraph>
      <div className="sw-table-wrap" tabIndex={0}>
        <Table>
          <TableCaption>Totalen</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wie</TableHeaderCell>
              <TableHeaderCell scope="col">Bevestigd</TableHeaderCell>
              <TableHeaderCell scope="col">Totaal</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            <TableRow>
              <TableHeaderCell scope="row">Medewerkers</TableHeaderCell>
              <TableCell>{totals.byRole.staff.confirmed}</TableCell>
              <TableCell>{totals.byRole.staff.total}</TableCell>
            </TableRow>
            <TableRow>
              <TableHeaderCell scope="row">Ouders</TableHeaderCell>
              <TableCell>{totals.byRole.parent.confirmed}</TableCell>
              <TableCell>{totals.byRole.parent.total}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </div>
      {groups ? (
        <>
          <div className="sw-actions">
            <Button appearance="primary-action-button" disabled={remind.isPending} onClick={() => remind.mutate()}>
              Herinnering sturen
            </Button>
          </div>
          <div role="status">
            {remind.data ? (
              <Alert type="ok">
                <Paragraph>
                  {remind.data.sent} {remind.data.sent === 1 ? 'herinnering' : 'herinneringen'} verstuurd{remind.data.skipped ? `; ${remind.data.skipped} niet, want die kregen minder dan 20 uur geleden al een bericht` : ''}.
                </Paragraph>
              </Alert>
            ) : null}
          </div>
          <ErrorMessage error={remind.error} />
          <Heading2>Per groep</Heading2>
          {groups.map((g) => (
            <section key={g.groupId ?? 'geen'} className="sw-article" aria-label={g.name}>
              <Paragraph>
                <strong>{g.name}</strong>: {g.confirmed} van {g.total} bevestigd.
              </Paragraph>
              {g.notConfirmed.length ? (
                <Paragraph>
                  Nog niet: {g.notConfirmed.map((m) => `${m.name} (${m.role === 'ouder' ? 'ouder' : 'medewerker'})`).join(', ')}
                </Paragraph>
              ) : null}
            </section>
          ))}
        </>
      ) : (
        <Paragraph className="sw-hint">De MR ziet alleen de totalen, niet wie wel of niet bevestigde.</Paragraph>
      )}
    </>
  );
}
