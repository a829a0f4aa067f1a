/**
 * Beheer › Accounts: who can log in and with which role; make an account for a person
 * (found by name) with a temporary password shown once (changed at the first login), or
 * remove one.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { ApiError, http } from '../../api/client.js';
import { ROLE_NAMES, useSession } from '../../api/session.js';
import type { AccountRow, Person, Role } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { AdminNav } from '../../components/admin/AdminNav.js';
import { TextField } from '../../components/forms/TextField.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { SelectField, namedOptions } from '../../components/forms/SelectField.js';

const PERSON_KIND: Record<Role, string | null> = { schoolleiding: 'staff', medewerker: 'staff', ouder: 'parent', leerling: 'pupil', mr: null, bestuur: null };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export default function AdminAccountsPage() {
  const qc = useQueryClient();
  const { session } = useSession();
  const accounts = useQuery({ queryKey: ['accounts'], queryFn: () => http.get<{ accounts: AccountRow[] }>('/api/v1/accounts') });
  const people = useQuery({ queryKey: ['people', 'all'], queryFn: () => http.get<{ people: Person[] }>('/api/v1/people'), staleTime: 5 * 60_000 });
  const nameOf = useMemo(() => new Map((people.data?.people ?? []).map((p) => [p.id, p.name])), [people.data]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('ouder');
  const [personId, setPersonId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [created, setCreated] = useState<{ email: string; password?: string } | null>(null);
  const candidates = (people.data?.people ?? []).filter((p) => !p.erasedAt && (PERSON_KIND[role] ? p.role === PERSON_KIND[role] : true)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const add = useMutation({
    mutationFn: () => http.post<{ id: string; temporaryPassword?: string }>('/api/v1/accounts', { email: email.trim(), role, ...(personId ? { personId } : {}) }),
    onSuccess: (r) => {
      setCreated({ email: email.trim(), ...(r.temporaryPassword ? { password: r.temporaryPassword } : {}) });
      setEmail('');
      setPersonId('');
      return qc.invalidateQueries({ queryKey: ['accounts'] });
    },
    onError: (e) => setErrors([{ field: e instanceof ApiError && e.path === 'email' ? 'account-email' : e instanceof ApiError && e.path === 'personId' ? 'account-persoon' : '', message: e instanceof ApiError ? e.message : 'Het account kon niet worden gemaakt.' }]),
  });
  const remove = useMutation({ mutationFn: (id: string) => http.del(`/api/v1/accounts/${id}`), onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!EMAIL.test(email.trim())) found.push({ field: 'account-email', message: 'Vul een geldig e-mailadres in.' });
    if (PERSON_KIND[role] && !personId) found.push({ field: 'account-persoon', message: 'Kies bij wie dit account hoort.' });
    setErrors(found);
    setCreated(null);
    if (!found.length) add.mutate();
  };
  return (
    <>
      <PageHeading>Accounts</PageHeading>
      <AdminNav />
      {accounts.isPending ? <Loading /> : null}
      <ErrorMessage error={accounts.error ?? remove.error} />
      {accounts.data ? (
        <table className="sw-table">
          <caption className="sw-visually-hidden">Accounts van de school</caption>
          <thead>
            <tr>
              <th scope="col">E-mailadres</th>
              <th scope="col">Rol en persoon</th>
              <th scope="col">
                <span className="sw-visually-hidden">Acties</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.data.accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.email}</th>
                <td>
                  {ROLE_NAMES[a.role as Role] ?? a.role}
                  {a.personId ? ` — ${nameOf.get(a.personId) ?? a.personId}` : ''}
                  {a.locked ? ' (inloggen wordt vertraagd na veel foute pogingen)' : a.recentFailures >= 5 ? ` (${a.recentFailures} foute pogingen in het afgelopen uur)` : ''}
                </td>
                <td>
                  {a.id !== session?.account.id ? (
                    <Button appearance="subtle-button" hint="danger" onClick={() => window.confirm(`Het account ${a.email} verwijderen? Die persoon kan dan niet meer inloggen.`) && remove.mutate(a.id)}>
                      Verwijder <span className="sw-visually-hidden">{a.email}</span>
                    </Button>
                  ) : (
                    'jij'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <section aria-labelledby="account-maken">
        <Heading2 id="account-maken">Account maken</Heading2>
        <ErrorSummary errors={errors} title="Het account kon niet worden gemaakt" />
        {created ? (
          <Alert type="ok" role="status">
            <Paragraph>Account gemaakt voor {created.email}.</Paragraph>
            {created.password ? (
              <Paragraph>
                Tijdelijk wachtwoord (alleen nu zichtbaar): <code className="sw-secret">{created.password}</code>. Geef het veilig door; bij de eerste keer inloggen kiest de persoon een eigen wachtwoord.
              </Paragraph>
            ) : null}
          </Alert>
        ) : null}
        <form className="sw-form sw-narrow" noValidate onSubmit={submit}>
          <TextField id="account-email" label="E-mailadres" type="email" value={email} onChange={setEmail} autoComplete="off" error={errors.find((x) => x.field === 'account-email')?.message} />
          <div className="sw-inline-field">
            <FormLabel htmlFor="account-rol">Rol</FormLabel>
            <Select
              id="account-rol"
              value={role}
              onChange={(e) => {
                setRole(e.target.value as Role);
                setPersonId('');
              }}
            >
              {(Object.keys(ROLE_NAMES) as Role[]).map((r) => (
                <SelectOption key={r} value={r}>
                  {ROLE_NAMES[r]}
                </SelectOption>
              ))}
            </Select>
          </div>
          <SelectField
            id="account-persoon"
            label="Persoon"
            value={personId}
            onChange={setPersonId}
            options={namedOptions(candidates)}
            empty={PERSON_KIND[role] ? 'Kies een persoon' : 'Geen (niet verplicht)'}
            invalid={!!errors.find((x) => x.field === 'account-persoon')}
          />
          <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
            Account maken
          </Button>
        </form>
      </section>
    </>
  );
}
