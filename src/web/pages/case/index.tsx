/**
 * One case: the facts, the report, the tasks (S2: phone the Landelijke Vertrouwensinspecteur,
 * with when the line is open; S6: report to the police), the hearing (hoor en wederhoor),
 * notes, the qualification, the decision from the ladder with its letter as PDF, and the
 * timeline — everything recorded here lands in the dossier by itself.
 */
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, FormLabel, Heading2, Heading3, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import type { Role } from '../../api/types.js';
import { KIND_NL, MEASURE_NL, PUPIL_LADDER, STAFF_LADDER, day, when, type CaseDetail, type CaseTask } from '../../api/procedures.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { TextField } from '../../components/forms/TextField.js';
import type { FieldError } from '../../components/forms/ErrorSummary.js';
import { ActionForm } from '../../components/forms/ActionForm.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { CASE_STATUS_NL } from '../cases/index.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { TimelineItem } from '../../components/procedures/TimelineItem.js';

const KIND_ENTRY: Record<string, string> = { status: 'Status', note: 'Notitie', hearing: 'Hoor en wederhoor', qualification: 'Kwalificatie', decision: 'Besluit', letter: 'Brief', call: 'Telefoongesprek', police: 'Aangifte' };
const localNow = (): string => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

/** A form that validates its required fields on submit, shows an error summary, and posts. */
function useForm(caseId: string, path: string, onDone?: () => void) {
  const qc = useQueryClient();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const m = useMutation({
    mutationFn: (body: unknown) => http.post(`/api/v1/cases/${caseId}/${path}`, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['cases'] });
      onDone?.();
    },
  });
  const submit = (required: [string, string, string][], body: () => unknown) => {
    const list = required.filter(([, v]) => !v.trim()).map(([field, , message]) => ({ field, message }));
    setErrors(list);
    if (!list.length) m.mutate(body());
  };
  return { m, errors, submit, err: (id: string) => errors.find((e) => e.field === id)?.message, props: { pending: m.isPending, error: m.error, errors } };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="sw-section">
      <Heading2>{title}</Heading2>
      {children}
    </section>
  );
}

function TaskCard({ caseId, t }: { caseId: string; t: CaseTask }) {
  const [at, setAt] = useState(localNow());
  const [ref, setRef] = useState('');
  const [summary, setSummary] = useState('');
  const f = useForm(caseId, `tasks/${t.id}/done`);
  const s2 = t.kind === 's2_call';
  if (t.status === 'done') {
    return (
      <li className="sw-card">
        <Heading3>{s2 ? 'Gebeld met de Landelijke Vertrouwensinspecteur' : 'Aangifte gedaan bij de politie'}</Heading3>
        <Paragraph>
          {s2 ? `Op ${when(t.performedAt)}, kenmerk ${t.reference}. ${t.summary ?? ''}` : `Op ${day(t.performedAt)}, registratienummer ${t.reference}.`}
        </Paragraph>
      </li>
    );
  }
  return (
    <li className="sw-card sw-task">
      <Heading3>{t.titleNl}</Heading3>
      {s2 ? (
        <>
          <Paragraph>
            Telefoon: <a href="tel:09001113111">0900-1113111</a>, {t.hoursNl}.
          </Paragraph>
          <Alert type={t.callNow ? 'ok' : 'warning'}>
            <Paragraph>{t.whenNl}</Paragraph>
          </Alert>
        </>
      ) : (
        <Paragraph>Artikel S6: een uitlating die mogelijk strafbaar is, meldt de school bij de politie. Leg de datum en het registratienummer vast.</Paragraph>
      )}
      <ActionForm
        wide
        {...f.props}
        submitLabel={s2 ? 'Leg het telefoongesprek vast' : 'Leg de aangifte vast'}
        onSubmit={() =>
          f.submit(
            [[`taak-${t.id}-kenmerk`, ref, s2 ? 'Vul het kenmerk in dat de inspecteur gaf (of "geen").' : 'Vul het registratienummer van de aangifte in.'], ...(s2 ? ([[`taak-${t.id}-samenvatting`, summary, 'Vat het gesprek samen.']] as [string, string, string][]) : [])],
            () => ({ performedAt: new Date(at).toISOString(), reference: ref, ...(summary.trim() ? { summary } : {}) }),
          )
        }
      >
        <TextField id={`taak-${t.id}-wanneer`} label={s2 ? 'Wanneer gebeld' : 'Datum van de aangifte'} type="datetime-local" value={at} onChange={setAt} />
        <TextField id={`taak-${t.id}-kenmerk`} label={s2 ? 'Kenmerk van de melding' : 'Registratienummer'} value={ref} onChange={setRef} error={f.err(`taak-${t.id}-kenmerk`)} />
        <TextField id={`taak-${t.id}-samenvatting`} label={s2 ? 'Samenvatting van het gesprek' : 'Toelichting (niet verplicht)'} multiline rows={3} value={summary} onChange={setSummary} error={f.err(`taak-${t.id}-samenvatting`)} />
      </ActionForm>
    </li>
  );
}

