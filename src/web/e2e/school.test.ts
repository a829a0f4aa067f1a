/**
 * A real school moves in, in a browser: the school leader imports a ParnasSys-style export
 * twice (the second time with changes) and sees the preview each time, sees every bad row of
 * a broken file with its line number, invites the parents of groep 3; a parent follows the
 * link from the (demo) outbox, chooses a password, sees their child and changes its consent.
 * Then "wachtwoord vergeten", the reset link, one's own sessions and logging out everywhere.
 * axe, no sideways scroll and screenshots at 360 and 1280 px.
 */
import { describe, expect, it } from 'vitest';
import { inspect, login, useWeb } from './harness.js';

const FIRST = '\uFEFFLeerlingnummer;Roepnaam;Voorvoegsel;Achternaam;Groep;Geboortedatum;E-mail verzorger 1;E-mail verzorger 2\r\n'
  + '7001;Jesse;de;Wit;Groep 3;01-02-2018;joyce.dewit@example.nl;\r\n'
  + '7002;Mila;;Kok;"1/2";03-04-2020;dennis.kok@example.nl;samira.kok@example.nl\r\n'
  + '7003;Yara;;Dekker;Zonnestraal;05-06-2017;;\r\n';
const SECOND = FIRST.replace('7003;Yara;;Dekker;Zonnestraal', '7003;Yara;;Dekker-Bos;4') + '7004;Finn;van;Bos;3a;07-08-2018;erik.bos@example.nl;\r\n';
const BROKEN = 'Leerlingnummer;Roepnaam;Achternaam;Groep;E-mail verzorger 1\n7005;Ada;Lovelace;5;ada@example.nl\n;Zonder;Nummer;5;\n7006;Bob;Smit;groep 12;geen-adres\n';

