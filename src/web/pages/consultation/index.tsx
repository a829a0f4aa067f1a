/**
 * One consultation: the draft, what the check found, the question, its status (reminded,
 * passed on to the school leader), and the answer. The leidinggevende (or the school leader
 * it was passed on to) answers here: plaatsen, aanpassen with a suggested text, or niet
 * plaatsen, always with a comment. The author can take the suggested text to the check.
 */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { Finding } from '../../api/types.js';
import { ANSWER_NL, when, type Consultation } from '../../api/procedures.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { TextField } from '../../components/forms/TextField.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { statusOf } from '../consultations/index.js';

const VERDICT_NL: Record<string, string> = { allowed: 'Je kunt dit plaatsen', revise: 'Pas je bericht nog aan', consult: 'Overleg eerst', blocked: 'Plaats dit niet' };

function AnswerForm({ c }: { c: Consultation }) {
  const qc = useQueryClient();
  const [answer, setAnswer] = useState<'' | 'plaatsen' | 'aanpassen' | 'niet_plaatsen'>('');
  const [suggested, setSuggested] = useState(c.text);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const send = useMutation({
    mutationFn: () => http.post(`/api/v1/consultations/${c.id}/answer`, { answer, comment, ...(answer === 'aanpassen' ? { suggestedText: suggested } : {}) }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['consultations'] }),
  });
  const err = (id: string) => errors.find((e) => e.field === id)?.message;
  return (
    <form
      className="sw-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const list: FieldError[] = [];
        if (!answer) list.push({ field: 'antwoord-plaatsen', message: 'Kies je advies: plaatsen, aanpassen of niet plaatsen.' });
        if (answer === 'aanpassen' && !suggested.trim()) list.push({ field: 'voorstel', message: 'Schrijf de tekst die je voorstelt.' });
        if (!comment.trim()) list.push({ field: 'toelichting', message: 'Licht je advies kort toe.' });
        setErrors(list);
        if (!list.length) send.mutate();
      }}
    >
      <Heading2>Jouw advies</Heading2>
      <ErrorSummary errors={errors} />
      <Fieldset className="sw-fieldset">
        <FieldsetLegend>Advies</FieldsetLegend>
        <div className="sw-radios">
          {(['plaatsen', 'aanpassen', 'niet_plaatsen'] as const).map((a) => (
            <label className="sw-radio" key={a}>
              <input id={`antwoord-${a}`} type="radio" name="antwoord" value={a} checked={answer === a} onChange={() => setAnswer(a)} /> {ANSWER_NL[a]}
            </label>
          ))}
        </div>
        {err('antwoord-plaatsen') ? <Paragraph className="sw-field-error">{err('antwoord-plaatsen')}</Paragraph> : null}
      </Fieldset>
      {answer === 'aanpassen' ? <TextField id="voorstel" label="Voorgestelde tekst" multiline rows={5} value={suggested} onChange={setSuggested} error={err('voorstel')} /> : null}
      <TextField id="toelichting" label="Toelichting" multiline rows={3} value={comment} onChange={setComment} error={err('toelichting')} description="Wat moet je collega weten? Die ziet je toelichting bij je advies." />
      <div className="sw-actions">
        <Button type="submit" appearance="primary-action-button" disabled={send.isPending}>
          Verstuur je advies
        </Button>
      </div>
      <ErrorMessage error={send.error} />
    </form>
  );
}

export default function ConsultationPage() {
  const { id } = useParams();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: ['consultations', id], queryFn: () => http.get<{ consultation: Consultation }>(`/api/v1/consultations/${id}`) });
  const withdraw = useMutation({ mutationFn: () => http.post(`/api/v1/consultations/${id}/withdraw`), onSuccess: () => qc.invalidateQueries({ queryKey: ['consultations'] }) });
  const c = q.data?.consultation;
  return (
    <>
      <PageHeading>Overleg over een bericht</PageHeading>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {c ? (
        <>
          <div role="status">
            <Paragraph>
              <span className={`sw-badge ${c.status === 'open' ? 'sw-badge--consult' : 'sw-badge--info'}`}>{statusOf(c)}</span>
            </Paragraph>
          </div>
          <dl className="sw-facts">
            <dt>Gevraagd door</dt>
            <dd>{c.author.name}</dd>
            <dt>Leidinggevende</dt>
            <dd>{c.manager.name}</dd>
            <dt>Gevraagd op</dt>
            <dd>{when(c.createdAt)}</dd>
            {c.escalatedAt ? (
              <>
                <dt>Doorgezet</dt>
                <dd>
                  {when(c.escalatedAt)} naar {c.escalatedTo?.name ?? 'het bestuur'}
                </dd>
              </>
            ) : null}
          </dl>
          <Heading2>Het concept</Heading2>
          <blockquote className="sw-quote">{c.text}</blockquote>
          <Paragraph>
            <strong>De check zei:</strong> {VERDICT_NL[c.verdict] ?? c.verdict} <span className="sw-hint">(protocolversie {c.protocolVersion})</span>
          </Paragraph>
          {(c.findings as Finding[]).length ? (
            <ul className="sw-findings" aria-label="Wat de check vond">
              {(c.findings as Finding[]).map((f, i) => (
                <li key={i} className={`sw-finding sw-finding--${f.severity}`}>
                  <p className="sw-finding__head">
                    <Link to={`/protocol#${f.rule}`}>Artikel {f.rule}</Link>
                  </p>
                  <Paragraph>{f.message}</Paragraph>
                </li>
              ))}
            </ul>
          ) : null}
          <Heading2>De vraag</Heading2>
          <Paragraph>{c.question}</Paragraph>
          {c.answer ? (
            <Alert type={c.answer === 'niet_plaatsen' ? 'error' : c.answer === 'aanpassen' ? 'warning' : 'ok'}>
              <Heading2>Advies: {ANSWER_NL[c.answer]}</Heading2>
              <Paragraph>{c.comment}</Paragraph>
              {c.suggestedText ? (
                <>
                  <Paragraph>
                    <strong>Voorgestelde tekst:</strong>
                  </Paragraph>
                  <blockquote className="sw-quote">{c.suggestedText}</blockquote>
                </>
              ) : null}
              <Paragraph small>Beantwoord op {when(c.answeredAt)}</Paragraph>
            </Alert>
          ) : null}
          {c.suggestedText && !c.canAnswer ? (
            <div className="sw-actions">
              <Button appearance="secondary-action-button" onClick={() => navigate('/check', { state: { request: { text: c.suggestedText } } })}>
                Open de voorgestelde tekst in de check
              </Button>
            </div>
          ) : null}
          {c.canAnswer ? <AnswerForm c={c} /> : null}
          {c.canWithdraw ? (
            <div className="sw-actions">
              <Button appearance="subtle-button" disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
                Trek je vraag in
              </Button>
            </div>
          ) : null}
          <ErrorMessage error={withdraw.error} />
        </>
      ) : null}
    </>
  );
}
