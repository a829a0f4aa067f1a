/**
 * The route table: every page of the web app, who may open it, and its place in the
 * navigation. A page is a folder under pages/ whose index.tsx default-exports its
 * component; it is loaded lazily (its own JavaScript chunk) when first opened.
 * To add a page: add its folder and one entry here (see README.md in this folder).
 */
import type { ComponentType } from 'react';
import type { Role } from './api/types.js';

/** 'public': anyone; 'guest': only when logged out (login); 'signed-in': any account; or the roles that may. */
export type Access = 'public' | 'guest' | 'signed-in' | readonly Role[];

export interface PageRoute {
  /** react-router path (Dutch words, lower case). */
  path: string;
  /** The page's title (document title; the page's own h1 says the same). */
  title: string;
  access: Access;
  load: () => Promise<{ default: ComponentType }>;
  /** Shown in the main navigation for the roles that may open the page. */
  nav?: { label: string; order: number };
}


export const ROUTES: PageRoute[] = [
  { path: '/inloggen', title: 'Inloggen', access: 'guest', load: () => import('./pages/login/index.js') },
  { path: '/wachtwoord-wijzigen', title: 'Wachtwoord wijzigen', access: 'signed-in', load: () => import('./pages/password/index.js') },
  { path: '/', title: 'Home', access: 'signed-in', load: () => import('./pages/home/index.js'), nav: { label: 'Home', order: 0 } },
  // governance (issue 12)
  { path: '/protocol/versies', title: 'Protocolversies', access: 'signed-in', load: () => import('./pages/protocol-versions/index.js'), nav: { label: 'Protocolversies', order: 70 } },
  { path: '/protocol/versies/:id', title: 'Protocolversie', access: 'signed-in', load: () => import('./pages/protocol-version/index.js') },
  { path: '/protocol/verschil', title: 'Verschil tussen versies', access: 'signed-in', load: () => import('./pages/protocol-diff/index.js') },
  { path: '/protocol/bevestigen', title: 'Protocol lezen en bevestigen', access: ['schoolleiding', 'medewerker', 'ouder'], load: () => import('./pages/protocol-acknowledge/index.js') },
  { path: '/protocol/bevestigingen', title: 'Bevestigingen van het protocol', access: ['schoolleiding', 'mr'], load: () => import('./pages/protocol-acknowledgements/index.js'), nav: { label: 'Bevestigingen', order: 71 } },
  { path: '/protocol/herscan', title: 'Berichten herscannen', access: ['schoolleiding'], load: () => import('./pages/protocol-rescan/index.js'), nav: { label: 'Herscan', order: 72 } },
  { path: '/protocol/concepten-opnieuw', title: 'Concepten opnieuw checken', access: 'signed-in', load: () => import('./pages/drafts-recheck/index.js') },
  { path: '/check', title: 'Check je bericht', access: 'signed-in', load: () => import('./pages/check/index.js'), nav: { label: 'Check je bericht', order: 10 } },
  { path: '/concepten', title: 'Mijn concepten', access: 'signed-in', load: () => import('./pages/drafts/index.js'), nav: { label: 'Concepten', order: 20 } },
  { path: '/toestemming', title: 'Toestemming', access: ['ouder'], load: () => import('./pages/consent/index.js'), nav: { label: 'Toestemming', order: 30 } },
  { path: '/mijn-groep', title: 'Mijn groep', access: ['medewerker', 'schoolleiding'], load: () => import('./pages/my-group/index.js'), nav: { label: 'Mijn groep', order: 30 } },
  { path: '/beheer', title: 'Beheer', access: ['schoolleiding'], load: () => import('./pages/admin/index.js'), nav: { label: 'Beheer', order: 40 } },
  { path: '/beheer/mensen', title: 'Mensen', access: ['schoolleiding'], load: () => import('./pages/admin-people/index.js') },
  { path: '/beheer/mensen/:id', title: 'Persoon', access: ['schoolleiding'], load: () => import('./pages/admin-person/index.js') },
  { path: '/beheer/groepen', title: 'Groepen', access: ['schoolleiding'], load: () => import('./pages/admin-groups/index.js') },
  { path: '/beheer/rooster', title: 'Rooster en lestoestemming', access: ['schoolleiding'], load: () => import('./pages/admin-schedule/index.js') },
  { path: '/beheer/accounts', title: 'Accounts', access: ['schoolleiding'], load: () => import('./pages/admin-accounts/index.js') },
  { path: '/beheer/verwijdertaken', title: 'Verwijdertaken', access: ['schoolleiding'], load: () => import('./pages/admin-takedowns/index.js') },
  { path: '/beheer/school', title: 'Instellingen van de school', access: ['schoolleiding'], load: () => import('./pages/admin-school/index.js') },
  { path: '/protocol', title: 'Het protocol', access: 'public', load: () => import('./pages/protocol/index.js'), nav: { label: 'Protocol', order: 50 } },
  { path: '/foto-veilig', title: 'Foto veilig maken', access: 'signed-in', load: () => import('./pages/photo/index.js'), nav: { label: 'Foto veilig maken', order: 15 } },
  // procedures (B2, B3, S1–S6)
  { path: '/overleg', title: 'Overleg', access: ['schoolleiding', 'medewerker'], load: () => import('./pages/consultations/index.js'), nav: { label: 'Overleg', order: 32 } },
  { path: '/overleg/:id', title: 'Overleg over een bericht', access: ['schoolleiding', 'medewerker'], load: () => import('./pages/consultation/index.js') },
  { path: '/melden', title: 'Een bericht melden', access: 'signed-in', load: () => import('./pages/report/index.js'), nav: { label: 'Melden', order: 35 } },
  { path: '/meldingen/mijn', title: 'Mijn meldingen', access: 'signed-in', load: () => import('./pages/my-reports/index.js') },
  { path: '/meldingen', title: 'Meldingen', access: ['schoolleiding'], load: () => import('./pages/reports/index.js'), nav: { label: 'Meldingen', order: 60 } },
  { path: '/meldingen/:id', title: 'Melding', access: ['schoolleiding'], load: () => import('./pages/report-detail/index.js') },
  { path: '/zaken', title: 'Zaken', access: ['schoolleiding', 'bestuur'], load: () => import('./pages/cases/index.js'), nav: { label: 'Zaken', order: 61 } },
  { path: '/zaken/:id', title: 'Zaak', access: ['schoolleiding', 'bestuur'], load: () => import('./pages/case/index.js') },
  { path: '/dossiers/:type/:personId', title: 'Dossier', access: ['schoolleiding', 'bestuur'], load: () => import('./pages/dossier/index.js') },
  { path: '/register', title: 'Register voor de (G)MR', access: ['mr', 'bestuur', 'schoolleiding'], load: () => import('./pages/register/index.js'), nav: { label: 'Register', order: 70 } },
  // roster sync, invitations, passwords, sessions, own records (school engineer)
  { path: '/beheer/import', title: 'Leerlingen importeren', access: ['schoolleiding'], load: () => import('./pages/roster-import/index.js'), nav: { label: 'Import', order: 45 } },
  { path: '/beheer/uitnodigen', title: 'Ouders uitnodigen', access: ['schoolleiding'], load: () => import('./pages/invitations/index.js'), nav: { label: 'Uitnodigen', order: 46 } },
  { path: '/uitnodiging', title: 'Uitnodiging', access: 'public', load: () => import('./pages/invitation/index.js') },
  { path: '/wachtwoord-vergeten', title: 'Wachtwoord vergeten', access: 'guest', load: () => import('./pages/forgot-password/index.js') },
  { path: '/wachtwoord-herstellen', title: 'Nieuw wachtwoord kiezen', access: 'public', load: () => import('./pages/reset-password/index.js') },
  { path: '/sessies', title: 'Waar ben ik ingelogd', access: 'signed-in', load: () => import('./pages/sessions/index.js') },
  { path: '/mijn-gegevens', title: 'Mijn gegevens', access: ['ouder', 'mr'], load: () => import('./pages/me/index.js'), nav: { label: 'Mijn gegevens', order: 20 } },
];

/** May this role (undefined: logged out) open the page? */
export function mayOpen(route: Pick<PageRoute, 'access'>, role: Role | undefined): boolean {
  const a = route.access;
  if (a === 'public') return true;
  if (a === 'guest') return role === undefined;
  if (a === 'signed-in') return role !== undefined;
  return role !== undefined && a.includes(role);
}
