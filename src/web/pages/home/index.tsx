/**
 * Home: what this person can do here (per role) and what waits for them (takedown tasks,
 * questions to answer, new reports, open cases and their tasks; counts and links only).
 */
import { Link, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { ROLE_NAMES, useSession } from '../../api/session.js';
import type { Role, Takedown, Waiting } from '../../api/types.js';
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

interface Item {
  n: number;
  one: string;
  many: string;
  to: string;
  link: string;
}

/**
 * What waits for this person: takedown tasks (staff), questions to answer or still open
 * (B3), new reports and open cases with their tasks (S2, S6). Counts and links only.
 */
function WaitingForYou({ staff }: { staff: boolean }) {
  const takedowns = useQuery({ queryKey: ['takedowns', 'open'], queryFn: () => http.get<{ tasks: Takedown[] }>('/api/v1/takedown-tasks', { status: 'open' }), enabled: staff });
  const waiting = useQuery({ queryKey: ['waiting'], queryFn: () => http.get<{ waiting: Waiting }>('/api/v1/waiting') });
  if (!waiting.data || (staff && !takedowns.data)) return null;
  const w = waiting.data.waiting;
  const items: Item[] = [
    { n: takedowns.data?.tasks.length ?? 0, one: '1 verwijdertaak staat open: een ouder trok toestemming in, dus beeld moet offline', many: '{n} verwijdertaken staan open: ouders trokken toestemming in, dus beeld moet offline', to: '/mijn-groep#verwijdertaken', link: 'Bekijk de verwijdertaken' },
    { n: w.consultationsToAnswer ?? 0, one: '1 collega wacht op je antwoord over een bericht', many: '{n} collega’s wachten op je antwoord over een bericht', to: '/overleg', link: 'Naar overleg' },
    { n: w.reportsNew ?? 0, one: '1 nieuwe melding wacht op behandeling', many: '{n} nieuwe meldingen wachten op behandeling', to: '/meldingen', link: 'Naar de meldingen' },
    { n: w.caseTasksOpen ?? 0, one: '1 taak bij een zaak staat open (bellen of aangifte)', many: '{n} taken bij zaken staan open (bellen of aangifte)', to: '/zaken', link: 'Naar de zaken' },
  ].filter((i) => i.n > 0);
  const info: Item[] = [
    { n: w.consultationsAsked ?? 0, one: 'Je vroeg 1 keer om overleg; het antwoord komt nog', many: 'Je vroeg {n} keer om overleg; de antwoorden komen nog', to: '/overleg', link: 'Bekijk je vragen' },
    { n: w.casesOpen ?? 0, one: '1 zaak is nog niet afgesloten', many: '{n} zaken zijn nog niet afgesloten', to: '/zaken', link: 'Bekijk de zaken' },
  ].filter((i) => i.n > 0);
  const line = (i: Item) => (
    <Paragraph key={i.to + i.one}>
      {(i.n === 1 ? i.one : i.many.replace('{n}', String(i.n))) + '. '}
      <Link to={i.to}>{i.link}</Link>
    </Paragraph>
  );
  if (!staff && !items.length && !info.length) return null;
  return (
    <section aria-labelledby="wacht-op-jou" className="sw-waiting">
      <Heading2 id="wacht-op-jou">Wacht op jou</Heading2>
      {items.length ? <Alert type="warning">{items.map(line)}</Alert> : <Paragraph>Er wacht niets op je.</Paragraph>}
      {info.map(line)}
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
      <WaitingForYou staff={staff} />
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
