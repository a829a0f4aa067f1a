/** Overleg: the questions I asked my leidinggevende (with their status), and those waiting for my answer. */
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { CONSULTATION_STATUS_NL, when, type Consultation } from '../../api/procedures.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { TextField } from '../../components/forms/TextField.js';
import { AskAdvice } from '../../components/procedures/AskAdvice.js';

export function statusOf(c: Consultation): string {
  if (c.status !== 'open') return CONSULTATION_STATUS_NL[c.status] ?? c.status;
  if (c.escalatedAt) return `Doorgezet naar ${c.escalatedTo?.name ?? 'de schoolleiding'}`;
  if (c.remindedAt) return 'Wacht op antwoord (herinnering verstuurd)';
  return 'Wacht op antwoord';
}

function List({ items, empty, who }: { items: Consultation[]; empty: string; who: (c: Consultation) => string }) {
  if (!items.length) return <Paragraph>{empty}</Paragraph>;
  return (
    <ul className="sw-cards">
      {items.map((c) => (
        <li key={c.id} className="sw-card">
          <Link className="sw-card__link" to={`/overleg/${c.id}`}>
            {c.question.length > 80 ? `${c.question.slice(0, 80)}…` : c.question}
          </Link>
          <Paragraph small>
            {who(c)} — {when(c.createdAt)}
          </Paragraph>
          <Paragraph>
            <span className={`sw-badge ${c.status === 'open' ? 'sw-badge--consult' : 'sw-badge--info'}`}>{statusOf(c)}</span>
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}

export default function ConsultationsPage() {
  const q = useQuery({ queryKey: ['consultations'], queryFn: () => http.get<{ asked: Consultation[]; toAnswer: Consultation[] }>('/api/v1/consultations') });
  const [draft, setDraft] = useState('');
  return (
    <>
      <PageHeading>Overleg</PageHeading>
      <Paragraph>
        Twijfel je over een bericht, of dreigt een discussie te ontsporen? Vraag je leidinggevende om advies vanuit <Link to="/check">Check je bericht</Link> (artikel B2 en B3).
      </Paragraph>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {q.data ? (
        <>
          <Heading2>Te beantwoorden</Heading2>
          <List items={q.data.toAnswer.filter((c) => c.status === 'open')} empty="Er wacht geen vraag op jouw antwoord." who={(c) => `Van ${c.author.name}`} />
          <Heading2>Mijn vragen</Heading2>
          <List items={q.data.asked} empty="Je hebt nog geen advies gevraagd." who={(c) => `Aan ${c.manager.name}`} />
          <Heading2>Nieuwe vraag</Heading2>
          <div className="sw-narrow">
            <TextField id="overleg-concept" label="Je concept" multiline rows={4} value={draft} onChange={setDraft} description="De tekst waarover je advies wilt. De check kijkt mee; je leidinggevende ziet wat de check ervan vindt." />
            {draft.trim() ? <AskAdvice key="nieuw" request={{ text: draft }} verdict={undefined} startOpen /> : null}
          </div>
          {q.data.toAnswer.some((c) => c.status !== 'open') ? (
            <>
              <Heading2>Eerder beantwoord</Heading2>
              <List items={q.data.toAnswer.filter((c) => c.status !== 'open')} empty="" who={(c) => `Van ${c.author.name}`} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
