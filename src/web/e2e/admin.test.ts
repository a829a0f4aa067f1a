/**
 * Beheer (school management) in a real browser: people with search and filters, a person's
 * page (record, guardians, consent, audit trail), groups, the timetable, accounts,
 * takedown tasks and the school's settings with the preview of the check's sentences.
 * axe and screenshots at 360 and 1280 px. Other roles get "Geen toegang".
 */
import { describe, expect, it } from 'vitest';
import { WIDTHS, inspect, useWeb, navigate } from './harness.js';

describe('beheer', () => {
  const w = useWeb();

  it.each(WIDTHS.map((x) => [x]))('finds a person and shows their page, at %i px', async (width) => {
    const { page } = await w.as('schoolleiding', width);
    await navigate(page, 'Beheer');
    await page.getByRole('heading', { name: 'Beheer', level: 1 }).waitFor();
    await inspect(page, 'beheer');
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Mensen' }).click();
    await page.getByRole('heading', { name: 'Mensen', level: 1 }).waitFor();
    await page.getByText(/\d+ personen gevonden/).waitFor();
    await page.getByLabel('Rol', { exact: true }).first().selectOption('pupil');
    await page.getByLabel('Groep', { exact: true }).first().selectOption({ label: 'Groep 1' });
    await page.getByLabel('Zoek op naam').fill('sanne');
    await page.getByRole('link', { name: 'Sanne de Vries' }).waitFor();
    await inspect(page, 'beheer-mensen');
    await page.getByRole('link', { name: 'Sanne de Vries' }).click();
    await page.getByRole('heading', { name: 'Sanne de Vries', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Ouders/verzorgers' }).waitFor();
    await page.getByRole('link', { name: 'Rob de Vries' }).waitFor();
    await page.getByRole('region', { name: 'Toestemming per kanaal' }).getByRole('table').waitFor();
    await page.getByText(/directie@desterren\.example bekeek/).first().waitFor();
    await inspect(page, 'beheer-persoon');
  });

  it('adds a group, a lesson (with a clear error first), an account with a temporary password', async () => {
    const { page } = await w.as('schoolleiding', 360);
    await page.goto('/beheer/groepen');
    await page.getByRole('heading', { name: 'Groepen', level: 1 }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Groep 8c');
    await page.getByLabel('Leerjaar').selectOption('8');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Groep toegevoegd.').waitFor();
    await page.getByLabel(/^Naam van Groep 8c/).waitFor();
    await inspect(page, 'beheer-groepen');

    await page.goto('/beheer/rooster');
    await page.getByRole('heading', { name: 'Rooster en lestoestemming', level: 1 }).waitFor();
    await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 8c' });
    await page.getByText('Nog geen lessen voor deze groep.').waitFor();
    await page.getByLabel('Eindtijd (uu:mm)').fill('08:00');
    await page.getByRole('button', { name: 'Les toevoegen' }).click();
    await page.locator('.sw-error-summary').getByText('De les moet eindigen na de begintijd.').waitFor();
    await page.getByLabel('Eindtijd (uu:mm)').fill('12:00');
    await page.getByLabel('Dag').selectOption('3');
    await page.getByRole('button', { name: 'Les toevoegen' }).click();
    await page.getByText('woensdag 08:30–12:00').waitFor();
    await inspect(page, 'beheer-rooster');

    await page.goto('/beheer/accounts');
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'ouder@desterren.example' }).waitFor();
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.locator('.sw-error-summary').getByText('Vul een geldig e-mailadres in.').waitFor();
    await page.getByLabel('E-mailadres').fill('nieuwe.ouder@desterren.example');
    await page.getByLabel('Persoon').selectOption({ index: 3 });
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Tijdelijk wachtwoord (alleen nu zichtbaar):').waitFor();
    expect((await page.locator('.sw-secret').textContent())?.length).toBeGreaterThan(10);
    await page.getByRole('cell', { name: 'nieuwe.ouder@desterren.example' }).waitFor();
    await inspect(page, 'beheer-accounts');

    await page.goto('/beheer/verwijdertaken');
    await page.getByRole('heading', { name: 'Verwijdertaken', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Afgerond' }).waitFor();
    await inspect(page, 'beheer-verwijdertaken');
  });

  it.each(WIDTHS.map((x) => [x]))('changes the school’s sentences in its draft version (the version in force stays), at %i px', async (width) => {
    const { page } = await w.as('schoolleiding', width);
    await page.goto('/beheer/school');
    await page.getByRole('heading', { name: 'Instellingen van de school', level: 1 }).waitFor();
    // the demo school has version 1 in force: the settings go into a draft, made on the first save (360 px), edited on the next (1280 px)
    const before = await page.getByText(/Nu geldt versie 1\. Je wijzigt ze in/).textContent();
    expect(before).toMatch(width === WIDTHS[0] ? /een nieuwe conceptversie, die Sterrenwacht bij het opslaan maakt uit versie 1/ : /conceptversie 2\./);
    expect(await page.getByLabel('Datum van goedkeuring door de (G)MR').count()).toBe(0);
    const sentence = `Ik werk bij de Sterren (${width}).`;
    await page.getByLabel('Zin bij een bericht over de school (B1, C3), Nederlands').fill(sentence);
    await page.locator('.sw-quote', { hasText: sentence }).waitFor();
    await page.getByLabel('Officiële naam').fill('');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('.sw-error-summary').getByText('Vul de officiële naam van de school in.').waitFor();
    await page.getByLabel('Officiële naam').fill('n.b.s. de Sterren');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(/Opgeslagen in conceptversie 2\./).waitFor();
    await inspect(page, 'beheer-school');
    // the draft holds the sentence; the check still offers the one of the version in force
    const draft = (await page.evaluate(`fetch('/api/v1/protocol/versions/de-sterren-v2').then((r) => r.json())`)) as { status: string; params: { disclosure: { nl: string } } };
    expect(draft.status).toBe('draft');
    expect(draft.params.disclosure.nl).toBe(sentence);
    expect(await page.locator('.sw-preview li', { hasText: sentence }).count()).toBe(0);
    await page.getByRole('link', { name: 'Naar conceptversie 2' }).click();
    await page.getByRole('heading', { name: 'Protocol, versie 2', level: 1 }).waitFor();
    expect(await page.getByLabel('Vermelding medewerker, B1/C3 (Nederlands)').inputValue()).toBe(sentence);
  });

  it('says "Geen toegang" to a teacher and leaves Beheer out of their menu', async () => {
    const { page } = await w.as('medewerker', 360);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    await page.goto('/beheer/mensen');
    await page.getByRole('heading', { name: 'Geen toegang', level: 1 }).waitFor();
  });
});
