/**
 * Home: what this person can do here (per role) and what waits for them (open takedown
 * tasks for staff; the children whose consent a parent manages).
 */
import { Link, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { ROLE_NAMES, useSession } from '../../api/session.js';
import type { Role, Takedown } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';

interface Action {
  to: string;
  title: string;
  text: string;
}

const ACTIONS: Record<Role, Action[]> = {
  ouder: [
    { to: '/check', title: 'Check je bericht', text: 'Controleer een bericht of foto voordat je het op sociale media zet.' },
    { to: '/toestemming', title: 'Toestemming voor beeld', text: 'Bekijk en wijzig of foto’s, video en geluid van je kind gedeeld mogen worden.' },
    { to: '/protocol', title: 'Het protocol', text: 'Lees de afspraken van de school over sociale media.' },
  ],
  medewerker: [
    { to: '/check', title: 'Check je bericht', text: 'Controleer een bericht voor je eigen account of een kanaal van de school.' },
    { to: '/mijn-groep', title: 'Mijn groep', text: 'Wie er niet op de foto mag, de lijst voor een uitje en toestemming voor sociale media in de les.' },
    { to: '/concepten', title: 'Mijn concepten', text: 'Berichten die je bewaarde om later af te maken.' },
  ],
  schoolleiding: [
    { to: '/check', title: 'Check je bericht', text: 'Controleer een bericht voor een kanaal van de school of je eigen account.' },
    { to: '/beheer', title: 'Beheer', text: 'Mensen, groepen, rooster, accounts, verwijdertaken en de instellingen van de school.' },
    { to: '/mijn-groep', title: 'Groepen', text: 'Toestemming per groep in één oogopslag en de lijst voor een uitje.' },
  ],
  leerling: [
    { to: '/check', title: 'Check je bericht', text: 'Weet je niet zeker of je iets mag plaatsen? Check het hier eerst.' },
    { to: '/protocol', title: 'Het protocol', text: 'De afspraken van de school over sociale media.' },
  ],
  mr: [
    { to: '/check', title: 'Check je bericht', text: 'Controleer een bericht voordat je het plaatst.' },
    { to: '/protocol', title: 'Het protocol', text: 'Het protocol dat de (G)MR goedkeurde, met versie en datum.' },
  ],
  bestuur: [
    { to: '/check', title: 'Check je bericht', text: 'Controleer een bericht voordat je het plaatst.' },
    { to: '/protocol', title: 'Het protocol', text: 'Het protocol van de school, met versie en datum.' },
  ],
};

function OpenTakedowns() {
  const q = useQuery({ queryKey: ['takedowns', 'open'], queryFn: () => http.get<{ tasks: Takedown[] }>('/api/v1/takedown-tasks', { status: 'open' }) });
  if (!q.data) return null;
  const n = q.data.tasks.length;
  return (
    <section aria-labelledby="wacht-op-jou" className="sw-waiting">
      <Heading2 id="wacht-op-jou">Wacht op jou</Heading2>
      {n === 0 ? (
        <Paragraph>Er staan geen verwijdertaken open.</Paragraph>
      ) : (
        <Alert type="warning">
          <Paragraph>
            {n === 1 ? 'Er staat 1 verwijdertaak open' : `Er staan ${n} verwijdertaken open`}: een ouder trok toestemming in, dus beeld moet offline.{' '}
            <Link to="/mijn-groep#verwijdertaken">Bekijk de verwijdertaken</Link>
          </Paragraph>
        </Alert>
      )}
    </section>
  );
}

export default function HomePage() {
  const { session } = useSession();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  if (!session) return null;
  const role = session.account.role as Role;
  const staff = role === 'schoolleiding' || role === 'medewerker';
  return (
    <>
      <PageHeading>Welkom bij Sterrenwacht</PageHeading>
      {flash ? (
        <Alert type="ok" role="status">
          <Paragraph>{flash}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>
        Je bent ingelogd als {ROLE_NAMES[role] ?? role}. Dit kun je hier doen:
      </Paragraph>
      {staff ? <OpenTakedowns /> : null}
      <ul className="sw-cards">
        {(ACTIONS[role] ?? ACTIONS.mr).map((a) => (
          <li key={a.to} className="sw-card">
            <Link to={a.to} className="sw-card__link">
              {a.title}
            </Link>
            <Paragraph>{a.text}</Paragraph>
          </li>
        ))}
      </ul>
      <Paragraph small>
        <Link to="/wachtwoord-wijzigen">Wachtwoord wijzigen</Link>
      </Paragraph>
    </>
  );
}
