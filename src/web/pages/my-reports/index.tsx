/** Mijn meldingen: what I reported and its status — never the case or the dossier. */
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { when, type MyReport } from '../../api/procedures.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';

export default function MyReportsPage() {
  const q = useQuery({ queryKey: ['reports', 'mine'], queryFn: () => http.get<{ reports: MyReport[] }>('/api/v1/reports/mine') });
  return (
    <>
      <PageHeading>Mijn meldingen</PageHeading>
      <Paragraph>
        Hier zie je de status van wat je meldde. Wat de school verder doet, blijft tussen de school en de betrokkenen. <Link to="/melden">Een bericht melden</Link>
      </Paragraph>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {q.data && !q.data.reports.length ? <Paragraph>Je hebt nog niets gemeld.</Paragraph> : null}
      <ul className="sw-cards">
        {q.data?.reports.map((r) => (
          <li key={r.id} className="sw-card">
            <Paragraph>
              <span className={`sw-badge ${r.status === 'afgesloten' ? 'sw-badge--info' : 'sw-badge--consult'}`}>{r.statusNl}</span>
            </Paragraph>
            <Paragraph>{r.whatHappened.length > 160 ? `${r.whatHappened.slice(0, 160)}…` : r.whatHappened}</Paragraph>
            <Paragraph small>
              Gemeld op {when(r.createdAt)}
              {r.screenshots ? `, met ${r.screenshots} ${r.screenshots === 1 ? 'schermafbeelding' : 'schermafbeeldingen'}` : ''}
            </Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
