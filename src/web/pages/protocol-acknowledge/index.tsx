/**
 * Protocol lezen en bevestigen: staff and parents confirm once per version in force that
 * they read it, after the short summary of what changed and the changed articles.
 */
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { AckStatus, VersionDiff } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { Loading } from '../../components/status/Loading.js';
import { DiffText } from '../../components/governance/Diff.js';
import { ACK_KEY } from '../../components/governance/AckBanner.js';
import { dateNl } from '../../components/governance/labels.js';

export default function AcknowledgePage() {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ACK_KEY, queryFn: () => http.get<AckStatus>('/api/v1/protocol/acknowledgement') });
  const v = q.data?.version;
  const diff = useQuery({ queryKey: ['protocol', 'diff', 'previous', v?.id], queryFn: () => http.get<VersionDiff>('/api/v1/protocol/diff', { from: String(v!.number - 1), to: v!.id }), enabled: !!v && v.number > 1 && (q.data?.changed.length ?? 0) > 0 });
  const confirm = useMutation({
    mutationFn: () => http.post<AckStatus>('/api/v1/protocol/acknowledgement', { versionId: v!.id }),
    onSuccess: (s) => qc.setQueryData(ACK_KEY, s),
  });
  if (q.isLoading) return <Loading />;
  if (!q.data) return <ErrorMessage error={q.error} />;
  const s = q.data;
  return (
    <>
      <PageHeading>Protocol lezen en bevestigen</PageHeading>
      {!v ? <Paragraph>Er is nog geen versie van het protocol vastgesteld.</Paragraph> : null}
      {v ? (
        <>
          <Paragraph>
            Versie {v.number} van het protocol sociale media geldt {v.approvalDate ? `sinds de instemming van de (G)MR op ${dateNl(v.approvalDate)}` : 'nu'}. {s.summary?.nl}
          </Paragraph>
          {diff.data ? (
            <section aria-labelledby="veranderd">
              <Heading2 id="veranderd">Wat is er veranderd</Heading2>
              {diff.data.articles
                .filter((a) => a.change !== 'same')
                .map((a) => (
                  <div key={a.id} className="sw-article">
                    <Heading3>Artikel {a.id}</Heading3>
                    <Paragraph>
                      <DiffText parts={a.nl} />
                    </Paragraph>
                  </div>
                ))}
            </section>
          ) : null}
          <Paragraph>
            <Link to="/protocol">Lees het hele protocol</Link> of <a href="/api/public/protocol/pdf">download het als pdf</a>.
          </Paragraph>
          <div role="status">
            {s.confirmedAt ? (
              <Alert type="ok">
                <Paragraph>Je hebt bevestigd dat je versie {v.number} hebt gelezen ({dateNl(s.confirmedAt)}). Dank je wel.</Paragraph>
              </Alert>
            ) : null}
          </div>
          {!s.confirmedAt && s.required ? (
            <div className="sw-actions">
              <Button appearance="primary-action-button" disabled={confirm.isPending} onClick={() => confirm.mutate()}>
                Ik heb versie {v.number} gelezen
              </Button>
            </div>
          ) : null}
          {!s.required ? <Paragraph>Je rol hoeft het protocol niet te bevestigen.</Paragraph> : null}
          <ErrorMessage error={confirm.error} />
        </>
      ) : null}
    </>
  );
}
