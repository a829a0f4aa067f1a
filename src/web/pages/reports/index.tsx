/** Meldingen (school management): every report of the school, newest first, with its status and suggested articles. */
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { when, type Report, type SuggestedArticle } from '../../api/procedures.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';

export const REPORT_STATUS_NL: Record<string, string> = { gemeld: 'Gemeld', in_behandeling: 'In behandeling', afgesloten: 'Afgesloten' };

export default function ReportsPage() {
  const [status, setStatus] = useState('gemeld');
  const q = useQuery({ queryKey: ['reports', status], queryFn: () => http.get<{ reports: Report[] }>('/api/v1/reports', status ? { status } : undefined) });
  return (
    <>
      <PageHeading>Meldingen</PageHeading>
      <div className="sw-inline-field sw-narrow">
        <FormLabel htmlFor="melding-status">Toon</FormLabel>
        <Select id="melding-status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <SelectOption value="gemeld">Nieuwe meldingen</SelectOption>
          <SelectOption value="in_behandeling">In behandeling</SelectOption>
          <SelectOption value="afgesloten">Afgesloten</SelectOption>
          <SelectOption value="">Alle meldingen</SelectOption>
        </Select>
      </div>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {q.data && !q.data.reports.length ? <Paragraph>Geen meldingen.</Paragraph> : null}
      <ul className="sw-cards">
        {q.data?.reports.map((r) => (
          <li key={r.id} className="sw-card">
            <Link className="sw-card__link" to={`/meldingen/${r.id}`}>
              Melding {r.id}: {r.whatHappened.length > 60 ? `${r.whatHappened.slice(0, 60)}…` : r.whatHappened}
            </Link>
            <Paragraph small>
              {when(r.createdAt)} — {REPORT_STATUS_NL[r.status]}
              {r.caseReference ? ` — zaak ${r.caseReference}` : ''}
            </Paragraph>
            {(r.suggestedArticles as SuggestedArticle[]).length ? <Paragraph small>Mogelijk: artikel {(r.suggestedArticles as SuggestedArticle[]).map((a) => a.article).join(', ')}</Paragraph> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