function Hearing({ caseId }: { caseId: string }) {
  const [at, setAt] = useState(localNow());
  const [present, setPresent] = useState('');
  const [statement, setStatement] = useState('');
  const [conclusion, setConclusion] = useState('');
  const f = useForm(caseId, 'hearings', () => {
    setPresent('');
    setStatement('');
    setConclusion('');
  });
  return (
    <ActionForm
      {...f.props}
      submitLabel="Leg het gesprek vast"
      status={f.m.isSuccess ? <Paragraph role="status">Het gesprek is vastgelegd in het dossier.</Paragraph> : null}
      onSubmit={() =>
        f.submit(
          [
            ['hoor-aanwezig', present, 'Vul in wie er bij het gesprek waren.'],
            ['hoor-zienswijze', statement, 'Schrijf op wat de betrokkene zei.'],
          ],
          () => ({ heardAt: new Date(at).toISOString(), present: present.split(',').map((p) => p.trim()).filter(Boolean), statement, ...(conclusion.trim() ? { conclusion } : {}) }),
        )
      }
    >
      <TextField id="hoor-wanneer" label="Wanneer was het gesprek" type="datetime-local" value={at} onChange={setAt} />
      <TextField id="hoor-aanwezig" label="Aanwezig" value={present} onChange={setPresent} error={f.err('hoor-aanwezig')} description="Gescheiden door komma's, bijvoorbeeld: de ouders, de directeur." />
      <TextField id="hoor-zienswijze" label="Zienswijze van de betrokkene" multiline rows={4} value={statement} onChange={setStatement} error={f.err('hoor-zienswijze')} />
      <TextField id="hoor-conclusie" label="Conclusie (niet verplicht)" multiline rows={2} value={conclusion} onChange={setConclusion} />
    </ActionForm>
  );
}

function Note({ caseId }: { caseId: string }) {
  const [text, setText] = useState('');
  const f = useForm(caseId, 'notes', () => setText(''));
  return (
    <ActionForm secondary pending={f.m.isPending} error={f.m.error} submitLabel="Voeg de notitie toe" onSubmit={() => f.submit([['notitie', text, 'Schrijf de notitie.']], () => ({ text }))}>
      <TextField id="notitie" label="Notitie" multiline rows={3} value={text} onChange={setText} error={f.err('notitie')} />
    </ActionForm>
  );
}

