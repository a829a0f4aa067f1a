/**
 * Around every page: a skip link, the header with the school's name and the navigation
 * for this person's role, the main content, and a footer. Mobile first: on a narrow screen
 * the navigation folds behind a "Menu" button (a school leader has some twenty pages, which
 * would fill the first screen), opens as a list, and closes on choosing a page or Escape;
 * on a wide screen it is a row. Nothing scrolls sideways.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Button } from '@utrecht/component-library-react';
import { ROLE_NAMES, useLogout, useSession } from '../../api/session.js';
import { ROUTES, mayOpen } from '../../routes.js';
import type { Role } from '../../api/types.js';
import { AckBanner } from '../governance/AckBanner.js';

export function Layout() {
  const { session } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const role = session?.account.role as Role | undefined;
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => setMenuOpen(false), [location.pathname]);
  const items = ROUTES.filter((r) => r.nav && mayOpen(r, role) && (role || r.access === 'public')).sort((a, b) => a.nav!.order - b.nav!.order);
  // one item is the current one: the longest whose path the page is at or under (/protocol/versies/2 is Protocolversies, not also Protocol)
  const { pathname } = location;
  const current = items.filter((r) => (r.path === '/' ? pathname === '/' : pathname === r.path || pathname.startsWith(`${r.path}/`))).sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <div className="sw-app">
      <a className="sw-skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="sw-header">
        <div className="sw-header__inner">
          <NavLink to="/" className="sw-brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>Sterrenwacht</span>
          </NavLink>
          {session ? (
            <div className="sw-whoami">
              <span className="sw-whoami__email">{session.account.email}</span> <span className="sw-whoami__role">({ROLE_NAMES[role!] ?? role})</span>
              <Button
                appearance="subtle-button"
                className="sw-logout"
                onClick={async () => {
                  await logout();
                  navigate('/inloggen');
                }}
              >
                Uitloggen
              </Button>
            </div>
          ) : null}
        </div>
        {items.length > 0 && !session?.mustChangePassword ? (
          <nav
            aria-label="Hoofdmenu"
            className="sw-nav"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && menuOpen) {
                setMenuOpen(false);
                toggle.current?.focus();
              }
            }}
          >
            <button ref={toggle} type="button" className="sw-menu-toggle" aria-expanded={menuOpen} aria-controls="hoofdmenu-lijst" onClick={() => setMenuOpen((o) => !o)}>
              <span aria-hidden="true" className="sw-menu-toggle__icon">
                {menuOpen ? '✕' : '☰'}
              </span>
              Menu
            </button>
            <ul id="hoofdmenu-lijst" className={menuOpen ? 'sw-nav__list sw-nav__list--open' : 'sw-nav__list'}>
              {items.map((r) => (
                <li key={r.path}>
                  <Link to={r.path} aria-current={r === current ? 'page' : undefined}>
                    {r.nav!.label}
                  </Link>
                </li>
              ))}
              {!session ? (
                <li>
                  <NavLink to="/inloggen">Inloggen</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="inhoud" className="sw-main" tabIndex={-1}>
        <AckBanner />
        <Outlet />
      </main>
      <footer className="sw-footer">
        <p>
          Sterrenwacht — het protocol sociale media als werkende software. <NavLink to="/protocol">Lees het protocol</NavLink>. Vrije software onder de EUPL-1.2.
        </p>
      </footer>
    </div>
  );
}
