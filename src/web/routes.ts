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
];

/** May this role (undefined: logged out) open the page? */
export function mayOpen(route: Pick<PageRoute, 'access'>, role: Role | undefined): boolean {
  const a = route.access;
  if (a === 'public') return true;
  if (a === 'guest') return role === undefined;
  if (a === 'signed-in') return role !== undefined;
  return role !== undefined && a.includes(role);
}
