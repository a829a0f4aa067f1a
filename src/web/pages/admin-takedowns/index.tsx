/** Beheer › Verwijdertaken: open tasks (close each with what was done) and the ones already done. */
import { useQuery } from '@tanstack/react-query';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { Takedown } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { AdminNav } from '../../components/admin/AdminNav.js';
import { TakedownTasks } from '../../components/takedowns/TakedownTasks.js';
import { CHANNEL_ON_NL, MEDIUM_OF_NL, formatDate } from '../../components/consent/labels.js';

export default function AdminTakedownsPage() {
  const done = useQuery({ queryKey: ['takedowns', 'done'], queryFn: () => http.get<{ tasks: Takedown[] }>('/api/v1/takedown-tasks', { status: 'done' }) });
  return (
    <>
      <PageHeading>Verwijdertaken</PageHeading>
      <AdminNav />
      <Paragraph>Trekt een ouder toestemming in, dan moet beeld van dat kind weg van dat kanaal. Rond de taak af met wat je deed; de ouder ziet dat de taak klaar is.</Paragraph>
      <Heading2>Open</Heading2>
      <TakedownTasks />
      <Heading2>Afgerond</Heading2>
      {done.data && done.data.tasks.length === 0 ? <Paragraph>Nog geen afgeronde taken.</Paragraph> : null}
      <ul className="sw-list">
        {done.data?.tasks.map((t) => (
          <li key={t.id}>
            {t.personName}: {MEDIUM_OF_NL[t.medium] ?? t.medium} {CHANNEL_ON_NL[t.channel] ?? t.channel} — afgerond op {formatDate(t.doneAt)}: {t.note}
          </li>
        ))}
      </ul>
    </>
  );
}
