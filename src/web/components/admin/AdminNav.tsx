/** The sub-menu of Beheer (school management). Pages of other engineers add their entry here. */
import { NavLink } from 'react-router';

export const ADMIN_LINKS: { to: string; label: string; text: string }[] = [
  { to: '/beheer/mensen', label: 'Mensen', text: 'Leerlingen, ouders en medewerkers zoeken, bekijken en toevoegen.' },
  { to: '/beheer/groepen', label: 'Groepen', text: 'De groepen van de school.' },
  { to: '/beheer/rooster', label: 'Rooster en lestoestemming', text: 'Het lesrooster (A1) en toestemming voor sociale media in de les.' },
  { to: '/beheer/accounts', label: 'Accounts', text: 'Wie kan inloggen, met welke rol.' },
  { to: '/beheer/verwijdertaken', label: 'Verwijdertaken', text: 'Beeld dat weg moet omdat toestemming is ingetrokken.' },
  { to: '/beheer/school', label: 'Instellingen van de school', text: 'Naam, schrijfwijzen, hashtags, missie en de zinnen die de check aanbiedt.' },
];

export function AdminNav() {
  return (
    <nav aria-label="Beheer" className="sw-subnav sw-no-print">
      <ul>
        <li>
          <NavLink to="/beheer" end>
            Overzicht
          </NavLink>
        </li>
        {ADMIN_LINKS.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to}>{l.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export const PERSON_ROLE_NL: Record<string, string> = { pupil: 'Leerling', staff: 'Medewerker', parent: 'Ouder/verzorger', other: 'Anders' };
