/** A personnel dossier (S1) or pupil dossier (S4): every note, hearing, decision, letter and logged call of its cases. */
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { when, type Dossier } from '../../api/procedures.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { TimelineItem } from '../../components/procedures/TimelineItem.js';

export default function DossierPage() {
  const { type = '', personId = '' } = useParams();
  const q = useQuery({ queryKey: ['dossier', type, personId], queryFn: () => http.get<{ dossier: Dossier }>(`/api/v1/dossiers/${type}/${personId}`) });
  const d = q.data?.dossier;
  return (
    <>
      <PageHeading>{d ? `${d.typeNl} van ${d.person.name}` : 'Dossier'}</PageHeading>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {d ? (
        <>
          <Paragraph>
            Artikel {d.article}: alle correspondentie over de naleving van het protocol wordt opgenomen in het {d.type === 'personnel' ? 'personeelsdossier' : 'leerlingendossier'}. Elke inzage wordt vastgelegd.
          </Paragraph>
          {!d.entries.length ? <Paragraph>Dit dossier bevat nog niets over het protocol.</Paragraph> : null}
          <ol className="sw-timeline">
            {d.entries.map((e) => (
              <TimelineItem
                key={e.id}
                meta={
                  <>
                    {when(e.at)} — <Link to={`/zaken/${e.caseId}`}>zaak {e.reference}</Link>
                  </>
                }
                title={e.title}
                body={e.body}
              />
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
