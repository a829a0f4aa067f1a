/**
 * Roster sync: a ParnasSys-style export imported twice (the second time with changes), the
 * preview naming every change, the token binding the apply to it, leavers marked as left with
 * their consent evidence kept, every bad row in one pass, the usual export formats.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testBackends } from '../store/testing.js';
import type { Store } from '../store/db.js';
import { accounts, auditLog, consentEvents, groups, guardianships, people, schools, sessions } from '../store/schema.js';
import { ensureSchool } from './school.js';
import { DE_STERREN } from '../protocol/school.js';
import { applyRoster, guardianId, previewRoster, type RosterPreview } from './roster.js';
import { groupKey, parseRoster } from './csv.js';
import { changeConsent, rosterForCheck } from '../consent/service.js';
import { verifyAudit } from '../audit/log.js';
import { login } from '../auth/accounts.js';
import { hashPassword } from '../auth/accounts.js';
import { SterrenwachtError } from '../errors.js';

const LINDE = { ...DE_STERREN, name: 'obs De Linde', shortName: 'De Linde', aliases: [], hashtags: ['delinde'] };
const actor = { accountId: 'acc-directie', personId: null };

/** ParnasSys: semicolons, a BOM, quoted fields, Dutch headers, two guardians, combination and named groups. */
const PARNASSYS_1 = '\uFEFF' + [
  'Leerlingnummer;Roepnaam;Voorvoegsel;Achternaam;Groep;Geboortedatum;E-mail verzorger 1;E-mail verzorger 2',
  '1001;Sanne;de;Vries;"Groep 1/2";12-03-2019;linda.devries@example.nl;mark.devries@example.nl',
  '1002;Daan;;Jansen;groep 1-2;01-05-2019;esther@example.nl;',
  '1003;Noor;van;Dijk;3;04-04-2017;"rob.vandijk@example.nl";',
  '1004;Milan;;"Bakker; jr.";3a;04-07-2017;fatma@example.nl;',
  '1005;Lotte;;Visser;Zonnestraal;02-02-2016;;',
].join('\r\n') + '\r\n';

