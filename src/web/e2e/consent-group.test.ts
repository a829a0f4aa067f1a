/**
 * Toestemming (a parent) and Mijn groep (a teacher) in a real browser: the consent grid,
 * a revocation with its confirmation, the takedown task it creates, seen and closed by the
 * teacher and then shown to the parent as done; the class at a glance, the printable trip
 * list, lesson permission in two taps. axe and screenshots at 360 and 1280 px.
 */
import { describe, expect, it } from 'vitest';
import { WIDTHS, inspect, screenshot, useWeb, navigate } from './harness.js';

describe('consent and my group', () => {
  const w = useWeb();

  it('lets a parent revoke consent after a confirmation that says what happens, and follow the takedown', async () => {
    const { page } = await w.as('ouder', 360);
    await navigate(page, 'Toestemming');
    await page.getByRole('heading', { name: 'Toestemming voor beeld en geluid', level: 1 }).waitFor();
    const child = page.getByRole('region', { name: /Sanne de Vries/ });
    await child.getByRole('table').waitFor();
    await inspect(page, 'toestemming');
    // video on the school's website: give it first (so revoking takes something down)
    const cell = (label: string) => child.getByRole('button', { name: new RegExp(`^(Toestaan|Intrekken)\\s*: ${label}`) });
    if (/^Toestaan/.test((await cell('Video op de website van de school').textContent()) ?? '')) {
      await cell('Video op de website van de school').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ja, geef toestemming' }).click();
      await child.getByText('Toestemming gegeven voor video’s op de website van de school.').waitFor();
    }
    await cell('Video op de website van de school').click();
    const dialog = page.getByRole('dialog', { name: 'Toestemming intrekken?' });
    await dialog.getByText(/wat er al staat wordt weggehaald: de school krijgt daarvoor een verwijdertaak/).waitFor();
    await inspect(page, 'toestemming-bevestigen');
    // cancel keeps everything as it was, and focus returns to the button
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.evaluate('document.activeElement.textContent')).toMatch(/^Intrekken/);
    await cell('Video op de website van de school').click();
    await dialog.getByRole('button', { name: 'Ja, trek in' }).click();
    await child.getByText(/Toestemming ingetrokken voor video’s op de website van de school\. De school heeft een verwijdertaak gekregen\./).waitFor();
    await child.getByText('de school is ermee bezig').waitFor();
    await child.getByText('Geschiedenis van de toestemming').click();
    await child.getByText(/toestemming ingetrokken voor video’s op de website van de school/).first().waitFor();

    // the teacher of groep 1? Sanne is in groep 1; the takedown list is the school's: any teacher sees it
    const { page: teacher } = await w.as('medewerker', 1280);
    await teacher.goto('/mijn-groep#verwijdertaken');
    const task = teacher.locator('.sw-card', { hasText: 'Sanne de Vries: video’s op de website van de school' });
    await task.waitFor();
    await task.getByRole('button', { name: 'Markeer als afgerond' }).click();
    await task.getByText('Schrijf kort op wat je hebt weggehaald en waar.').waitFor();
    await task.getByLabel('Wat heb je weggehaald?').fill('De video van de kerstviering van de website gehaald.');
    await task.getByRole('button', { name: 'Markeer als afgerond' }).click();
    await task.waitFor({ state: 'detached' });

    await page.reload();
    await page.getByRole('region', { name: /Sanne de Vries/ }).getByText(/weggehaald op/).waitFor();
    await screenshot(page, 'toestemming-afgerond');
  });

  it.each(WIDTHS.map((x) => [x]))('shows a teacher the class at a glance, a trip list to print and lesson permission in two taps, at %i px', async (width) => {
    const { page } = await w.as('medewerker', width);
    // a Tuesday morning during the lesson of groep 3 (08:30–14:30)
    await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
    await page.goto('/mijn-groep');
    await page.getByRole('heading', { name: 'Mijn groep', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /Wie mag op de foto — Groep 3/ }).waitFor();
    await page.getByRole('table').waitFor();
    await page.getByText(/Niet op de foto op sociale media|Alle \d+ leerlingen mogen/).waitFor();
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(5);
    await page.getByLabel('Kanaal').selectOption('newsletter');
    await page.getByText(/in de nieuwsbrief/).first().waitFor();

    // two taps: ask, confirm
    const perm = page.getByRole('region', { name: 'Sociale media in de les' });
    const withdraw = perm.getByRole('button', { name: 'Trek deze toestemming in' });
    if (await withdraw.count()) await withdraw.click();
    await perm.getByRole('button', { name: 'Sta sociale media toe in deze les' }).click();
    await perm.getByRole('button', { name: 'Ja, tot 14:30' }).click();
    await perm.getByText(/Groep 3 mag sociale media gebruiken van 10:00 tot 14:30/).waitFor();
    await inspect(page, 'mijn-groep');

    await page.emulateMedia({ media: 'print' });
    await page.getByText(/lijst voor een uitje \(/).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await page.getByRole('columnheader', { name: 'Aanwezig' }).isVisible()).toBe(true);
    await screenshot(page, 'mijn-groep-print');
    await page.emulateMedia({ media: 'screen' });
  });
});
