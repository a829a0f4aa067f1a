/**
 * Berichten herscannen: import an archive of what the school already posted (CSV, Facebook
 * page export JSON or JSON lines) and rescan it under a version, optionally compared with
 * another; a progress bar while it runs, then the report per article with the posts
 * concerned. Only the report is kept.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, FormLabel, Heading2, Heading3, Paragraph, SelectOption, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { http, request } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import type { RescanJob, RescanReport, VersionSummary, VersionView } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { SEVERITY, VERDICT, dateNl, filled } from '../../components/governance/labels.js';
import { VersionSelect } from '../../components/governance/VersionSelect.js';

type Format = 'csv' | 'json' | 'jsonl';
const TYPES: Record<Format, string> = { csv: 'text/csv', json: 'application/json', jsonl: 'application/x-ndjson' };
const formatOf = (name: string): Format | undefined => (/\.csv$/i.test(name) ? 'csv' : /\.(jsonl|ndjson)$/i.test(name) ? 'jsonl' : /\.json$/i.test(name) ? 'json' : undefined);
const nf = new Intl.NumberFormat('nl-NL');

function Excerpt({ text, mark }: { text: string; mark?: [number, number] | undefined }) {
  if (!mark) return <>{text}</>;
  return (
    <span className="sw-excerpt">
      {text.slice(0, mark[0])}
      <mark>{text.slice(mark[0], mark[1])}</mark>
      {text.slice(mark[1])}
    </span>
  );
}

/** The start of an article's text: what it is about, for the report's reader. */
function about(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137).replace(/\s+\S*$/, '')}…` : text;
}

function Report({ report }: { report: RescanReport }) {
  const version = useQuery({ queryKey: ['protocol', 'version', report.versionId], queryFn: () => http.get<VersionView>(`/api/v1/protocol/versions/${encodeURIComponent(report.versionId)}`), staleTime: 60_000 });
  const textOf = (id: string): string | undefined => {
    const a = version.data?.articles.find((x) => x.id === id);
    return a && version.data ? about(filled(a.nl, version.data)) : undefined;
  };
  const v = report.verdicts;
  const cmp = report.comparedWith;
  return (
    <section aria-labelledby="rapport">
      <Heading2 id="rapport">Rapport: versie {report.versionNumber}{cmp ? `, vergeleken met versie ${cmp.versionNumber}` : ''}</Heading2>
      <Paragraph>
        {nf.format(report.posts)} berichten gecontroleerd, {nf.format(report.schoolRelated)} vallen onder het protocol. {VERDICT.allowed}: {nf.format(v.allowed)}; {VERDICT.revise.toLowerCase()}: {nf.format(v.revise)}; {VERDICT.consult.toLowerCase()}: {nf.format(v.consult)}; {VERDICT.blocked.toLowerCase()}: {nf.format(v.blocked)}.
        {report.skipped ? ` ${nf.format(report.skipped)} berichten konden niet gelezen worden.` : ''}
      </Paragraph>
      {cmp ? (
        <Paragraph>
          Onder versie {cmp.versionNumber}: {VERDICT.allowed.toLowerCase()} {nf.format(cmp.verdicts.allowed)}, {VERDICT.revise.toLowerCase()} {nf.format(cmp.verdicts.revise)}, {VERDICT.consult.toLowerCase()} {nf.format(cmp.verdicts.consult)}, {VERDICT.blocked.toLowerCase()} {nf.format(cmp.verdicts.blocked)}.
        </Paragraph>
      ) : null}
      {report.articles.length ? (
        <div className="sw-table-wrap" tabIndex={0}>
          <Table>
            <TableCaption>Berichten per artikel</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Artikel</TableHeaderCell>
                <TableHeaderCell scope="col">Berichten</TableHeaderCell>
                {cmp ? <TableHeaderCell scope="col">Was (v{cmp.versionNumber})</TableHeaderCell> : null}
                {cmp ? <TableHeaderCell scope="col">Nieuw</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.articles.map((a) => (
                <TableRow key={a.article}>
                  <TableHeaderCell scope="row">
                    <a href={`#artikel-${a.article}`}>{a.article}</a>
                  </TableHeaderCell>
                  <TableCell>{nf.format(a.posts)}</TableCell>
                  {cmp ? <TableCell>{nf.format(a.postsBefore ?? 0)}</TableCell> : null}
                  {cmp ? <TableCell>{nf.format(a.postsNew ?? 0)}</TableCell> : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : (
        <Paragraph>Geen enkel bericht raakt een artikel.</Paragraph>
      )}
      {report.articles
        .filter((a) => a.examples.length)
        .map((a) => (
          <section key={a.article} id={`artikel-${a.article}`} className="sw-article" aria-label={`Artikel ${a.article}`}>
            <Heading3>
              {a.article}: {nf.format(a.posts)} {a.posts === 1 ? 'bericht' : 'berichten'}
            </Heading3>
            {textOf(a.article) ? <Paragraph className="sw-hint">{textOf(a.article)}</Paragraph> : null}
            <details>
              <summary>
                {a.examples.length === 1 ? 'Toon het bericht' : `Toon ${a.examples.length} berichten`}
                {a.postsNew ? ` (${nf.format(a.postsNew)} nieuw onder deze versie)` : ''}
              </summary>
            <ul>
              {a.examples.map((e) => (
                <li key={`${e.n}-${e.severity}`}>
                  <strong>
                    #{e.n}
                    {e.date ? `, ${dateNl(e.date)}` : ''}
                    {e.author ? `, ${e.author}` : ''}
                  </strong>
                  {e.new ? <span className="sw-badge">nieuw</span> : null} <span className="sw-badge">{SEVERITY[e.severity]}</span>
                  <br />
                  <Excerpt text={e.excerpt} mark={e.mark} />
                  <br />
                  <span className="sw-hint">{e.message}</span>
                </li>
              ))}
            </ul>
            </details>
            {a.posts > a.examples.length ? <Paragraph className="sw-hint">En {nf.format(a.posts - a.examples.length)} berichten meer (het rapport bewaart er {a.examples.length}).</Paragraph> : null}
          </section>
        ))}
    </section>
  );
}

