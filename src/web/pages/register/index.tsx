/**
 * Het register voor de (G)MR: per period, anonymous counts of decisions per measure, per
 * article and per kind of person; counts from 1 to 4 are shown as "<5". A bar chart
 * (Chart.js, loaded only on this page, only when there is something to draw) and the same
 * numbers as tables; download as CSV or PDF.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { Register } from '../../api/procedures.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { TextField } from '../../components/forms/TextField.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';

type Count = Register['byMeasure'][number];

function schoolYear(): { from: string; to: string } {
  const now = new Date();
  const y = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return { from: `${y}-08`, to: `${y + 1}-07` };
}

const shown = (c: number | null, t: number): string => (c === null ? `<${t}` : String(c));

function CountTable({ caption, rows, threshold }: { caption: string; rows: Count[]; threshold: number }) {
  return (
    <div className="sw-table-wrap" tabIndex={0}>
      <Table>
        <TableCaption className="sw-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Onderdeel</TableHeaderCell>
            <TableHeaderCell scope="col">Aantal</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.length ? (
            rows.map((r) => (
              <TableRow key={r.key}>
                <TableCell>{r.label}</TableCell>
                <TableCell>{shown(r.count, threshold)}</TableCell>
              </TableRow>
            ))
          ) : (
            <TableRow>
              <TableCell colSpan={2}>Geen.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

/** The chart: Chart.js is imported only here, when the register has numbers. */
function MeasureChart({ register }: { register: Register }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('chart.js')
      .then(({ Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip }) => {
        if (cancelled || !canvas.current) return;
        Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
        const t = register.threshold;
        chart = new Chart(canvas.current, {
          type: 'bar',
          data: {
            labels: register.byMeasure.map((m) => m.label),
            datasets: [
              {
                label: 'Besluiten',
                // a suppressed count is drawn as a pale bar just under the threshold
                data: register.byMeasure.map((m) => (m.count === null ? t - 1 : m.count)),
                backgroundColor: register.byMeasure.map((m) => (m.count === null ? 'rgba(47,109,181,0.3)' : '#2f6db5')),
              },
            ],
          },
          options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            plugins: { tooltip: { callbacks: { label: (ctx) => `${shown(register.byMeasure[ctx.dataIndex]!.count, t)} besluiten` } } },
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          },
        });
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [register]);
  if (failed) return <Paragraph>De grafiek kon niet worden geladen; de aantallen staan in de tabellen hieronder.</Paragraph>;
  return (
    <figure className="sw-chart">
      <div className="sw-chart__canvas">
        <canvas ref={canvas} role="img" aria-label={`Staafdiagram van besluiten per maatregel: ${register.byMeasure.map((m) => `${m.label} ${shown(m.count, register.threshold)}`).join(', ')}`} />
      </div>
      <figcaption>Besluiten per maatregel. Een lichte staaf betekent: minder dan {register.threshold}.</figcaption>
    </figure>
  );
}

export default function RegisterPage() {
  const def = schoolYear();
  const [from, setFrom] = useState(def.from);
  const [to, setTo] = useState(def.to);
  const valid = /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to) && from <= to;
  const q = useQuery({ queryKey: ['register', from, to], queryFn: () => http.get<{ register: Register }>('/api/v1/register', { from, to }), enabled: valid });
  const r = q.data?.register;
  const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return (
    <>
      <PageHeading>Register voor de (G)MR</PageHeading>
      <Paragraph>Hoe vaak is het protocol gehandhaafd? Geanonimiseerd: geen namen, en aantallen kleiner dan 5 worden niet getoond.</Paragraph>
      <div className="sw-period">
        <TextField id="register-van" label="Van (maand)" type="month" value={from} onChange={setFrom} />
        <TextField id="register-tot" label="Tot en met (maand)" type="month" value={to} onChange={setTo} error={valid ? undefined : 'Kies een begin dat voor het einde ligt.'} />
      </div>
      {q.isFetching ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {r ? (
        <>
          <div className="sw-actions">
            <a className="utrecht-button utrecht-button--secondary-action sw-button-link" href={`/api/v1/register/csv?${query}`} download>
              Download als CSV
            </a>
            <a className="utrecht-button utrecht-button--secondary-action sw-button-link" href={`/api/v1/register/pdf?${query}`} download>
              Download als PDF
            </a>
          </div>
          <Paragraph>
            <strong>Totaal:</strong> {shown(r.total, r.threshold)} besluiten (ook zaken die zonder maatregel zijn gesloten).
          </Paragraph>
          {r.total !== 0 ? <MeasureChart register={r} /> : null}
          <Heading2>Per maatregel</Heading2>
          <CountTable caption="Besluiten per maatregel" rows={r.byMeasure} threshold={r.threshold} />
          <Heading2>Per artikel</Heading2>
          <CountTable caption="Besluiten per artikel van het protocol" rows={r.byArticle} threshold={r.threshold} />
          <Heading2>Per betrokkene</Heading2>
          <CountTable caption="Besluiten per soort betrokkene" rows={r.byKind} threshold={r.threshold} />
        </>
      ) : null}
    </>
  );
}
