/** Beheer › Mensen: search by name, filter by role and group, open a person; add a person. */
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { ApiError, http } from '../../api/client.js';
import type { Group, Person } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { AdminNav, PERSON_ROLE_NL } from '../../components/admin/AdminNav.js';
import { TextField } from '../../components/forms/TextField.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { SelectField, namedOptions, optionsOf } from '../../components/forms/SelectField.js';

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const PAGE = 50;

function AddPerson({ groups }: { groups: Group[] }) {
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState('pupil');
  const [groupId, setGroupId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const add = useMutation({
    mutationFn: () => http.post<{ id: string }>('/api/v1/people', { name: name.trim(), role, ...(groupId ? { groupId } : {}) }),
    onSuccess: () => {
      setName('');
      return qc.invalidateQueries({ queryKey: ['people'] });
    },
    onError: (e) => setErrors([{ field: e instanceof ApiError && e.path === 'name' ? 'nieuw-naam' : '', message: e instanceof ApiError ? e.message : 'Toevoegen lukte niet.' }]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!name.trim()) found.push({ field: 'nieuw-naam', message: 'Vul de naam in.' });
    if (role === 'pupil' && !groupId) found.push({ field: 'nieuw-groep', message: 'Kies de groep van de leerling.' });
    setErrors(found);
    if (!found.length) add.mutate();
  };
  return (
    <section aria-labelledby="toevoegen">
      <Heading2 id="toevoegen">Persoon toevoegen</Heading2>
      <ErrorSummary errors={errors} title="Toevoegen lukte niet" />
      <form className="sw-form sw-narrow" onSubmit={submit} noValidate>
        <TextField id="nieuw-naam" label="Naam" value={name} onChange={setName} error={errors.find((x) => x.field === 'nieuw-naam')?.message} autoComplete="off" />
        <SelectField id="nieuw-rol" label="Rol" value={role} onChange={setRole} options={optionsOf(PERSON_ROLE_NL)} />
        <SelectField id="nieuw-groep" label="Groep" value={groupId} onChange={setGroupId} options={namedOptions(groups)} empty="Geen groep" invalid={!!errors.find((x) => x.field === 'nieuw-groep')} />
        <Button type="submit" appearance="secondary-action-button" busy={add.isPending}>
          Toevoegen
        </Button>
        <div role="status">{add.isSuccess ? <Paragraph>Toegevoegd.</Paragraph> : null}</div>
      </form>
    </section>
  );
}

export default function AdminPeoplePage() {
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const [group, setGroup] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const people = useQuery({ queryKey: ['people', 'list', role, group], queryFn: () => http.get<{ people: Person[] }>('/api/v1/people', { role, group }) });
  const groups = useQuery({ queryKey: ['groups'], queryFn: () => http.get<{ groups: Group[] }>('/api/v1/groups') });
  const groupName = useMemo(() => new Map((groups.data?.groups ?? []).map((g) => [g.id, g.name])), [groups.data]);
  const found = useMemo(() => {
    const n = norm(q.trim());
    return (people.data?.people ?? []).filter((p) => !p.erasedAt && (!n || norm(p.name).includes(n))).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, [people.data, q]);
  return (
    <>
      <PageHeading>Mensen</PageHeading>
      <AdminNav />
      <div role="search" className="sw-filters" aria-label="Zoeken en filteren">
        <div className="sw-inline-field">
          <FormLabel htmlFor="zoek-naam">Zoek op naam</FormLabel>
          <Textbox id="zoek-naam" type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
        </div>
        <SelectField id="filter-rol" label="Rol" value={role} onChange={setRole} options={optionsOf(PERSON_ROLE_NL)} empty="Alle rollen" />
        <SelectField id="filter-groep" label="Groep" value={group} onChange={setGroup} options={namedOptions(groups.data?.groups ?? [])} empty="Alle groepen" />
      </div>
      <p role="status" aria-live="polite" className="sw-count">
        {people.data ? `${found.length} ${found.length === 1 ? 'persoon' : 'personen'} gevonden` : ''}
      </p>
      {people.isPending ? <Loading /> : null}
      <ErrorMessage error={people.error} />
      {found.length ? (
        <table className="sw-table">
          <caption className="sw-visually-hidden">Gevonden personen</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Rol</th>
              <th scope="col">Groep</th>
            </tr>
          </thead>
          <tbody>
            {found.slice(0, limit).map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`/beheer/mensen/${encodeURIComponent(p.id)}`}>{p.name}</Link>
                </th>
                <td>{PERSON_ROLE_NL[p.role] ?? p.role}</td>
                <td>{p.groupId ? (groupName.get(p.groupId) ?? p.groupId) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {found.length > limit ? (
        <Button appearance="secondary-action-button" onClick={() => setLimit((l) => l + PAGE)}>
          Toon meer ({found.length - limit} over)
        </Button>
      ) : null}
      <AddPerson groups={groups.data?.groups ?? []} />
    </>
  );
}
