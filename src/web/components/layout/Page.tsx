/**
 * One page of the route table: checks who may open it (login first, a forced password
 * change first, or "no access"), sets the document title, moves focus to the page's
 * heading after navigation (so a screen reader announces the new page), and shows a
 * loading state while the page's code arrives.
 */
import { Suspense, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { useSession } from '../../api/session.js';
import { mayOpen, type PageRoute } from '../../routes.js';
import type { Role } from '../../api/types.js';
import { Loading } from '../status/Loading.js';
import { PageHeading } from './PageHeading.js';

export function Page({ route, component: Component }: { route: Pick<PageRoute, 'path' | 'title' | 'access'>; component: LazyExoticComponent<ComponentType> }) {
  const { session, loading } = useSession();
  const location = useLocation();
  useEffect(() => {
    document.title = `${route.title} — Sterrenwacht`;
  }, [route.title]);
  if (loading && route.access !== 'public') return <Loading />;
  const role = session?.account.role as Role | undefined;
  if (!mayOpen(route, role)) {
    if (route.access === 'guest') return <Navigate to="/" replace />;
    if (!session) return <Navigate to={`/inloggen?terug=${encodeURIComponent(location.pathname + location.search + location.hash)}`} replace />;
    return (
      <>
        <PageHeading>Geen toegang</PageHeading>
        <Paragraph>Met je rol kun je deze pagina niet openen. Kies een andere pagina in het menu.</Paragraph>
      </>
    );
  }
  if (session?.mustChangePassword && route.path !== '/wachtwoord-wijzigen' && route.access !== 'public') {
    return <Navigate to="/wachtwoord-wijzigen" replace />;
  }
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}
