/**
 * `sterrenwacht account add --email E --role R [--person ID | --name NAME] [--school ID]`:
 * create an account from the command line — above all the first account of a school
 * outside demo mode. With --name, the person is created too (staff for school
 * management and staff accounts, a parent for ouder, a pupil for leerling). The
 * password is the first line of standard input when it is piped; otherwise a random
 * one is made and printed once.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { asc } from 'drizzle-orm';
import type { Config } from '../config.js';
import { SterrenwachtError } from '../errors.js';
import { accountInputSchema, createAccount, personRoleFor } from '../auth/manage.js';
import { ROLES, type AppRole } from '../auth/policy.js';
import { createPerson } from '../registry/service.js';
import { openExistingStore } from './store.js';
import { schools } from '../store/schema.js';

async function firstLine(stdin: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<string | undefined> {
  if (stdin.isTTY) return undefined;
  const rl = createInterface({ input: stdin });
  for await (const line of rl) {
    rl.close();
    return line.trim() || undefined;
  }
  return undefined;
}

export async function runAccountAdd(args: string[], config: Config, stdin: NodeJS.ReadableStream & { isTTY?: boolean }, out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, role: { type: 'string' }, person: { type: 'string' }, name: { type: 'string' }, school: { type: 'string' } }, allowPositionals: false });
  const role = values.role as AppRole | undefined;
  if (!values.email || !role || !(ROLES as readonly string[]).includes(role)) {
    throw new SterrenwachtError('invalid_argument', `Gebruik: sterrenwacht account add --email E --role (${ROLES.join('|')}) [--person ID | --name NAAM] [--school ID]`, `Usage: sterrenwacht account add --email E --role (${ROLES.join('|')}) [--person ID | --name NAME] [--school ID]`);
  }
  if (values.person && values.name) throw new SterrenwachtError('invalid_argument', 'Geef --person of --name, niet allebei.', 'Give --person or --name, not both.');
  const password = await firstLine(stdin);
  const input = accountInputSchema.safeParse({ email: values.email, role, password });
  if (!input.success) {
    const issue = input.error.issues[0]!;
    throw new SterrenwachtError('invalid_argument', `Ongeldig: ${issue.path.join('.')}: ${issue.message}`, `Invalid: ${issue.path.join('.')}: ${issue.message}`, issue.path.join('.'));
  }
  const store = await openExistingStore(config);
  try {
    const all = await store.db.select({ id: schools.id }).from(schools).orderBy(asc(schools.id));
    const schoolId = values.school ?? (all.length === 1 ? all[0]!.id : undefined);
    if (!schoolId || !all.some((s) => s.id === schoolId)) {
      throw new SterrenwachtError('invalid_argument', `Kies de school met --school (${all.map((s) => s.id).join(', ') || 'er is nog geen school: start eerst de service'}).`, `Choose the school with --school (${all.map((s) => s.id).join(', ') || 'there is no school yet: start the service first'}).`);
    }
    const personId = values.name ? await createPerson(store.db, schoolId, 'cli', { name: values.name, role: personRoleFor(role) }) : values.person;
    const created = await createAccount(store.db, schoolId, 'cli', { ...input.data, ...(personId ? { personId } : {}) });
    out.write(`account ${created.id} aangemaakt voor ${input.data.email.toLowerCase()} (${role}, school ${schoolId}${personId ? `, persoon ${personId}` : ''}) / account created\n`);
    if (created.temporaryPassword) out.write(`tijdelijk wachtwoord / temporary password: ${created.temporaryPassword}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