export default function RescanPage() {
  const [params] = useSearchParams();
  const { session } = useSession();
  const qc = useQueryClient();
  const versions = useQuery({ queryKey: ['protocol', 'versions'], queryFn: () => http.get<{ versions: VersionSummary[] }>('/api/v1/protocol/versions') });
  const list = versions.data?.versions ?? [];
  const [version, setVersion] = useState(params.get('versie') ?? '');
  const [compare, setCompare] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [jobId, setJobId] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const chosen = version || list.find((v) => v.status === 'in_force')?.id || '';
  const job = useQuery({
    queryKey: ['protocol', 'rescan', jobId],
    queryFn: () => http.get<RescanJob>(`/api/v1/protocol/rescans/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 500),
  });
  const earlier = useQuery({ queryKey: ['protocol', 'rescans'], queryFn: () => http.get<{ rescans: RescanJob[] }>('/api/v1/protocol/rescans') });

  const run = async (body: string | Blob, format: Format, source: string) => {
    setFailure(null);
    setBusy(true);
    try {
      const made = await http.post<RescanJob>('/api/v1/protocol/rescans', { version: chosen, format, source, ...(compare ? { compareTo: compare } : {}) });
      setJobId(made.id);
      const done = await request<RescanJob>('PUT', `/api/v1/protocol/rescans/${made.id}/archive`, { body, contentType: TYPES[format] });
      qc.setQueryData(['protocol', 'rescan', made.id], done);
      void qc.invalidateQueries({ queryKey: ['protocol', 'rescans'] });
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    const format = file ? formatOf(file.name) : undefined;
    if (!file) found.push({ field: 'archief', message: 'Kies het archief met berichten (.csv, .json of .jsonl).' });
    else if (!format) found.push({ field: 'archief', message: 'Kies een bestand dat eindigt op .csv, .json of .jsonl.' });
    setErrors(found);
    if (found.length || !file || !format) return;
    // the file itself: the browser reads it while sending, so a large archive is never held in the page
    await run(file, format, file.name);
  };
  const demo = async () => {
    setErrors([]);
    const res = await fetch('/api/v1/protocol/rescans/demo-archive?posts=1000', { credentials: 'same-origin' });
    if (!res.ok) return setFailure(new Error('demo'));
    await run(await res.text(), 'csv', 'demo-archief.csv (1.000 berichten)');
  };
  const j = job.data;
  const percent = j ? (j.status === 'done' ? 100 : (j.percent ?? 0)) : 0;
  return (
    <>
      <PageHeading>Berichten herscannen</PageHeading>
      <Paragraph>
        Controleer wat de school al plaatste opnieuw, onder een versie van het protocol. Upload een export van de pagina: een CSV met kolommen als <em>datum</em>, <em>auteur</em>, <em>tekst</em> en <em>aantal media</em> (Nederlands of Engels, met ; of ,), de JSON-export van een Facebookpagina, of JSON-regels. Sterrenwacht bewaart alleen het rapport, niet de berichten.
      </Paragraph>
      <form className="sw-form sw-narrow" onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        <VersionSelect id="versie" label="Onder versie" versions={list} value={chosen} onChange={setVersion} />
        <VersionSelect id="vergelijk" label="Vergelijken met" versions={list.filter((v) => v.id !== chosen)} value={compare} onChange={setCompare} first={<SelectOption value="">Niet vergelijken</SelectOption>} />
        <div className="sw-field">
          <FormLabel htmlFor="archief">Archief met berichten</FormLabel>
          {errors.find((x) => x.field === 'archief') ? (
            <p id="archief-fout" className="utrecht-form-field-error-message">
              {errors.find((x) => x.field === 'archief')!.message}
            </p>
          ) : null}
          <input id="archief" ref={fileRef} type="file" accept=".csv,.json,.jsonl,.ndjson,text/csv,application/json" aria-describedby={errors.length ? 'archief-fout' : undefined} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="sw-actions">
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            Herscannen
          </Button>
          {session?.account.schoolId === 'de-sterren' ? (
            <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => void demo()}>
              Probeer met het demo-archief (1.000 berichten)
            </Button>
          ) : null}
        </div>
      </form>
      <ErrorMessage error={failure} />
      {j ? (
        <section aria-labelledby="voortgang">
          <Heading2 id="voortgang">Voortgang</Heading2>
          <label htmlFor="voortgang-balk" className="sw-visually-hidden">
            Voortgang van de herscan
          </label>
          <progress id="voortgang-balk" className="sw-progress" max={100} value={percent}>
            {percent}%
          </progress>
          <Paragraph role="status" aria-live="polite">
            {j.status === 'done' ? `Klaar: ${nf.format(j.postsDone)} berichten.` : j.status === 'failed' ? `Mislukt: ${j.error?.message ?? ''}` : `${nf.format(j.postsDone)} berichten gecontroleerd (${percent}%)…`}
          </Paragraph>
          {j.report ? <Report report={j.report} /> : null}
        </section>
      ) : null}
      {earlier.data?.rescans.length ? (
        <section aria-labelledby="eerder">
          <Heading2 id="eerder">Eerdere herscans</Heading2>
          <ul>
            {earlier.data.rescans.slice(0, 10).map((r) => (
              <li key={r.id}>
                <Button appearance="subtle-button" className="sw-link-button" onClick={() => setJobId(r.id)}>
                  {dateNl(r.createdAt)}: {r.source ?? r.format}, versie {r.versionId.replace(/^.*-v/, '')} — {r.status === 'done' ? `${nf.format(r.postsDone)} berichten` : r.status === 'failed' ? 'mislukt' : 'bezig'}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
