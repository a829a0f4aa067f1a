/**
 * The web foundation in a real browser: the app is served at /, page paths fall back to
 * index.html while /api stays JSON, the login form (errors, success, log out), the forced
 * change of a temporary password, and the home page per role — axe and screenshots at
 * 360 and 1280 px.
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, WIDTHS, inspect, login, useWeb, navigate } from './harness.js';

describe('web foundation', () => {
  const w = useWeb();

  it('serves the app at / and at page paths; /api and missing files stay JSON 404s', async () => {
    const root = await fetch(`${w.url}/`);
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toMatch(/text\/html/);
    const html = await root.text();
    expect(html).toMatch(/<html lang="nl">/);
    expect(html).not.toMatch(/<script>(?!<\/script>)/); // no inline scripts
    for (const path of ['/check', '/beheer/mensen/leerling-1', '/protocol?lang=en']) {
      const r = await fetch(`${w.url}${path}`);
      expect(r.status, path).toBe(200);
      expect(await r.text(), path).toBe(html);
    }
    for (const path of ['/api/bestaat-niet', '/api/public/bestaat-niet', '/assets/bestaat-niet.js', '/favicon.ico']) {
      const r = await fetch(`${w.url}${path}`);
      expect(r.status, path).toBe(404);
      expect((await r.json()).error.code, path).toBe('not_found');
    }
    // /api/v1 asks for a session first, as before
    expect((await (await fetch(`${w.url}/api/v1/bestaat-niet`)).json()).error.code).toBe('unauthorized');
    const post = await fetch(`${w.url}/check`, { method: 'POST' });
    expect(post.status).toBe(404);
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
    const js = await fetch(`${w.url}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect(root.headers.get('cache-control')).toBe('no-cache');
  });

  it.each(WIDTHS.map((x) => [x]))('logs in at %i px with clear Dutch errors, and out again', async (width) => {
    const { page } = await w.open(width);
    await page.goto('/');
    await page.waitForURL(/\/inloggen\?terug=%2F/);
    await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    await inspect(page, 'inloggen');

    await page.getByRole('button', { name: 'Inloggen' }).click();
    const summary = page.locator('.sw-error-summary');
    await summary.getByText('Vul je e-mailadres in.').waitFor();
    await summary.getByText('Vul je wachtwoord in.').waitFor();
    expect(await page.evaluate('document.activeElement.className')).toMatch(/sw-error-summary/);
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    await inspect(page, 'inloggen-fouten');
    // the summary's link moves focus to the field
    await summary.getByRole('link', { name: 'Vul je e-mailadres in.' }).click();
    expect(await page.evaluate('document.activeElement.id')).toBe('email');

    await page.getByLabel('E-mailadres').fill(ACCOUNTS.ouder);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('fout-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await summary.getByText('E-mailadres of wachtwoord klopt niet.').waitFor();

    await login(page, ACCOUNTS.ouder);
    await page.getByRole('heading', { name: 'Welkom bij Sterrenwacht' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const toggle = nav.getByRole('button', { name: 'Menu' });
    if (width < 600) {
      // a narrow screen folds the menu behind one button; Escape folds it again and returns focus
      expect(await nav.getByRole('link', { name: 'Home', exact: true }).isVisible()).toBe(false);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await nav.getByRole('link', { name: 'Toestemming', exact: true }).waitFor();
      await inspect(page, 'menu-open');
      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Menu');
      // choosing a page folds it
      await navigate(page, 'Toestemming');
      await page.getByRole('heading', { name: 'Toestemming voor beeld en geluid', level: 1 }).waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await navigate(page, 'Home');
      await page.getByRole('heading', { name: 'Welkom bij Sterrenwacht' }).waitFor();
    } else {
      await nav.getByRole('link', { name: 'Home', exact: true }).waitFor();
      expect(await toggle.isVisible()).toBe(false);
    }
    await inspect(page, 'home-ouder');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen/);
    await page.goto('/');
    await page.waitForURL(/\/inloggen/);
  });

  it('works by keyboard alone: tab to the fields, type, Enter', async () => {
    const { page } = await w.open(360);
    await page.goto('/inloggen');
    await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Naar de inhoud');
    let guard = 0;
    while ((await page.evaluate('document.activeElement.id')) !== 'email' && guard++ < 10) await page.keyboard.press('Tab');
    await page.keyboard.type(ACCOUNTS.medewerker);
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo-sterren');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Welkom bij Sterrenwacht' }).waitFor();
  });

  it('asks for a new password at the first login with a temporary one', async () => {
    const { page: admin } = await w.as('schoolleiding');
    const created = (await admin.evaluate(`(async () => {
      const s = await (await fetch('/api/v1/session')).json();
      const r = await fetch('/api/v1/accounts', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken }, body: JSON.stringify({ email: 'nieuw.mr@desterren.example', role: 'mr', personId: 'ouder-5' }) });
      return r.json();
    })()`)) as { temporaryPassword: string };
    expect(created.temporaryPassword).toBeTruthy();
    const { page } = await w.open(360);
    await login(page, 'nieuw.mr@desterren.example', created.temporaryPassword);
    await page.waitForURL(/\/wachtwoord-wijzigen/);
    await page.getByText('Je logde in met een tijdelijk wachtwoord').waitFor();
    await inspect(page, 'wachtwoord-wijzigen');
    // no way around it
    await page.goto('/');
    await page.waitForURL(/\/wachtwoord-wijzigen/);
    await page.getByLabel('Tijdelijk wachtwoord').fill(created.temporaryPassword);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.locator('.sw-error-summary').getByText('minstens 12 tekens').waitFor();
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een zin van vier woorden');
    await page.getByLabel('Nieuw wachtwoord nog een keer').fill('een zin van vier woorden');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Je wachtwoord is gewijzigd.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it.each([['schoolleiding'], ['medewerker'], ['mr']] as const)('shows the home page of %s with its own menu', async (role) => {
    for (const width of WIDTHS) {
      const { page } = await w.as(role, width);
      await page.getByRole('heading', { name: 'Welkom bij Sterrenwacht' }).waitFor();
      if (role !== 'mr') await page.getByRole('heading', { name: 'Wacht op jou' }).waitFor();
      await inspect(page, `home-${role}`);
    }
  });
});
