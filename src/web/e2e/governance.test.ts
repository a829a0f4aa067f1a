/**
 * Governance in a real browser (issue 12): the school leader drafts version 2 with a changed
 * article, the MR member records the (G)MR's approval, the school leader publishes it, the
 * diff shows the change word by word, a parent sees the banner and confirms, the school
 * leader sees per group who has not, the MR only totals, a rescan of the 1,000-post demo
 * archive shows its progress and report, and a saved draft is re-checked with one click.
 * axe and screenshots at 360 and 1280 px.
 */
import { describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { drafts } from '../../store/schema.js';
import { inspect, useWeb } from './harness.js';

const NEW_A6 = "Het is medewerkers niet toegestaan om 'vrienden' te worden met of elkaar te volgen met leerlingen op sociale media, ook niet na schooltijd.";

describe('protocol governance pages', () => {
  const w = useWeb();

  it('drafts, approves, publishes and diffs version 2 (360 px), then acknowledges and rescans', { timeout: 240_000 }, async () => {
    // the school leader drafts version 2 and changes A6 and the hashtags
    const { page: lead } = await w.as('schoolleiding', 360);
    await lead.goto('/protocol/versies');
    await lead.getByRole('heading', { name: 'Protocolversies', level: 1 }).waitFor();
    await lead.getByRole('cell', { name: 'Geldt nu' }).waitFor();
    await inspect(lead, 'protocol-versies');
    await lead.getByRole('button', { name: 'Nieuwe conceptversie' }).click();
    await lead.getByRole('heading', { name: 'Protocol, versie 2', level: 1 }).waitFor();
    await lead.getByRole('button', { name: 'Wijzig A6' }).click();
    await lead.getByLabel('Tekst van A6 (Nederlands)').fill(NEW_A6);
    await lead.getByLabel('Tekst van A6 (Engels)').fill("Staff may not become 'friends' with or follow pupils on social media, also not after school hours.");
    await inspect(lead, 'protocol-versie-bewerken');
    await lead.getByRole('button', { name: 'A6 opslaan' }).click();
    await lead.getByText('ook niet na schooltijd.').first().waitFor();
    await lead.getByLabel('Hashtags en accounts').fill('desterren, nbsdesterren, basisschooldesterren, sterrenschool, sterrenkijkers');
    await lead.getByLabel('Andere schrijfwijzen').fill('nbs de Sterren, basisschool de Sterren, de Sterrenkijkers');
    await lead.getByRole('button', { name: 'Parameters opslaan' }).click();
    await lead.getByText('Parameters opgeslagen.').waitFor();
    await lead.getByText('Gewijzigd: artikel A6; andere schrijfwijzen, hashtags en accounts.').first().waitFor();
    await lead.getByText(/Pas als de \(G\)MR heeft ingestemd/).waitFor();
    expect(await lead.getByRole('button', { name: /vaststellen/ }).count()).toBe(0);

    // the MR member records the approval
    const { page: mr } = await w.as('mr', 360);
    await mr.goto('/protocol/versies/de-sterren-v2');
    await mr.getByRole('heading', { name: 'Besluit van de (G)MR vastleggen' }).waitFor();
    await mr.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await mr.locator('.sw-error-summary').getByText('Vul de datum van de vergadering in.').waitFor();
    await mr.getByLabel('Datum van de vergadering').fill('2026-11-24');
    await mr.getByLabel('Verwijzing naar de notulen').fill('Notulen MR 24 november 2026, punt 5');
    await inspect(mr, 'protocol-mr-besluit');
    await mr.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await mr.getByText('24 november 2026: ingestemd (Notulen MR 24 november 2026, punt 5)').waitFor();

    // the school leader publishes; parents and staff are asked to confirm
    await lead.reload();
    await lead.getByRole('button', { name: 'Versie 2 vaststellen' }).click();
    await lead.getByText(/Versie 2 geldt nu\. \d+ medewerkers en ouders zijn gevraagd/).waitFor();
    await lead.getByText('Geldt nu').first().waitFor();
    expect(await lead.getByRole('button', { name: 'Wijzig A6' }).count()).toBe(0);

    // the diff, word by word
    await lead.getByRole('link', { name: 'Verschil met de vorige versie' }).click();
    await lead.getByRole('heading', { name: 'Verschil tussen versies', level: 1 }).waitFor();
    await lead.locator('ins', { hasText: 'of elkaar te volgen met' }).first().waitFor();
    await lead.getByText(/Na te kijken: A6/).waitFor();
    await lead.locator('ins', { hasText: 'sterrenkijkers' }).first().waitFor();
    await inspect(lead, 'protocol-verschil');

    // a parent sees the banner, reads what changed and confirms
    const { page: parent } = await w.as('ouder', 360);
    await parent.getByText('Er is een nieuwe versie van het protocol sociale media (versie 2).').waitFor();
    await inspect(parent, 'protocol-banner-ouder');
    await parent.getByRole('link', { name: 'Lees en bevestig' }).click();
    await parent.getByRole('heading', { name: 'Protocol lezen en bevestigen', level: 1 }).waitFor();
    await parent.locator('ins', { hasText: 'of elkaar te volgen met' }).waitFor();
    await inspect(parent, 'protocol-bevestigen');
    await parent.getByRole('button', { name: 'Ik heb versie 2 gelezen' }).click();
    await parent.getByText(/Je hebt bevestigd dat je versie 2 hebt gelezen/).waitFor();
    await parent.goto('/');
    await parent.getByRole('heading', { name: 'Welkom bij Sterrenwacht' }).waitFor();
    expect(await parent.locator('.sw-ack-banner').count()).toBe(0);

    // who has not confirmed: per group for the school leader, totals for the MR
    await lead.goto('/protocol/bevestigingen');
    await lead.getByRole('heading', { name: 'Bevestigingen van het protocol', level: 1 }).waitFor();
    await lead.getByText(/1 van de 3 medewerkers en ouders/).waitFor();
    await lead.getByText(/Nog niet: Thomas Kok \(medewerker\)/).waitFor();
    await lead.getByRole('button', { name: 'Herinnering sturen' }).click();
    await lead.getByText(/0 herinneringen verstuurd; 2 niet, want die kregen minder dan 20 uur geleden al een bericht/).waitFor();
    await inspect(lead, 'protocol-bevestigingen');
    await mr.goto('/protocol/bevestigingen');
    await mr.getByText(/1 van de 3 medewerkers en ouders/).waitFor();
    await mr.getByText('De MR ziet alleen de totalen, niet wie wel of niet bevestigde.').waitFor();
    expect(await mr.getByText('Thomas Kok').count()).toBe(0);

    // rescan the demo archive under version 2 compared with version 1
    await lead.goto('/protocol/herscan');
    await lead.getByRole('heading', { name: 'Berichten herscannen', level: 1 }).waitFor();
    await lead.getByLabel('Vergelijken met').selectOption('de-sterren-v1');
    await lead.getByRole('button', { name: 'Herscannen' }).click();
    await lead.locator('.sw-error-summary').getByText('Kies het archief met berichten (.csv, .json of .jsonl).').waitFor();
    await lead.getByRole('button', { name: 'Probeer met het demo-archief (1.000 berichten)' }).click();
    await lead.locator('progress#voortgang-balk').waitFor();
    await lead.getByText('Klaar: 1.000 berichten.').waitFor({ timeout: 120_000 });
    expect(await lead.locator('progress#voortgang-balk').getAttribute('value')).toBe('100');
    await lead.getByRole('heading', { name: 'Rapport: versie 2, vergeleken met versie 1' }).waitFor();
    await inspect(lead, 'protocol-herscan');
    const a7 = lead.getByRole('region', { name: 'Artikel A7' });
    await a7.locator('summary', { hasText: /nieuw onder deze versie/ }).click();
    await a7.locator('.sw-badge', { hasText: 'nieuw' }).first().waitFor();
    const a2 = lead.getByRole('region', { name: 'Artikel A2' });
    await a2.locator('summary').click();
    await a2.locator('mark').first().waitFor();
    await inspect(lead, 'protocol-herscan-voorbeelden');
  });

  it('re-checks a saved draft under the version in force with one click (1280 px)', { timeout: 120_000 }, async () => {
    const { page } = await w.as('ouder', 1280);
    // a draft saved before: checked under version 1
    await page.evaluate(`(async () => {
      const s = await (await fetch('/api/v1/session')).json();
      await fetch('/api/v1/drafts', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken }, body: JSON.stringify({ request: { text: 'Ze zijn daar allemaal achterlijk #sterrenkijkers' } }) });
    })()`);
    const [row] = await w.store.db.select({ id: drafts.id, result: drafts.result }).from(drafts).orderBy(desc(drafts.id)).limit(1);
    const id = row!.id;
    await w.store.db.update(drafts).set({ result: { ...(row!.result as object), protocolVersion: 'de-sterren-v1', verdict: 'allowed' } }).where(eq(drafts.id, id));
    await page.goto('/protocol/concepten-opnieuw');
    await page.getByRole('heading', { name: 'Concepten opnieuw checken', level: 1 }).waitFor();
    await page.getByText(/gecheckt onder versie 1 \(een eerdere versie\)/).waitFor();
    await inspect(page, 'concepten-opnieuw');
    await page.getByRole('button', { name: `Concept ${id} opnieuw checken` }).click();
    await page.getByText(/Opnieuw gecheckt onder versie 2: Niet plaatsen \(was: Mag zo onder versie 1\)/).waitFor();
    await page.getByText(/gecheckt onder versie 2$/).waitFor();
  });
});
