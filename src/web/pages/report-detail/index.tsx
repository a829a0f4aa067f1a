/**
 * One report (school management): what was reported, the screenshots (only for those
 * handling it), the articles the check suggests; open a case about the person concerned,
 * or close the report when it is not a matter for the protocol.
 */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { Person } from '../../api/types.js';
import { KIND_NL, when, type Report, type SuggestedArticle } from '../../api/procedures.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { TextField } from '../../components/forms/TextField.js';
import type { FieldError } from '../../components/forms/ErrorSummary.js';
import { ActionForm } from '../../components/forms/ActionForm.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { REPORT_STATUS_NL } from '../reports/index.js';
import { SelectField } from '../../components/forms/SelectField.js';

function OpenCase({ report }: { report: Report }) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const people = useQuery({ queryKey: ['people', 'all'], queryFn: () => http.get<{ people: Person[] }>('/api/v1/people'), staleTime: 5 * 60_000 });
  const [subject, setSubject] = useState(report.postedBy?.id ?? '');
  const [summary, setSummary] = useState(report.whatHappened);
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const open = useMutation({
    mutationFn: () => http.post<{ id: number; reference: string }>('/api/v1/cases', { reportId: report.id, subjectId: subject, summary, ...(deadline ? { deadline } : {}) }),
    onSuccess: (c) => {
      void qc.invalidateQueries({ queryKey: ['reports'] });
      navigate(`/zaken/${c.id}`);
    },
  });
  const candidates = (people.data?.people ?? []).filter((p) => !p.erasedAt && p.role !== 'other');
  return (
    <>
      <Heading2>Maak er een zaak van</Heading2>
      <ActionForm
        errors={errors}
        pending={open.isPending}
        error={open.error}
        submitLabel="Open de zaak"
        onSubmit={() => {
          const list: FieldError[] = [];
          if (!subject) list.push({ field: 'zaak-betrokkene', message: 'Kies over wie de zaak gaat.' });
          if (!summary.trim()) list.push({ field: 'zaak-samenvatting', message: 'Vat de zaak kort samen.' });
          setErrors(list);
          if (!list.length) open.mutate();
        }}
      >
        <SelectField
          id="zaak-betrokkene"
          label="Over wie gaat de zaak?"
          value={subject}
          onChange={setSubject}
          options={candidates.map((p) => ({ value: p.id, label: `${p.name} (${KIND_NL[p.role] ?? p.role})` }))}
          empty="Kies een persoon"
          invalid={!!errors.find((x) => x.field === 'zaak-betrokkene')}
        />
        <TextField id="zaak-samenvatting" label="Samenvatting" multiline rows={3} value={summary} onChange={setSummary} error={errors.find((x) => x.field === 'zaak-samenvatting')?.message} />
        <TextField id="zaak-termijn" label="Termijn (niet verplicht)" type="date" value={deadline} onChange={setDeadline} description="Uiterlijk wanneer de zaak afgehandeld moet zijn." />
      </ActionForm>
    </>
  );
}

export default function ReportDetailPage() {
  const { id } = useParams();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['reports', 'one', id], queryFn: () => http.get<{ report: Report }>(`/api/v1/reports/${id}`) });
  const [reason, setReason] = useState('');
  const close = useMutation({ mutationFn: () => http.post(`/api/v1/reports/${id}/close`, { reason }), onSuccess: () => qc.invalidateQueries({ queryKey: ['reports'] }) });
  const r = q.data?.report;
  return (
    <>
      <PageHeading>Melding {id}</PageHeading>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {r ? (
        <>
          <dl className="sw-facts">
            <dt>Status</dt>
            <dd>{REPORT_STATUS_NL[r.status]}</dd>
            <dt>Gemeld op</dt>
            <dd>{when(r.createdAt)}</dd>
            <dt>Gemeld door</dt>
            <dd>{r.reporter.name ?? 'een account zonder persoon in het register'}</dd>
            <dt>Geplaatst door</dt>
            <dd>{r.postedBy ? `${r.postedBy.name} (${KIND_NL[r.postedBy.role] ?? r.postedBy.role})` : (r.postedByDescription ?? 'onbekend')}</dd>
            {r.link ? (
              <>
                <dt>Link</dt>
                <dd className="sw-break">
                  <a href={r.link} rel="noreferrer noopener" target="_blank">
                    {r.link}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
          <Heading2>Wat er gebeurde</Heading2>
          <Paragraph>{r.whatHappened}</Paragraph>
          {r.text ? (
            <>
              <Heading2>Het bericht</Heading2>
              <blockquote className="sw-quote">{r.text}</blockquote>
            </>
          ) : null}
          {(r.suggestedArticles as SuggestedArticle[]).length ? (
            <>
              <Heading2>Mogelijk geschonden artikelen</Heading2>
              <ul>
                {(r.suggestedArticles as SuggestedArticle[]).map((a) => (
                  <li key={a.article}>
                    <Link to={`/protocol#${a.article}`}>Artikel {a.article}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {r.screenshots.length ? (
            <>
              <Heading2>Schermafbeeldingen</Heading2>
              {r.mayReadScreenshots ? (
                <div className="sw-shots">
                  {r.screenshots.map((s, i) => (
                    <img key={s.id} className="sw-shot" src={`/api/v1/reports/${r.id}/screenshots/${s.id}`} alt={`Schermafbeelding ${i + 1} bij melding ${r.id}`} />
                  ))}
                </div>
              ) : (
                <Paragraph>Er {r.screenshots.length === 1 ? 'is 1 schermafbeelding' : `zijn ${r.screenshots.length} schermafbeeldingen`}; alleen de behandelaar van de zaak ziet ze.</Paragraph>
              )}
            </>
          ) : null}
          {r.caseId ? (
            <Paragraph>
              Hiervan is <Link to={`/zaken/${r.caseId}`}>zaak {r.caseReference}</Link> gemaakt.
            </Paragraph>
          ) : r.status !== 'afgesloten' ? (
            <>
              <OpenCase report={r} />
              <form
                className="sw-form sw-narrow"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (reason.trim()) close.mutate();
                }}
              >
                <Heading2>Of: sluit de melding zonder zaak</Heading2>
                <TextField id="sluit-reden" label="Waarom geen zaak?" value={reason} onChange={setReason} description="Bijvoorbeeld: geen schending van het protocol. De melder ziet alleen dat de melding is afgesloten." />
                <div className="sw-actions">
                  <Button type="submit" appearance="secondary-action-button" disabled={!reason.trim() || close.isPending}>
                    Sluit de melding
                  </Button>
                </div>
                <ErrorMessage error={close.error} />
              </form>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
