/**
 * The procedures in the browser, as their users would: a teacher asks advice on a draft
 * from the check page and sees the answer; the leidinggevende answers; a parent reports a
 * post; the school leader opens a case, records a hearing, decides a warning, downloads the
 * letter and sees it in the dossier; the bestuur qualifies a staff case (S2) and gets the
 * phone task; the MR member sees the register with its chart. axe, reflow and screenshots
 * on every page (inspect).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDTHS, inspect, login, useWeb } from './harness.js';
import { registerEvents } from '../../store/schema.js';
import { DEMO_SCHOOL_ID } from '../../demo/seed.js';

describe('procedures in the web app', () => {
  const w = useWeb();

  it('a teacher asks advice from the check page; the leidinggevende answers; the teacher sees it and takes the text to the check', async () => {
    const { page } = await w.as('medewerker');
    await page.goto('/check');
    await page.getByLabel('Je bericht').fill('Morgen gaan we met groep 3 naar de kinderboerderij, ik weet niet of ik de namen mag noemen.');
    await page.getByRole('button', { name: 'Vraag advies aan je leidinggevende' }).click();
    await page.getByLabel('Je vraag').fill('Mag ik dit zo op Facebook zetten?');
    await page.getByRole('button', { name: 'Verstuur je vraag' }).click();
    await page.getByText('Je vraag is verstuurd').waitFor();
    await inspect(page, 'overleg-gevraagd');
    await page.getByRole('link', { name: 'Bekijk de status van je vraag' }).click();
    await page.getByRole('heading', { name: 'Overleg over een bericht', level: 1 }).waitFor();
    await page.getByText('Wacht op antwoord').first().waitFor();
    const url = page.url();

    const leader = await w.as('schoolleiding');
    // the home page says a colleague waits for an answer, and leads there
    await leader.page.getByRole('heading', { name: 'Wacht op jou' }).waitFor();
    await leader.page.getByText(/wacht(en)? op je antwoord over een bericht/).waitFor();
    await inspect(leader.page, 'home-wacht-op-jou');
    await leader.page.getByRole('link', { name: 'Naar overleg' }).click();
    await leader.page.getByRole('heading', { name: 'Te beantwoorden' }).waitFor();
    await inspect(leader.page, 'overleg-lijst');
    await leader.page.getByRole('link', { name: 'Mag ik dit zo op Facebook zetten?' }).first().click();
    await leader.page.getByRole('heading', { name: 'Jouw advies' }).waitFor();
    // submitting empty shows the error summary
    await leader.page.getByRole('button', { name: 'Verstuur je advies' }).click();
    await leader.page.getByText('Kies je advies: plaatsen, aanpassen of niet plaatsen.').first().waitFor();
    await leader.page.getByLabel('Aanpassen').check();
    await leader.page.getByLabel('Voorgestelde tekst').fill('Morgen gaan we met groep 3 naar de kinderboerderij!');
    await leader.page.getByLabel('Toelichting').fill('Noem geen namen van kinderen.');
    await inspect(leader.page, 'overleg-beantwoorden');
    await leader.page.getByRole('button', { name: 'Verstuur je advies' }).click();
    await leader.page.getByRole('heading', { name: 'Advies: Aanpassen' }).waitFor();

    await page.goto(url);
    await page.getByRole('heading', { name: 'Advies: Aanpassen' }).waitFor();
    await page.getByText('Noem geen namen van kinderen.').waitFor();
    await inspect(page, 'overleg-antwoord');
    await page.getByRole('button', { name: 'Open de voorgestelde tekst in de check' }).click();
    await page.getByRole('heading', { name: 'Check je bericht', level: 1 }).waitFor();
    expect(await page.getByLabel('Je bericht').inputValue()).toBe('Morgen gaan we met groep 3 naar de kinderboerderij!');
  });

  it('a parent reports a post; the school leader opens a case, hears, decides a warning, downloads the letter, sees the dossier', async () => {
    const { page } = await w.as('ouder');
    await page.goto('/melden');
    await page.getByRole('heading', { name: 'Een bericht melden', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Verstuur je melding' }).click();
    await page.getByText('Geef de link, de tekst of een schermafbeelding van het bericht.').first().waitFor();
    await page.getByLabel('Link naar het bericht').fill('https://social.example/p/42');
    await page.getByLabel('Tekst van het bericht').fill('Die meester is een klootzak, iedereen moet weten waar hij woont');
    await page.getByLabel('Wie plaatste het? (niet verplicht)').fill('een ouder uit groep 5');
    await page.getByLabel('Wat gebeurde er?').fill('Dit stond onder de foto van de schoolreis in de Facebookgroep van groep 5.');
    await page.getByLabel('Schermafbeelding (niet verplicht)').setInputFiles({ name: 'bericht.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64') });
    await inspect(page, 'melden');
    await page.getByRole('button', { name: 'Verstuur je melding' }).click();
    await page.getByRole('heading', { name: 'Je melding is ontvangen', level: 1 }).waitFor();
    await inspect(page, 'melding-ontvangen');
    await page.getByRole('link', { name: 'Mijn meldingen' }).click();
    await page.getByText('Gemeld', { exact: true }).first().waitFor();

    const { page: lead } = await w.as('schoolleiding');
    await lead.goto('/meldingen');
    await lead.getByRole('link', { name: /Dit stond onder de foto/ }).first().click();
    await lead.getByRole('heading', { name: 'Maak er een zaak van' }).waitFor();
    await lead.getByRole('img', { name: /Schermafbeelding 1/ }).waitFor();
    await inspect(lead, 'melding-behandelen');
    await lead.getByLabel('Over wie gaat de zaak?').selectOption('ouder-5');
    await lead.getByRole('button', { name: 'Open de zaak' }).click();
    await lead.getByRole('heading', { name: /Zaak SW-/, level: 1 }).waitFor();
    await lead.getByLabel('Aanwezig').fill('de ouder, de directeur');
    await lead.getByLabel('Zienswijze van de betrokkene').fill('Ik was boos; het bericht is weg.');
    await lead.getByRole('button', { name: 'Leg het gesprek vast' }).click();
    await lead.getByText('Het gesprek is vastgelegd in het dossier.').waitFor();
    await lead.getByLabel('Maatregel').selectOption('waarschuwing');
    await lead.getByLabel('Motivering van het besluit').fill('U heeft een leerkracht online uitgescholden en bedreigd; dat is in strijd met het protocol.');
    await lead.getByRole('button', { name: 'Neem het besluit en maak de brief' }).click();
    const link = lead.getByRole('link', { name: /Download brief SW-.*\/1 \(PDF\)/ });
    await link.waitFor();
    await inspect(lead, 'zaak-besluit');
    const [download] = await Promise.all([lead.waitForEvent('download'), link.click()]);
    const file = await download.path();
    expect(readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-');
    await lead.getByRole('link', { name: 'Leerlingendossier' }).first().click();
    await lead.getByRole('heading', { name: /Leerlingendossier van/, level: 1 }).waitFor();
    await lead.getByText('Besluit: schriftelijke waarschuwing').waitFor();
    await lead.getByText('Hoor en wederhoor').first().waitFor();
    await inspect(lead, 'dossier');
    // the parent still sees the status only
    await page.goto('/meldingen/mijn');
    await page.getByText('In behandeling', { exact: true }).first().waitFor();
  });

  it('the bestuur qualifies a staff case as grensoverschrijdend and gets the phone task (S2)', async () => {
    const { page: lead, context } = await w.as('schoolleiding');
    const csrf = ((await (await context.request.get('/api/v1/session')).json()) as { csrfToken: string }).csrfToken;
    const made = await context.request.post('/api/v1/cases', { data: { subjectId: 'medewerker-6', summary: 'Medewerker plaatste privéberichten van een leerling.' }, headers: { 'x-csrf-token': csrf } });
    expect(made.status()).toBe(201);
    const { id } = (await made.json()) as { id: number };
    await lead.goto('/zaken');
    await lead.getByRole('table').waitFor();
    await inspect(lead, 'zaken');

    const board = await w.open();
    await login(board.page, 'bestuur@stichting-demo.example');
    await board.page.goto(`/zaken/${id}`);
    await board.page.getByRole('heading', { name: /Zaak SW-/, level: 1 }).waitFor();
    await board.page.getByLabel('Oordeel', { exact: true }).selectOption('s2');
    await board.page.getByLabel('Motivering van het oordeel').fill('Privéberichten van een leerling openbaar gemaakt.');
    await board.page.getByRole('button', { name: 'Leg het oordeel vast' }).click();
    await board.page.getByRole('heading', { name: 'Bel de Landelijke Vertrouwensinspecteur: 0900-1113111' }).waitFor();
    await board.page.getByText(/Nu bereikbaar|Bel vanaf/).first().waitFor();
    await inspect(board.page, 'zaak-s2-taak');
    await board.page.getByLabel('Kenmerk van de melding').fill('LVI-2026-17');
    await board.page.getByLabel('Samenvatting van het gesprek').fill('Gemeld; de inspecteur neemt contact op met het bestuur.');
    await board.page.getByRole('button', { name: 'Leg het telefoongesprek vast' }).click();
    await board.page.getByRole('heading', { name: 'Gebeld met de Landelijke Vertrouwensinspecteur' }).waitFor();
  });

  it.each(WIDTHS.map((x) => [x]))('the MR member sees the register with its chart at %i px', async (width) => {
    // five more warnings this school year, so one bar is above the suppression threshold
    const now = new Date();
    const month = now.toISOString().slice(0, 7);
    await w.store.db.insert(registerEvents).values(Array.from({ length: 5 }, () => ({ schoolId: DEMO_SCHOOL_ID, month, subjectKind: 'pupil', measure: 'waarschuwing', articles: ['A4'] })));
    const { page } = await w.as('mr', width);
    await page.goto('/register');
    await page.getByRole('heading', { name: 'Register voor de (G)MR', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Besluiten per maatregel' }).waitFor();
    await page.getByRole('img', { name: /Staafdiagram van besluiten per maatregel/ }).waitFor();
    // the chart library is loaded by this page only
    expect(await page.evaluate('document.querySelector("canvas").width > 0')).toBe(true);
    await page.getByRole('link', { name: 'Download als PDF' }).waitFor();
    await inspect(page, 'register');
  });
});