function Qualify({ caseId, c, role }: { caseId: string; c: CaseDetail; role: Role | undefined }) {
  const [kind, setKind] = useState<'' | 's2' | 's6'>('');
  const [motivation, setMotivation] = useState('');
  const f = useForm(caseId, 'qualification', () => setMotivation(''));
  const s2 = role === 'bestuur' && c.subjectKind === 'staff' && !c.grensoverschrijdend;
  const s6 = !c.criminal;
  if (!s2 && !s6) return null;
  return (
    <ActionForm
      {...f.props}
      secondary
      submitLabel="Leg het oordeel vast"
      onSubmit={() =>
        f.submit(
          [
            ['kwal-soort', kind, 'Kies wat je vaststelt.'],
            ['kwal-motivering', motivation, 'Motiveer je oordeel.'],
          ],
          () => ({ ...(kind === 's2' ? { grensoverschrijdend: true } : { criminal: true }), motivation }),
        )
      }
    >
      <div className="sw-inline-field">
        <FormLabel htmlFor="kwal-soort">Oordeel</FormLabel>
        <Select id="kwal-soort" value={kind} onChange={(e) => setKind(e.target.value as '' | 's2' | 's6')}>
          <SelectOption value="">Kies</SelectOption>
          {s2 ? <SelectOption value="s2">De communicatie is grensoverschrijdend (S2): meld het bij de vertrouwensinspecteur</SelectOption> : null}
          {s6 ? <SelectOption value="s6">Mogelijk strafbaar (S6): doe aangifte bij de politie</SelectOption> : null}
        </Select>
      </div>
      <TextField id="kwal-motivering" label="Motivering van het oordeel" multiline rows={3} value={motivation} onChange={setMotivation} error={f.err('kwal-motivering')} />
    </ActionForm>
  );
}

function Decide({ caseId, c }: { caseId: string; c: CaseDetail }) {
  const ladder = c.subjectKind === 'staff' ? STAFF_LADDER : PUPIL_LADDER;
  const [measure, setMeasure] = useState('');
  const [motivation, setMotivation] = useState('');
  const [articles, setArticles] = useState(c.articles.join(', '));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const f = useForm(caseId, 'decisions');
  return (
    <ActionForm
      {...f.props}
      submitLabel="Neem het besluit en maak de brief"
      onSubmit={() =>
        f.submit(
          [
            ['besluit-maatregel', measure, 'Kies een maatregel.'],
            ['besluit-motivering', motivation.trim().length >= 20 ? motivation : '', 'Schrijf een motivering van minstens 20 tekens.'],
            ...(measure === 'schorsing' ? ([['besluit-van', from, 'Vul de eerste dag van de schorsing in.']] as [string, string, string][]) : []),
          ],
          () => ({ measure, motivation, articles: articles.split(/[,\s]+/).filter(Boolean), ...(measure === 'schorsing' ? { startsOn: from, ...(to ? { endsOn: to } : {}) } : {}) }),
        )
      }
    >
      <Paragraph small>
        De ladder voor {c.subjectKind === 'staff' ? 'medewerkers (artikel S3)' : 'leerlingen en ouders (artikel S5)'}. {c.subjectKind === 'staff' ? 'Schorsing en ontslag besluit alleen het bestuur.' : 'Verwijdering besluit alleen het bestuur; een maatregel voor een leerling gaat schriftelijk naar de ouders.'}
      </Paragraph>
      <SelectField id="besluit-maatregel" label="Maatregel" value={measure} onChange={setMeasure} options={ladder.map((m) => ({ value: m, label: MEASURE_NL[m] }))} empty="Kies een maatregel" invalid={!!f.err('besluit-maatregel')} />
      {measure === 'schorsing' ? (
        <>
          <TextField id="besluit-van" label="Eerste dag" type="date" value={from} onChange={setFrom} error={f.err('besluit-van')} />
          <TextField id="besluit-tot" label="Laatste dag" type="date" value={to} onChange={setTo} />
        </>
      ) : null}
      <TextField id="besluit-motivering" label="Motivering van het besluit" multiline rows={4} value={motivation} onChange={setMotivation} error={f.err('besluit-motivering')} description="Komt letterlijk in de brief." />
      <TextField id="besluit-artikelen" label="Artikelen" value={articles} onChange={setArticles} description="Bijvoorbeeld: U3, A4" />
    </ActionForm>
  );
}

