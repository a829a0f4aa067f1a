/**
 * Concepten opnieuw checken: a saved draft, checked under an older version of the protocol,
 * re-checked under the version in force with one click — with what changed.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { AckStatus, CheckResult, Finding } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { Loading } from '../../components/status/Loading.js';
import { VERDICT } from '../../components/governance/labels.js';

interface Draft {
  id: number;
  request: { text?: string };
  result: CheckResult;
  createdAt: string;
}
interface Recheck {
  id: number;
  previous: { protocolVersion: string; verdict: string };
  result: CheckResult;
  added: Finding[];
  removed: Finding[];
}

export default function DraftsRecheckPage() {
  const qc = useQueryClient();
  const drafts = useQuery({ queryKey: ['drafts'], queryFn: () => http.get<{ drafts: Draft[] }>('/api/v1/drafts') });
  const protocol = useQuery({ queryKey: ['protocol', 'acknowledgement'], queryFn: () => http.get<AckStatus>('/api/v1/protocol/acknowledgement') });
  const [last, setLast] = useState<Recheck | null>(null);
  const recheck = useMutation({
    mutationFn: (id: number) => http.post<Recheck>(`/api/v1/drafts/${id}/recheck`, {}),
    onSuccess: (r) => {
      setLast(r);
      void qc.invalidateQueries({ queryKey: ['drafts'] });
    },
  });
  const current = protocol.data?.version;
  if (drafts.isLoading) return <Loading />;
  const list = drafts.data?.drafts ?? [];
  return (
    <>
      <PageHeading>Concepten opnieuw checken</PageHeading>
      <Paragraph>
        {current ? `Versie ${current.number} van het protocol geldt nu.` : ''} Een concept dat je bewaarde onder een eerdere versie, check je hier met één klik opnieuw.
      </Paragraph>
      <ErrorMessage error={drafts.error ?? recheck.error} />
      <div role="status">
        {last ? (
          <Alert type={last.added.length ? 'warning' : 'ok'}>
            <Paragraph>
              Opnieuw gecheckt onder {last.result.protocolVersion.replace(/^.*-v/, 'versie ')}: {VERDICT[last.result.verdict]} (was: {VERDICT[last.previous.verdict]} onder {last.previous.protocolVersion.replace(/^.*-v/, 'versie ')}).
              {last.added.length ? ` Nieuw: ${last.added.map((f) => `${f.rule}: ${f.message}`).join(' ')}` : ''}
              {last.removed.length ? ` Vervallen: ${last.removed.map((f) => f.rule).join(', ')}.` : ''}
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      {list.length === 0 ? <Paragraph>Je hebt geen bewaarde concepten.</Paragraph> : null}
      <ul className="sw-cards">
        {list.map((d) => {
          const outdated = !!current && d.result.protocolVersion !== current.id;
          return (
            <li key={d.id} className="sw-card">
              <Paragraph>{(d.request.text ?? '').slice(0, 200)}</Paragraph>
              <Paragraph className="sw-hint">
                {VERDICT[d.result.verdict]} — gecheckt onder {d.result.protocolVersion.replace(/^.*-v(\d+)$/, 'versie $1')}
                {outdated ? ' (een eerdere versie)' : ''}
              </Paragraph>
              <Button appearance={outdated ? 'primary-action-button' : 'secondary-action-button'} disabled={recheck.isPending} onClick={() => recheck.mutate(d.id)} aria-label={`Concept ${d.id} opnieuw checken`}>
                Opnieuw checken
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