describe.each(testBackends())('roster sync on $name', (backend) => {
  let store: Store;
  let schoolId: string;
  beforeAll(async () => {
    store = await backend.open();
    schoolId = (await ensureSchool(store.db, LINDE))!;
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  let first: RosterPreview;
  it('previews a first ParnasSys export: every pupil, guardian and group to add, nothing changed yet', async () => {
    first = await previewRoster(store.db, schoolId, actor, PARNASSYS_1);
    expect(first.added.filter((a) => a.role === 'pupil').map((a) => `${a.id} ${a.name} ${a.groupId}`)).toEqual([
      '1001 Sanne de Vries groep-1-2',
      '1002 Daan Jansen groep-1-2',
      '1003 Noor van Dijk groep-3',
      '1004 Milan Bakker; jr. groep-3a',
      '1005 Lotte Visser zonnestraal',
    ]);
    expect(first.groupsAdded).toEqual([
      { id: 'groep-1-2', name: 'Groep 1/2', year: 1 },
      { id: 'groep-3', name: 'Groep 3', year: 3 },
      { id: 'groep-3a', name: 'Groep 3a', year: 3 },
      { id: 'zonnestraal', name: 'Zonnestraal', year: 0 },
    ]);
    const parents = first.added.filter((a) => a.role === 'parent');
    expect(parents.map((p) => `${p.email} → ${p.children.join(',')}`).sort()).toEqual([
      'esther@example.nl → 1002',
      'fatma@example.nl → 1004',
      'linda.devries@example.nl → 1001',
      'mark.devries@example.nl → 1001',
      'rob.vandijk@example.nl → 1003',
    ]);
    expect(parents.find((p) => p.email === 'esther@example.nl')!.id).toBe(guardianId(schoolId, 'esther@example.nl'));
    expect(first.ignoredColumns).toEqual(['Geboortedatum']);
    expect(first.updated).toEqual([]);
    expect(first.left).toEqual([]);
    expect(await store.db.select().from(people).where(eq(people.schoolId, schoolId))).toEqual([]);
  });

  it('applies exactly the previewed change set, audited per person', async () => {
    const before = (await store.db.select().from(auditLog)).length;
    const applied = await applyRoster(store.db, schoolId, actor, PARNASSYS_1, first.token);
    expect(applied).toMatchObject({ added: 10, updated: 0, left: 0, groupsAdded: 4 });
    const rows = await store.db.select().from(people).where(eq(people.schoolId, schoolId));
    expect(rows).toHaveLength(10);
    const links = await store.db.select().from(guardianships).where(eq(guardianships.pupilId, '1001'));
    expect(links).toHaveLength(2);
    const audit = (await store.db.select().from(auditLog)).slice(before);
    expect(audit.filter((a) => a.action === 'person.create')).toHaveLength(10);
    expect(audit.at(-1)).toMatchObject({ action: 'roster.import', subject: schoolId });
    expect((await verifyAudit(store.db)).ok).toBe(true);
    // the same file again changes nothing
    const again = await previewRoster(store.db, schoolId, actor, PARNASSYS_1);
    expect(again).toMatchObject({ added: [], updated: [], left: [], unchanged: 10, groupsAdded: [] });
  });

  it('previews the second export with changes: a new pupil, a changed name and group, a new guardian, a leaver', async () => {
    // Lotte gave consent for photos on social media while at school; her parent-less row leaves
    await changeConsent(store.db, '1005', { personId: '1005', medium: 'photo', channel: 'social', granted: true });
    const pw = await hashPassword('een-lang-wachtwoord');
    const esther = guardianId(schoolId, 'esther@example.nl');
    await store.db.insert(accounts).values({ id: 'acc-esther', schoolId, personId: esther, email: 'esther@example.nl', role: 'ouder', passwordHash: pw });
    expect((await login(store.db, 'esther@example.nl', 'een-lang-wachtwoord')).ok).toBe(true);
    const second = [
      'Leerlingnummer;Roepnaam;Voorvoegsel;Achternaam;Groep;E-mail verzorger 1;E-mail verzorger 2',
      '1001;Sanne;de;Vries;Groep 1/2;linda.devries@example.nl;',
      '1003;Noor;van;Dijk-Smit;4;rob.vandijk@example.nl;',
      '1004;Milan;;Bakker;3a;fatma@example.nl;kees@example.nl',
      '1006;Sem;;Meijer;Zonnestraal;samira@example.nl;',
    ].join('\n');
    const p = await previewRoster(store.db, schoolId, actor, second);
    expect(p.added.map((a) => a.id).sort()).toEqual(['1006', guardianId(schoolId, 'samira@example.nl'), guardianId(schoolId, 'kees@example.nl')].sort());
    expect(p.groupsAdded).toEqual([{ id: 'groep-4', name: 'Groep 4', year: 4 }]);
    const upd = Object.fromEntries(p.updated.map((u) => [u.id, u.changes]));
    expect(upd['1003']).toEqual({ name: { from: 'Noor van Dijk', to: 'Noor van Dijk-Smit' }, groupId: { from: 'groep-3', to: 'groep-4' } });
    expect(upd['1004']).toEqual({ name: { from: 'Milan Bakker; jr.', to: 'Milan Bakker' } });
    expect(p.left.map((l) => l.id).sort()).toEqual(['1002', '1005', esther, guardianId(schoolId, 'mark.devries@example.nl')].sort());
    expect(p.unchanged).toBe(4);

    // a stale token or a changed file is refused, and nothing changes
    await expect(applyRoster(store.db, schoolId, actor, second, first.token)).rejects.toMatchObject({ code: 'conflict' });
    await expect(applyRoster(store.db, schoolId, actor, second + '\n1007;Finn;;Bos;5;;', p.token)).rejects.toMatchObject({ code: 'conflict' });
    expect((await store.db.select().from(people).where(eq(people.id, '1003')))[0]!.name).toBe('Noor van Dijk');

    const applied = await applyRoster(store.db, schoolId, actor, second, p.token);
    expect(applied).toMatchObject({ added: 3, updated: 2, left: 4, groupsAdded: 1 });
    const lotte = (await store.db.select().from(people).where(eq(people.id, '1005')))[0]!;
    expect(lotte.leftAt).toBeInstanceOf(Date);
    expect(lotte.name).toBe('Lotte Visser'); // kept, not erased
    expect(await store.db.select().from(consentEvents).where(eq(consentEvents.personId, '1005'))).toHaveLength(1); // evidence kept
    const roster = await rosterForCheck(store.db, schoolId);
    // no consent at all for the check (a per-channel roster leaves it out), whatever was given while at school
    expect(roster.find((r) => r.id === '1005')!.consent).toBeUndefined();
    expect(roster.find((r) => r.id === '1005')).toBeDefined();
    // a parent who left can no longer log in, and their sessions ended
    expect(await store.db.select().from(sessions).where(eq(sessions.accountId, 'acc-esther'))).toEqual([]);
    expect((await login(store.db, 'esther@example.nl', 'een-lang-wachtwoord')).ok).toBe(false);
    // a guardian who left keeps the link (who consented for whom is evidence), but can no longer log in
    expect((await store.db.select().from(guardianships).where(eq(guardianships.pupilId, '1001'))).map((g) => g.parentId).sort()).toEqual([guardianId(schoolId, 'linda.devries@example.nl'), guardianId(schoolId, 'mark.devries@example.nl')].sort());
    expect((await store.db.select().from(people).where(eq(people.id, guardianId(schoolId, 'mark.devries@example.nl'))))[0]!.leftAt).toBeInstanceOf(Date);
    expect((await verifyAudit(store.db)).ok).toBe(true);

    // one who comes back is shown as back, not new
    const back = await previewRoster(store.db, schoolId, actor, second + '\n1005;Lotte;;Visser;Zonnestraal;;');
    expect(back.updated.find((u) => u.id === '1005')!.changes.left).toMatchObject({ to: null });
    // merge mode adds and changes, and marks nobody as left
    const merge = await previewRoster(store.db, schoolId, actor, 'Leerlingnummer;Roepnaam;Achternaam;Groep\n1008;Ayoub;El Amrani;5', 'merge');
    expect(merge).toMatchObject({ left: [], added: [expect.objectContaining({ id: '1008' })] });
  });

  it('reports every bad row in one pass, with its line number, and applies nothing', async () => {
    const bad = [
      'Leerlingnummer;Roepnaam;Achternaam;Groep;E-mail verzorger 1;Jaargroep',
      '2001;Ada;Lovelace;5;ada@example.nl;5',
      ';Zonder;Nummer;5;;',
      '2003;"Naam met',
      'regelafbreking";Test;5;geen-mail;',
      '2004;;;6;;',
      '2001;Dubbel;Id;5;;',
      '2006;Jaar;Fout;7;;negen',
    ].join('\n');
    const err = await previewRoster(store.db, schoolId, actor, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SterrenwachtError);
    const details = (err as SterrenwachtError).details as { line: number; column: string }[];
    expect(details.map((d) => `${d.line}:${d.column}`)).toEqual(['3:id', '4:e-mail verzorger 1', '6:naam', '7:id', '8:jaargroep']);
    expect(await store.db.select().from(people).where(eq(people.id, '2001'))).toEqual([]);
    // an id is required: a file without an id column is refused as a whole
    await expect(previewRoster(store.db, schoolId, actor, 'Roepnaam;Achternaam\nAda;Lovelace')).rejects.toMatchObject({ details: [expect.objectContaining({ line: 1, column: 'id' })] });
    // an id of another school's person is refused, without saying whose it is
    const other = 'de-eik';
    await store.db.insert(schools).values({ id: other, name: 'De Eik', profile: { ...DE_STERREN, name: 'De Eik', shortName: 'De Eik', aliases: [], hashtags: [] } });
    await expect(previewRoster(store.db, other, actor, 'Leerlingnummer;Naam\n1001;Iemand')).rejects.toMatchObject({ details: [expect.objectContaining({ column: 'id', reasonEn: expect.stringMatching(/already in use/) })] });
    const eikGroups = await store.db.select().from(groups).where(eq(groups.schoolId, other));
    expect(eikGroups).toEqual([]);
  });
});

describe('export formats', () => {
  it('reads ESIS (comma), Magister (tab, Stamnr, Tussenv, Stamgroep) and Somtoday (E-mailadres ouder/verzorger) exports', () => {
    const esis = parseRoster('Leerlingnummer,Roepnaam,Tussenvoegsel,Achternaam,Groep,Email ouder 1,Email ouder 2\n7,Bram,,Bos,"groep 1, 2",a@x.nl,b@x.nl\n');
    expect(esis.delimiter).toBe(',');
    expect(esis.rows[0]).toMatchObject({ id: '7', name: 'Bram Bos', group: 'groep 1, 2', guardians: [{ email: 'a@x.nl' }, { email: 'b@x.nl' }] });
    const magister = parseRoster('Stamnr\tRoepnaam\tTussenv\tAchternaam\tStamgroep\tE-mail verzorger 1\n123\tFleur\tvan der\tBerg\t8B\tc@x.nl\n');
    expect(magister.delimiter).toBe('\t');
    expect(magister.rows[0]).toMatchObject({ id: '123', name: 'Fleur van der Berg', group: '8B', guardians: [{ email: 'c@x.nl' }] });
    const somtoday = parseRoster('Leerlingnummer;Roepnaam;Voorvoegsels;Achternaam;Lesgroep;Stamgroep;E-mailadres ouder/verzorger 1;Roepnaam ouder/verzorger 1;Achternaam ouder/verzorger 1\n55;Yara;;Dekker;x;6;d@x.nl;Nadia;Dekker\n');
    expect(somtoday.rows[0]).toMatchObject({ id: '55', name: 'Yara Dekker', group: '6', guardians: [{ email: 'd@x.nl', name: 'Nadia Dekker' }] });
    expect(somtoday.columns.filter((c) => !c.field).map((c) => c.header)).toEqual(['Lesgroep']);
    const staff = parseRoster('id;naam;rol;e-mail;leidinggevende\nm1;Petra Smit;medewerker;petra@school.nl;\nm2;Thomas Kok;leerkracht;THOMAS@school.nl;m1\n');
    expect(staff.rows.map((r) => `${r.role} ${r.email} ${r.manager}`)).toEqual(['staff petra@school.nl null', 'staff thomas@school.nl m1']);
  });

  it('names combination and named groups', () => {
    expect(['1/2', 'groep 1-2', 'Groep 1/2', 'gr. 1 en 2', '1 & 2'].map((g) => groupKey(g).id)).toEqual(Array(5).fill('groep-1-2'));
    expect(['5', 'groep 5', 'Groep-5', 'GROEP 5'].map((g) => groupKey(g).id)).toEqual(Array(4).fill('groep-5'));
    expect(groupKey('3a')).toEqual({ id: 'groep-3a', name: 'Groep 3a', year: 3 });
    expect(groupKey('Groep 3 A').id).toBe('groep-3a');
    expect(groupKey('Zonnestraal')).toEqual({ id: 'zonnestraal', name: 'Zonnestraal', year: null });
    expect(groupKey('Bovenbouw 7/8').id).toBe('bovenbouw-7-8');
  });
});