export default function CasePage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const role = session?.account.role as Role | undefined;
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['cases', 'one', id], queryFn: () => http.get<{ case: CaseDetail }>(`/api/v1/cases/${id}`) });
  const close = useMutation({ mutationFn: () => http.patch(`/api/v1/cases/${id}`, { status: 'afgesloten' }), onSuccess: () => qc.invalidateQueries({ queryKey: ['cases'] }) });
  const c = q.data?.case;
  const open = c && c.status !== 'afgesloten';
  return (
    <>
      <PageHeading>Zaak {c?.reference ?? id}</PageHeading>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {c ? (
        <>
          <dl className="sw-facts">
            <dt>Status</dt>
            <dd>{CASE_STATUS_NL[c.status]}</dd>
            <dt>Betrokkene</dt>
            <dd>
              {c.subject.name} ({KIND_NL[c.subjectKind]})
            </dd>
            <dt>Behandelaar</dt>
            <dd>{c.handler?.name ?? '—'}</dd>
            <dt>Termijn</dt>
            <dd>{c.deadline ? day(c.deadline) : '—'}</dd>
            <dt>Artikelen</dt>
            <dd>{c.articles.length ? c.articles.join(', ') : '—'}</dd>
            <dt>Dossier</dt>
            <dd>
              {c.dossiers.map((d) => (
                <Link key={d.type + d.personId} className="sw-dossier-link" to={`/dossiers/${d.type}/${d.personId}`}>
                  {d.type === 'personnel' ? 'Personeelsdossier' : 'Leerlingendossier'}
                </Link>
              ))}
            </dd>
          </dl>
          <Paragraph>{c.summary}</Paragraph>
          {c.report ? (
            <Paragraph small>
              Uit melding {c.report.id} van {day(c.report.createdAt)}: “{c.report.whatHappened}”{c.report.screenshotsHidden ? ` (${c.report.screenshotsHidden} schermafbeelding(en), alleen voor de behandelaar)` : ''}
            </Paragraph>
          ) : null}
          {c.report?.screenshots.length ? (
            <div className="sw-shots">
              {c.report.screenshots.map((s, i) => (
                <img key={s.id} className="sw-shot" src={`/api/v1/reports/${c.report!.id}/screenshots/${s.id}`} alt={`Schermafbeelding ${i + 1} bij de melding`} />
              ))}
            </div>
          ) : null}

          {c.tasks.length ? (
            <Section title="Taken">
              <ul className="sw-cards">
                {c.tasks.map((t) => (
                  <TaskCard key={t.id} caseId={id} t={t} />
                ))}
              </ul>
            </Section>
          ) : null}

          {c.letters.length ? (
            <Section title="Brieven">
              <ul>
                {c.letters.map((l) => (
                  <li key={l.id}>
                    <a href={`/api/v1/cases/${c.id}/letters/${l.id}`} download>
                      Download brief {l.reference} (PDF)
                    </a>{' '}
                    — aan {l.recipientKind === 'parents' ? 'de ouders/verzorgers' : 'de betrokkene'}, {day(l.createdAt)}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          {open ? (
            <>
              <Section title="Hoor en wederhoor">
                <Hearing caseId={id} />
              </Section>
              <Section title="Besluit">
                <Decide caseId={id} c={c} />
              </Section>
              <Section title="Oordeel (S2, S6)">
                <Qualify caseId={id} c={c} role={role} />
              </Section>
              <Section title="Notitie">
                <Note caseId={id} />
              </Section>
            </>
          ) : null}

          <Section title="Verloop">
            <ol className="sw-timeline">
              {c.entries.map((e, i) => (
                <TimelineItem key={i} meta={`${when(e.at)} — ${KIND_ENTRY[e.kind] ?? e.kind}${e.author ? `, ${e.author}` : ''}`} title={e.title} body={e.body} />
              ))}
            </ol>
          </Section>
          {open ? (
            <div className="sw-actions">
              <Button appearance="secondary-action-button" disabled={close.isPending} onClick={() => close.mutate()}>
                Sluit de zaak af
              </Button>
            </div>
          ) : null}
          <ErrorMessage error={close.error} />
        </>
      ) : null}
    </>
  );
}
