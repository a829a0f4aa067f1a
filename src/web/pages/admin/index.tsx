/** Beheer: what school management manages here, and what waits (open takedown tasks). */
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { Takedown } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ADMIN_LINKS, AdminNav } from '../../components/admin/AdminNav.js';

export default function AdminPage() {
  const open = useQuery({ queryKey: ['takedowns', 'open'], queryFn: () => http.get<{ tasks: Takedown[] }>('/api/v1/takedown-tasks', { status: 'open' }) });
  const n = open.data?.tasks.length ?? 0;
  return (
    <>
      <PageHeading>Beheer</PageHeading>
      <AdminNav />
      {n > 0 ? (
        <Alert type="warning">
          <Paragraph>
            {n === 1 ? 'Er staat 1 verwijdertaak open.' : `Er staan ${n} verwijdertaken open.`} <Link to="/beheer/verwijdertaken">Bekijk ze</Link>
          </Paragraph>
        </Alert>
      ) : null}
      <ul className="sw-cards">
        {ADMIN_LINKS.map((l) => (
          <li key={l.to} className="sw-card">
            <Link to={l.to} className="sw-card__link">
              {l.label}
            </Link>
            <Paragraph>{l.text}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