describe('a real school moves in', () => {
  const w = useWeb();

  it('imports an export twice with a preview, invites groep 3, and a parent follows the link to their child’s consent', async () => {
    const { page } = await w.as('schoolleiding', 360);
    page.setDefaultTimeout(30_000); // a busy machine (the whole suite at once)
    const upload = async (name: string, text: string): Promise<void> => {
      await page.getByLabel('Exportbestand (CSV)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    };
    await page.goto('/beheer/import');
    await page.getByRole('heading', { name: 'Leerlingen importeren', level: 1 }).waitFor();
    await page.getByLabel(/Blijft staan/).check();
    await upload('parnassys-2026.csv', FIRST);
    await page.getByRole('heading', { name: 'Voorbeeld van de wijzigingen' }).waitFor();
    expect(await page.getByRole('table', { name: /Toevoegen/ }).textContent()).toMatch(/Jesse de Wit.*leerling.*groep-3/);
    expect(await page.getByText('Niet gebruikt en niet bewaard: Geboortedatum.').count()).toBe(1);
    await inspect(page, 'import-voorbeeld');
    await page.getByRole('button', { name: 'Wijzigingen toepassen' }).click();
    await page.getByText(/Klaar: 6 toegevoegd/).waitFor();

    // the export again, with changes
    await upload('parnassys-2026-2.csv', SECOND);
    await page.getByRole('table', { name: /Wijzigen \(1\)/ }).waitFor();
    expect(await page.getByRole('table', { name: /Wijzigen/ }).textContent()).toMatch(/Yara Dekker-Bos.*naam: Yara Dekker → Yara Dekker-Bos; groep: zonnestraal → groep-4/);
    expect(await page.getByRole('table', { name: /Toevoegen/ }).textContent()).toMatch(/Finn van Bos/);
    await inspect(page, 'import-tweede-keer');
    await page.getByRole('button', { name: 'Wijzigingen toepassen' }).click();
    await page.getByText(/Klaar: 2 toegevoegd, 1 gewijzigd/).waitFor();

    // a broken file: every bad row with its line number, nothing applied
    await upload('kapot.csv', BROKEN);
    const alert = page.getByRole('alert').filter({ hasText: 'Niets geïmporteerd' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Regel 3 \(id\).*Regel 4 \(groep\).*Regel 4 \(e-mail verzorger 1\)/);
    await inspect(page, 'import-fouten');

    // invite the parents of groep 3
    await page.goto('/beheer/uitnodigen');
    await page.getByLabel('Wie nodig je uit?').selectOption({ label: 'Ouders van Groep 3' });
    await page.getByRole('button', { name: 'Uitnodigingen versturen' }).click();
    await page.getByText(/^1 uitnodiging verstuurd/).waitFor();
    const mail = page.locator('.sw-outbox li').filter({ hasText: 'joyce.dewit@example.nl' });
    await mail.waitFor();
    await inspect(page, 'uitnodigen');
    const href = await mail.getByRole('link', { name: 'Open de uitnodiging' }).getAttribute('href');
    expect(href).toMatch(/^\/uitnodiging#[A-Za-z0-9_-]{40,}$/);

    // the parent, in their own browser
    const parent = await w.open(360);
    parent.page.setDefaultTimeout(30_000);
    await parent.page.goto(href!);
    await parent.page.getByText(/n\.b\.s\. de Sterren nodigt je uit/).waitFor();
    await inspect(parent.page, 'uitnodiging');
    await parent.page.getByLabel('Kies een wachtwoord').fill('joyce-haar-wachtwoord');
    await parent.page.getByLabel('Wachtwoord nog een keer').fill('joyce-haar-wachtwoord');
    await parent.page.getByRole('button', { name: 'Account maken' }).click();
    await parent.page.waitForURL('**/mijn-gegevens');
    await parent.page.getByRole('heading', { name: 'Jesse de Wit' }).waitFor();
    const social = parent.page.getByRole('group', { name: "Foto's van Jesse mogen op:" }).getByLabel('sociale media van school');
    expect(await social.isChecked()).toBe(false);
    // the box follows the saved state: click, then the page confirms and shows it checked
    await social.click();
    await parent.page.getByRole('status').filter({ hasText: /Opgeslagen: Jesse de Wit, foto's op sociale media van school: wel toestemming/ }).waitFor();
    await expect.poll(() => social.isChecked()).toBe(true);
    await inspect(parent.page, 'mijn-gegevens');
    // the link works once
    const again = await w.open(360);
    await again.page.goto(href!);
    await again.page.getByText(/al gebruikt of verlopen/).waitFor();
  }, 180_000);

  it('wachtwoord vergeten, the reset link, one’s own sessions and logging out everywhere', async () => {
    const { page } = await w.open(1280);
    page.setDefaultTimeout(30_000);
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    // the login page (with its own E-mailadres field) stays until the lazy page has loaded
    await page.getByRole('heading', { name: 'Wachtwoord vergeten', level: 1 }).waitFor();
    await page.getByLabel('E-mailadres').fill('leerkracht@desterren.example');
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByText(/Als er een account is met dit e-mailadres/).waitFor();
    await inspect(page, 'wachtwoord-vergeten');
    // the school leader's demo outbox holds the mail
    const leader = await w.as('schoolleiding', 1280);
    const outbox = (await (await leader.page.request.get('/api/v1/outbox?to=leerkracht%40desterren.example')).json()) as { mails: { text: string }[] };
    const link = /\/wachtwoord-herstellen#[A-Za-z0-9_-]+/.exec(outbox.mails[0]!.text)![0];
    await page.goto(link);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('thomas-nieuw-wachtwoord');
    await page.getByLabel('Nieuw wachtwoord nog een keer').fill('thomas-nieuw-wachtwoord');
    await inspect(page, 'wachtwoord-herstellen');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    // a second browser, then the sessions page logs out everywhere
    const other = await w.open(360);
    await login(other.page, 'leerkracht@desterren.example', 'thomas-nieuw-wachtwoord');
    await page.goto('/sessies');
    await page.getByRole('table', { name: 'Je sessies' }).waitFor();
    expect(await page.getByRole('row').count()).toBe(3); // header + two sessions
    await inspect(page, 'sessies');
    await page.getByRole('button', { name: 'Overal uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    await other.page.goto('/sessies');
    await other.page.waitForURL('**/inloggen**');
  }, 120_000);
});
