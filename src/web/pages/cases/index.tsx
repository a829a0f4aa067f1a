/** Zaken: the cases this account handles (school management: all of the school; the bestuur: staff cases). */
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { FormLabel, Paragraph, Select, SelectOption, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { KIND_NL, day, type CaseSummary } from '../../api/procedures.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';

export const CASE_STATUS_NL: Record<string, string> = { gemeld: 'Gemeld', in_behandeling: 'In behandeling', besluit: 'Besluit', afgesloten: 'Afgesloten' };

export default function CasesPage() {
  const [status, setStatus] = useState('');
  const q = useQuery({ queryKey: ['cases', status], queryFn: () => http.get<{ cases: CaseSummary[] }>('/api/v1/cases', status ? { status } : undefined) });
  return (
    <>
      <PageHeading>Zaken</PageHeading>
      <Paragraph>
        Een zaak ontstaat uit een <Link to="/meldingen">melding</Link>. Alles wat je vastlegt, komt vanzelf in het personeelsdossier (S1) of leerlingendossier (S4).
      </Paragraph>
      <div className="sw-inline-field sw-narrow">
        <FormLabel htmlFor="zaak-status">Toon</FormLabel>
        <Select id="zaak-status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <SelectOption value="">Alle zaken</SelectOption>
          {Object.entries(CASE_STATUS_NL).map(([k, v]) => (
            <SelectOption key={k} value={k}>
              {v}
            </SelectOption>
          ))}
        </Select>
      </div>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {q.data && !q.data.cases.length ? <Paragraph>Geen zaken.</Paragraph> : null}
      {q.data?.cases.length ? (
        <div className="sw-table-wrap" tabIndex={0}>
          <Table>
            <TableCaption>Zaken</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                <TableHeaderCell scope="col">Betrokkene</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                <TableHeaderCell scope="col">Open taken</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {q.data.cases.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>
                    <Link to={`/zaken/${c.id}`}>{c.reference}</Link>
                  </TableCell>
                  <TableCell>
                    {c.subject.name} ({KIND_NL[c.subjectKind]})
                  </TableCell>
                  <TableCell>{CASE_STATUS_NL[c.status]}</TableCell>
                  <TableCell>{c.deadline ? day(c.deadline) : '—'}</TableCell>
                  <TableCell>{c.openTasks || '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </>
  );
}
