/**
 * Leerlingen importeren (school management): upload the export of the pupil administration
 * (ParnasSys, ESIS, Magister, Somtoday or your own CSV), see every change before anything
 * happens (added, changed, back, left; new groups), every bad row with its line number, then
 * apply exactly that change set. A progress bar shows reading, checking and applying.
 */
import { useState, type ChangeEvent } from 'react';
import { Alert, Button, Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph, RadioButton, Heading2, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ApiError, request } from '../../api/client.js';
import type { RosterApplied, RosterPreview, RowProblem } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';

const SHOWN = 100;
const ROLE: Record<string, string> = { pupil: 'leerling', parent: 'ouder/verzorger', staff: 'medewerker', other: 'anders' };
const FIELD: Record<string, string> = { name: 'naam', role: 'rol', groupId: 'groep', email: 'e-mail', managerId: 'leidinggevende', children: 'kinderen', left: 'terug op school' };

/** Exports are often Windows-1252 (Excel): UTF-8 first, else that. */
async function readText(file: File, onProgress: (p: number) => void): Promise<string> {
  const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
    const r = new FileReader();
    r.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

const show = (v: unknown): string => (v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') || '—' : String(v));

type Phase = { step: 'idle' } | { step: 'reading'; p: number } | { step: 'checking' } | { step: 'applying' };

export default function RosterImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [mode, setMode] = useState<'sync' | 'merge'>('sync');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [problems, setProblems] = useState<RowProblem[] | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState<RosterApplied | null>(null);

  const check = async (f: File | null = file, m = mode) => {
    if (!f) return setError('Kies eerst het bestand met de export.');
    setError('');
    setPreview(null);
    setProblems(null);
    setDone(null);
    setPhase({ step: 'reading', p: 0 });
    try {
      const t = await readText(f, (p) => setPhase({ step: 'reading', p }));
      setText(t);
      setPhase({ step: 'checking' });
      setPreview(await request<RosterPreview>('POST', '/api/v1/people/import/preview', { body: t, contentType: 'text/csv', query: { mode: m } }));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_import' && e.details?.length) setProblems(e.details as RowProblem[]);
      else setError(e instanceof ApiError ? e.message : 'Het bestand kon niet gelezen worden.');
    } finally {
      setPhase({ step: 'idle' });
    }
  };
  const apply = async () => {
    if (!preview) return;
    setPhase({ step: 'applying' });
    setError('');
    try {
      setDone(await request<RosterApplied>('POST', '/api/v1/people/import', { body: text, contentType: 'text/csv', query: { mode, token: preview.token } }));
      setPreview(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Toepassen lukte niet. Probeer het opnieuw.');
    } finally {
      setPhase({ step: 'idle' });
    }
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0] ?? null;
    setFile(f);
    if (f) void check(f);
  };
  const busy = phase.step !== 'idle';
  const progressLabel = phase.step === 'reading' ? 'Bestand lezen' : phase.step === 'checking' ? 'Wijzigingen bepalen' : phase.step === 'applying' ? 'Wijzigingen toepassen' : '';

  return (
    <div>
      <PageHeading>Leerlingen importeren</PageHeading>
      <Paragraph lead>Importeer de export van jullie leerlingenadministratie (ParnasSys, ESIS, Magister, Somtoday of een eigen CSV-bestand). Je ziet eerst elke wijziging; pas als je op "Wijzigingen toepassen" drukt, verandert er iets.</Paragraph>
      <div className="sw-form">
        <FormField>
          <FormLabel htmlFor="bestand">Exportbestand (CSV)</FormLabel>
          <input id="bestand" type="file" accept=".csv,.txt,text/csv,text/plain" onChange={onFile} disabled={busy} aria-describedby="bestand-uitleg" />
          <Paragraph small id="bestand-uitleg" className="sw-hint">
            Kolommen zoals Leerlingnummer, Roepnaam, Voorvoegsel, Achternaam, Groep en E-mail verzorger 1 en 2; gescheiden door ; , of tab.
          </Paragraph>
        </FormField>
        <Fieldset>
          <FieldsetLegend>Wie niet meer in het bestand staat</FieldsetLegend>
          <FormField type="radio">
            <RadioButton id="mode-sync" name="mode" checked={mode === 'sync'} onChange={() => (setMode('sync'), file && void check(file, 'sync'))} />
            <FormLabel htmlFor="mode-sync" type="radio">Is van school af: markeren als vertrokken (de toestemming blijft als bewijs bewaard)</FormLabel>
          </FormField>
          <FormField type="radio">
            <RadioButton id="mode-merge" name="mode" checked={mode === 'merge'} onChange={() => (setMode('merge'), file && void check(file, 'merge'))} />
            <FormLabel htmlFor="mode-merge" type="radio">Blijft staan: alleen toevoegen en wijzigen</FormLabel>
          </FormField>
        </Fieldset>
      </div>
      <div role="status" aria-live="polite">
        {busy ? (
          <div className="sw-progress">
            <label htmlFor="voortgang">{progressLabel}…</label>
            <progress id="voortgang" max={1} {...(phase.step === 'reading' ? { value: phase.p } : {})} />
          </div>
        ) : null}
        {done ? (
          <Alert type="ok">
            <Paragraph>
              Klaar: {done.added} toegevoegd, {done.updated} gewijzigd, {done.left} vertrokken{done.groupsAdded ? `, ${done.groupsAdded} nieuwe groep(en)` : ''}; {done.unchanged} ongewijzigd.
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorMessage error={error} />
      {problems ? <Problems problems={problems} /> : null}
      {preview ? <Preview preview={preview} onApply={apply} busy={busy} /> : null}
    </div>
  );
}

function Problems({ problems }: { problems: RowProblem[] }) {
  return (
    <Alert type="error" role="alert">
      <Heading2>Niets geïmporteerd: {problems.length === 1 ? '1 regel klopt' : `${problems.length} regels kloppen`} niet</Heading2>
      <Paragraph>Verbeter deze regels in het bestand (of in de leerlingenadministratie) en kies het bestand opnieuw.</Paragraph>
      <ul className="sw-problems">
        {problems.map((p, i) => (
          <li key={i}>
            <strong>Regel {p.line}</strong>
            {p.column ? ` (${p.column})` : ''}: {p.reason}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function Preview({ preview, onApply, busy }: { preview: RosterPreview; onApply: () => void; busy: boolean }) {
  const nothing = !preview.added.length && !preview.updated.length && !preview.left.length && !preview.groupsAdded.length;
  return (
    <section aria-labelledby="voorbeeld">
      <Heading2 id="voorbeeld">Voorbeeld van de wijzigingen</Heading2>
      <ul className="sw-summary">
        <li>{preview.added.length} toevoegen</li>
        <li>{preview.updated.length} wijzigen</li>
        <li>{preview.left.length} vertrokken</li>
        <li>{preview.groupsAdded.length} nieuwe groep(en)</li>
        <li>{preview.unchanged} ongewijzigd</li>
      </ul>
      {preview.ignoredColumns.length ? <Paragraph small className="sw-hint">Niet gebruikt en niet bewaard: {preview.ignoredColumns.join(', ')}.</Paragraph> : null}
      {preview.groupsAdded.length ? <Paragraph>Nieuwe groepen: {preview.groupsAdded.map((g) => g.name).join(', ')}.</Paragraph> : null}
      {preview.added.length ? (
        <ChangeTable caption={`Toevoegen (${preview.added.length})`} head={['Regel', 'Naam', 'Rol', 'Groep', 'Kinderen']} rows={preview.added.map((a) => [show(a.line), a.name, ROLE[a.role] ?? a.role, show(a.groupId), show(a.children)])} />
      ) : null}
      {preview.updated.length ? (
        <ChangeTable
          caption={`Wijzigen (${preview.updated.length})`}
          head={['Regel', 'Naam', 'Wat verandert']}
          rows={preview.updated.map((u) => [show(u.line), u.name, Object.entries(u.changes).map(([k, c]) => (k === 'left' ? 'weer op school' : `${FIELD[k] ?? k}: ${show(c?.from)} → ${show(c?.to)}`)).join('; ')])}
        />
      ) : null}
      {preview.left.length ? <ChangeTable caption={`Vertrokken (${preview.left.length})`} head={['Naam', 'Rol']} rows={preview.left.map((l) => [l.name, ROLE[l.role] ?? l.role])} /> : null}
      {nothing ? (
        <Paragraph>Het bestand komt overeen met de registratie: er is niets te wijzigen.</Paragraph>
      ) : (
        <Button appearance="primary-action-button" onClick={onApply} busy={busy} disabled={busy}>
          Wijzigingen toepassen
        </Button>
      )}
    </section>
  );
}

function ChangeTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <div className="sw-table-wrap" tabIndex={0}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {head.map((h) => (
              <TableHeaderCell key={h} scope="col">
                {h}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, SHOWN).map((r, i) => (
            <TableRow key={i}>
              {r.map((c, j) => (
                <TableCell key={j}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > SHOWN ? <Paragraph small className="sw-hint">En nog {rows.length - SHOWN} meer.</Paragraph> : null}
    </div>
  );
}
