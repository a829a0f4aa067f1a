/**
 * Eén protocolversie: its articles and the school's parameters; for a draft, school
 * management edits it article by article (Dutch and English) and in its parameters, an MR
 * member records the (G)MR's decision, and the school leader publishes it once approved.
 */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Fieldset, FieldsetLegend, FormLabel, Heading2, Heading3, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import type { ProtocolParams, VersionView } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { Loading } from '../../components/status/Loading.js';
import { TextField } from '../../components/forms/TextField.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { APPROVAL, STATUS, dateNl, filled } from '../../components/governance/labels.js';

const key = (id: string) => ['protocol', 'version', id] as const;

function ArticleEditor({ version, article, onDone }: { version: VersionView; article: VersionView['articles'][number]; onDone: () => void }) {
  const qc = useQueryClient();
  const [nl, setNl] = useState(article.nl);
  const [en, setEn] = useState(article.en);
  const save = useMutation({
    mutationFn: () => http.put<VersionView>(`/api/v1/protocol/versions/${version.id}/articles/${article.id}`, { nl, en }),
    onSuccess: (v) => {
      qc.setQueryData(key(version.id), v);
      void qc.invalidateQueries({ queryKey: ['protocol', 'versions'] });
      onDone();
    },
  });
  return (
    <form
      className="sw-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <TextField id={`artikel-${article.id}-nl`} label={`Tekst van ${article.id} (Nederlands)`} value={nl} onChange={setNl} multiline rows={5} description="{school} wordt de naam van de school, {datum} de datum van instemming." />
      <TextField id={`artikel-${article.id}-en`} label={`Tekst van ${article.id} (Engels)`} value={en} onChange={setEn} multiline rows={5} />
      <ErrorMessage error={save.error} />
      <div className="sw-actions">
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          {article.id} opslaan
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onDone}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

const list = (s: string): string[] => s.split(',').map((x) => x.trim().replace(/^[#@]/, '')).filter(Boolean);

function ParamsEditor({ version }: { version: VersionView }) {
  const qc = useQueryClient();
  const p = version.params;
  const [name, setName] = useState(p.name);
  const [shortName, setShortName] = useState(p.shortName);
  const [aliases, setAliases] = useState(p.aliases.join(', '));
  const [hashtags, setHashtags] = useState(p.hashtags.join(', '));
  const [mission, setMission] = useState(p.mission.nl);
  const [missionEn, setMissionEn] = useState(p.mission.en);
  const [disclosure, setDisclosure] = useState(p.disclosure.nl);
  const [disclosureEn, setDisclosureEn] = useState(p.disclosure.en);
  const [disclaimer, setDisclaimer] = useState(p.disclaimer.nl);
  const [disclaimerEn, setDisclaimerEn] = useState(p.disclaimer.en);
  const [summary, setSummary] = useState(version.summary.custom ? version.summary.nl : '');
  const [summaryEn, setSummaryEn] = useState(version.summary.custom ? version.summary.en : '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: { params: Partial<ProtocolParams>; summary: { nl: string; en: string } | null }) => http.patch<VersionView>(`/api/v1/protocol/versions/${version.id}`, body),
    onSuccess: (v) => {
      qc.setQueryData(key(version.id), v);
      void qc.invalidateQueries({ queryKey: ['protocol', 'versions'] });
      setSaved(true);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const found: FieldError[] = [];
    if (name.trim().length < 2) found.push({ field: 'param-naam', message: 'Vul de naam van de school in.' });
    if (shortName.trim().length < 2) found.push({ field: 'param-kort', message: 'Vul de korte naam in.' });
    if ((summary.trim() === '') !== (summaryEn.trim() === '')) found.push({ field: 'samenvatting', message: 'Vul de samenvatting in het Nederlands en het Engels in, of laat beide leeg.' });
    setErrors(found);
    if (found.length) return;
    save.mutate({
      params: { name: name.trim(), shortName: shortName.trim(), aliases: list(aliases), hashtags: list(hashtags), mission: { nl: mission, en: missionEn }, disclosure: { nl: disclosure, en: disclosureEn }, disclaimer: { nl: disclaimer, en: disclaimerEn } },
      summary: summary.trim() ? { nl: summary.trim(), en: summaryEn.trim() } : null,
    });
  };
  return (
    <form className="sw-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextField id="param-naam" label="Naam van de school" value={name} onChange={setName} error={errors.find((x) => x.field === 'param-naam')?.message} />
      <TextField id="param-kort" label="Korte naam" value={shortName} onChange={setShortName} error={errors.find((x) => x.field === 'param-kort')?.message} />
      <TextField id="param-aliassen" label="Andere schrijfwijzen" description="Gescheiden door komma’s." value={aliases} onChange={setAliases} />
      <TextField id="param-hashtags" label="Hashtags en accounts" description="Zonder # of @, gescheiden door komma’s." value={hashtags} onChange={setHashtags} />
      <TextField id="param-missie" label="Missie en visie (Nederlands)" value={mission} onChange={setMission} multiline rows={4} />
      <TextField id="param-missie-en" label="Missie en visie (Engels)" value={missionEn} onChange={setMissionEn} multiline rows={4} />
      <TextField id="param-vermelding" label="Vermelding medewerker, B1/C3 (Nederlands)" value={disclosure} onChange={setDisclosure} />
      <TextField id="param-vermelding-en" label="Vermelding medewerker, B1/C3 (Engels)" value={disclosureEn} onChange={setDisclosureEn} />
      <TextField id="param-disclaimer" label="Disclaimer, C4 (Nederlands)" value={disclaimer} onChange={setDisclaimer} multiline rows={3} />
      <TextField id="param-disclaimer-en" label="Disclaimer, C4 (Engels)" value={disclaimerEn} onChange={setDisclaimerEn} multiline rows={3} />
      <TextField id="samenvatting" label="Samenvatting van de wijzigingen (Nederlands)" description={`Leeg: automatisch (“${version.summary.custom ? '…' : version.summary.nl}”). Medewerkers en ouders lezen dit als ze de nieuwe versie bevestigen.`} value={summary} onChange={setSummary} multiline rows={2} error={errors.find((x) => x.field === 'samenvatting')?.message} />
      <TextField id="samenvatting-en" label="Samenvatting van de wijzigingen (Engels)" value={summaryEn} onChange={setSummaryEn} multiline rows={2} />
      <ErrorMessage error={save.error} />
      <div role="status">{saved ? <Paragraph>Parameters opgeslagen.</Paragraph> : null}</div>
      <div className="sw-actions">
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          Parameters opslaan
        </Button>
      </div>
    </form>
  );
}

function ApprovalForm({ version }: { version: VersionView }) {
  const qc = useQueryClient();
  const [date, setDate] = useState('');
  const [outcome, setOutcome] = useState<'approved' | 'rejected'>('approved');
  const [minutes, setMinutes] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const save = useMutation({
    mutationFn: () => http.post<{ version: VersionView }>(`/api/v1/protocol/versions/${version.id}/approvals`, { meetingDate: date, outcome, minutesRef: minutes.trim() }),
    onSuccess: (r) => {
      qc.setQueryData(key(version.id), r.version);
      void qc.invalidateQueries({ queryKey: ['protocol', 'versions'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.push({ field: 'vergaderdatum', message: 'Vul de datum van de vergadering in.' });
    if (minutes.trim().length < 2) found.push({ field: 'notulen', message: 'Vul in waar het besluit in de notulen staat.' });
    setErrors(found);
    if (!found.length) save.mutate();
  };
  return (
    <form className="sw-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextField id="vergaderdatum" type="date" label="Datum van de vergadering" value={date} onChange={setDate} error={errors.find((x) => x.field === 'vergaderdatum')?.message} />
      <Fieldset>
        <FieldsetLegend>Besluit van de (G)MR</FieldsetLegend>
        <p>
          <RadioButton id="uitkomst-ja" name="uitkomst" checked={outcome === 'approved'} onChange={() => setOutcome('approved')} /> <FormLabel htmlFor="uitkomst-ja" type="radio">Ingestemd</FormLabel>
        </p>
        <p>
          <RadioButton id="uitkomst-nee" name="uitkomst" checked={outcome === 'rejected'} onChange={() => setOutcome('rejected')} /> <FormLabel htmlFor="uitkomst-nee" type="radio">Niet ingestemd</FormLabel>
        </p>
      </Fieldset>
      <TextField id="notulen" label="Verwijzing naar de notulen" description="Bijvoorbeeld: Notulen MR 24 november 2026, punt 5." value={minutes} onChange={setMinutes} error={errors.find((x) => x.field === 'notulen')?.message} />
      <ErrorMessage error={save.error} />
      <div className="sw-actions">
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          Besluit vastleggen
        </Button>
      </div>
    </form>
  );
}

export default function ProtocolVersionPage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const role = session?.account.role;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<string | null>(null);
  const q = useQuery({ queryKey: key(id), queryFn: () => http.get<VersionView>(`/api/v1/protocol/versions/${encodeURIComponent(id)}`) });
  const publish = useMutation({
    mutationFn: () => http.post<{ version: VersionView; acknowledgementRequests: { sent: number } | null }>(`/api/v1/protocol/versions/${id}/publish`, {}),
    onSuccess: (r) => {
      qc.setQueryData(key(id), r.version);
      void qc.invalidateQueries({ queryKey: ['protocol'] });
    },
  });
  const discard = useMutation({
    mutationFn: () => http.del(`/api/v1/protocol/versions/${id}`),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['protocol', 'versions'] });
      navigate('/protocol/versies');
    },
  });
  if (q.isLoading) return <Loading />;
  if (!q.data) return <ErrorMessage error={q.error} />;
  const v = q.data;
  const draft = v.status === 'draft';
  const mayEdit = draft && role === 'schoolleiding';
  return (
    <>
      <PageHeading>Protocol, versie {v.number}</PageHeading>
      <dl className="sw-dl">
        <dt>Status</dt>
        <dd>{STATUS[v.status]}</dd>
        <dt>(G)MR</dt>
        <dd>{v.approvalDate ? `Ingestemd op ${dateNl(v.approvalDate)}` : APPROVAL[v.approval]}</dd>
        <dt>Wat is veranderd</dt>
        <dd>{v.summary.nl}</dd>
        {v.publishedAt ? (
          <>
            <dt>Vastgesteld</dt>
            <dd>{dateNl(v.publishedAt)}</dd>
          </>
        ) : null}
      </dl>
      <div className="sw-actions">
        {v.basedOn ? <Link to={`/protocol/verschil?van=${v.basedOn}&naar=${v.id}`}>Verschil met de vorige versie</Link> : null}
        <a href={`/api/v1/protocol/versions/${v.id}/pdf`}>Als pdf</a>
        {role === 'schoolleiding' ? <Link to={`/protocol/herscan?versie=${v.id}`}>Berichten herscannen onder deze versie</Link> : null}
      </div>
      <div role="status">
        {publish.data ? (
          <Alert type="ok">
            <Paragraph>
              Versie {v.number} geldt nu. {publish.data.acknowledgementRequests ? `${publish.data.acknowledgementRequests.sent} medewerkers en ouders zijn gevraagd hem te lezen en te bevestigen.` : ''}{' '}
              <Link to="/protocol/bevestigingen">Wie heeft bevestigd?</Link>
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorMessage error={publish.error ?? discard.error} />
      {draft && role === 'schoolleiding' ? (
        <section aria-labelledby="vaststellen">
          <Heading2 id="vaststellen">Vaststellen</Heading2>
          {v.approval === 'approved' ? (
            <>
              <Paragraph>De (G)MR heeft ingestemd op {dateNl(v.approvals.at(-1)?.meetingDate)}. Na het vaststellen geldt deze versie en kan hij niet meer veranderen; medewerkers en ouders krijgen het verzoek hem te lezen.</Paragraph>
              <div className="sw-actions">
                <Button appearance="primary-action-button" disabled={publish.isPending} onClick={() => publish.mutate()}>
                  Versie {v.number} vaststellen
                </Button>
              </div>
            </>
          ) : (
            <Paragraph>{APPROVAL[v.approval]}. Pas als de (G)MR heeft ingestemd met deze tekst, kun je hem vaststellen. Een MR-lid legt het besluit vast.</Paragraph>
          )}
          {v.approvals.length === 0 ? (
            <div className="sw-actions">
              <Button appearance="secondary-action-button" disabled={discard.isPending} onClick={() => discard.mutate()}>
                Concept weggooien
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}
      {draft && role === 'mr' ? (
        <section aria-labelledby="besluit">
          <Heading2 id="besluit">Besluit van de (G)MR vastleggen</Heading2>
          <Paragraph>{APPROVAL[v.approval]}. Leg vast wat de (G)MR over deze tekst besloot.</Paragraph>
          <ApprovalForm version={v} />
        </section>
      ) : null}
      {v.approvals.length ? (
        <section aria-labelledby="besluiten">
          <Heading2 id="besluiten">Besluiten van de (G)MR</Heading2>
          <ul>
            {v.approvals.map((a) => (
              <li key={a.id}>
                {dateNl(a.meetingDate)}: {a.outcome === 'approved' ? 'ingestemd' : 'niet ingestemd'} ({a.minutesRef}){a.contentHash !== v.contentHash ? ' — over een eerdere tekst' : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mayEdit ? (
        <section aria-labelledby="parameters">
          <Heading2 id="parameters">Parameters van de school</Heading2>
          <ParamsEditor version={v} />
        </section>
      ) : (
        <section aria-labelledby="parameters">
          <Heading2 id="parameters">Parameters van de school</Heading2>
          <dl className="sw-dl">
            <dt>Naam</dt>
            <dd>{v.params.name}</dd>
            <dt>Andere schrijfwijzen</dt>
            <dd>{v.params.aliases.join(', ')}</dd>
            <dt>Hashtags</dt>
            <dd>{v.params.hashtags.map((h) => `#${h}`).join(' ')}</dd>
            <dt>Missie en visie</dt>
            <dd>{v.params.mission.nl}</dd>
          </dl>
        </section>
      )}
      <section aria-labelledby="artikelen">
        <Heading2 id="artikelen">Artikelen</Heading2>
        {v.articles.map((a) => (
          <div key={a.id} className="sw-article">
            <Heading3>
              {a.id}
              {v.automated.includes(a.id) ? <span className="sw-badge">de check past dit toe</span> : null}
            </Heading3>
            {editing === a.id ? (
              <ArticleEditor version={v} article={a} onDone={() => setEditing(null)} />
            ) : (
              <>
                <Paragraph>{filled(a.nl, v)}</Paragraph>
                <Paragraph lang="en" className="sw-hint">
                  {filled(a.en, v)}
                </Paragraph>
                {mayEdit ? (
                  <Button appearance="secondary-action-button" onClick={() => setEditing(a.id)} aria-label={`Wijzig ${a.id}`}>
                    Wijzig
                  </Button>
                ) : null}
              </>
            )}
          </div>
        ))}
      </section>
    </>
  );
}
