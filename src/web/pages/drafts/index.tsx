/** Mijn concepten: the drafts this person saved (only they see them); open one in the check, or delete it. */
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { Draft } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';

const VERDICT_NL: Record<string, string> = { allowed: 'kan geplaatst worden', revise: 'nog aanpassen', consult: 'eerst overleggen', blocked: 'niet plaatsen' };

export default function DraftsPage() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: ['drafts'], queryFn: () => http.get<{ drafts: Draft[] }>('/api/v1/drafts') });
  const remove = useMutation({
    mutationFn: (id: number) => http.del(`/api/v1/drafts/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['drafts'] }),
  });
  return (
    <>
      <PageHeading>Mijn concepten</PageHeading>
      <Paragraph>Alleen jij ziet je concepten. Een concept wordt alleen bewaard als je daar zelf om vraagt.</Paragraph>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error ?? remove.error} />
      {q.data && q.data.drafts.length === 0 ? (
        <Paragraph>
          Je hebt nog geen concepten. <Link to="/check">Check een bericht</Link> en kies “Bewaar als concept”.
        </Paragraph>
      ) : null}
      <ul className="sw-cards">
        {q.data?.drafts.map((d) => (
          <li key={d.id} className="sw-card">
            <Paragraph className="sw-draft__text">{d.request.text ? (d.request.text.length > 200 ? d.request.text.slice(0, 200) + '…' : d.request.text) : '(zonder tekst)'}</Paragraph>
            <Paragraph small>
              Bewaard op {new Date(d.createdAt).toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' })} — uitslag toen: {VERDICT_NL[d.result.verdict] ?? d.result.verdict}
            </Paragraph>
            <div className="sw-actions">
              <Button appearance="secondary-action-button" onClick={() => navigate('/check', { state: { request: d.request } })}>
                Open in de check
              </Button>
              <Button
                appearance="subtle-button"
                hint="danger"
                onClick={() => {
                  if (window.confirm('Dit concept verwijderen? Dat kan niet ongedaan worden.')) remove.mutate(d.id);
                }}
              >
                Verwijder
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
