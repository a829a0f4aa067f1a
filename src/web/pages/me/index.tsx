/**
 * Mijn gegevens: one's own record and, for a parent, their children with the consent in force
 * for photos, video and sound per channel; a parent changes it here.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError, http } from '../../api/client.js';
import type { Channel, Me, Medium } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { Loading } from '../../components/status/Loading.js';

const MEDIA: [Medium, string][] = [['photo', "Foto's"], ['video', "Video's"], ['audio', 'Geluidsopnamen']];
const CHANNELS: [Channel, string][] = [['social', 'sociale media van school'], ['website', 'website'], ['newsletter', 'nieuwsbrief'], ['guide', 'schoolgids']];

export default function MePage() {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['me'], queryFn: () => http.get<Me>('/api/v1/me') });
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const change = async (child: string, name: string, medium: Medium, channel: Channel, granted: boolean) => {
    setError('');
    try {
      await http.post(`/api/v1/people/${encodeURIComponent(child)}/consent`, { medium, channel, granted });
      await qc.invalidateQueries({ queryKey: ['me'] });
      setStatus(`Opgeslagen: ${name}, ${MEDIA.find((m) => m[0] === medium)![1].toLowerCase()} op ${CHANNELS.find((c) => c[0] === channel)![1]}: ${granted ? 'wel' : 'geen'} toestemming.`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Opslaan lukte niet. Probeer het opnieuw.');
    }
  };
  return (
    <div>
      <PageHeading>Mijn gegevens</PageHeading>
      {q.isPending ? <Loading /> : <ErrorMessage error={q.error} />}
      {q.data?.person ? (
        <Paragraph>
          {q.data.person.name}
          {q.data.person.email ? ` (${q.data.person.email})` : ''}
        </Paragraph>
      ) : null}
      <div role="status" aria-live="polite" className="sw-status">
        {status}
      </div>
      <ErrorMessage error={error} />
      {q.data?.children.map((c) => (
        <section key={c.id} aria-labelledby={`kind-${c.id}`} className="sw-card">
          <Heading2 id={`kind-${c.id}`}>{c.name}</Heading2>
          {c.groupName ? <Paragraph>{c.groupName}</Paragraph> : null}
          {MEDIA.map(([medium, label]) => (
            <Fieldset key={medium}>
              <FieldsetLegend>{label} van {c.name.split(' ')[0]} mogen op:</FieldsetLegend>
              {CHANNELS.map(([channel, where]) => {
                const id = `t-${c.id}-${medium}-${channel}`;
                return (
                  <FormField key={channel} type="checkbox">
                    <Checkbox id={id} checked={c.consent[medium][channel]} onChange={(e) => void change(c.id, c.name, medium, channel, e.target.checked)} />
                    <FormLabel htmlFor={id} type="checkbox">
                      {where}
                    </FormLabel>
                  </FormField>
                );
              })}
            </Fieldset>
          ))}
          <Paragraph small>
            <a href={`/api/v1/people/${encodeURIComponent(c.id)}/export`} download={`gegevens-${c.id}.json`}>
              Alles wat de school over {c.name.split(' ')[0]} bewaart (download)
            </a>
          </Paragraph>
        </section>
      ))}
      <Paragraph>
        <Link to="/sessies">Waar ben ik ingelogd?</Link>
      </Paragraph>
    </div>
  );
}
