/** Beheer › Groepen: the school's groups with their number of pupils; add, rename, remove an empty group. */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { Group, Person } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { AdminNav } from '../../components/admin/AdminNav.js';
import { TextField } from '../../components/forms/TextField.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { SelectField } from '../../components/forms/SelectField.js';

const YEARS = [1, 2, 3, 4, 5, 6, 7, 8].map((y) => ({ value: String(y), label: String(y) }));

function GroupRow({ group, pupils }: { group: Group; pupils: number }) {
  const qc = useQueryClient();
  const [name, setName] = useState(group.name);
  const rename = useMutation({ mutationFn: () => http.patch(`/api/v1/groups/${group.id}`, { name: name.trim() }), onSuccess: () => qc.invalidateQueries({ queryKey: ['groups'] }) });
  const remove = useMutation({ mutationFn: () => http.del(`/api/v1/groups/${group.id}`), onSuccess: () => qc.invalidateQueries({ queryKey: ['groups'] }) });
  return (
    <li className="sw-card">
      <form
        className="sw-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== group.name) rename.mutate();
        }}
      >
        <TextField id={`groep-${group.id}`} label={`Naam van ${group.name} (jaar ${group.year}, ${pupils} ${pupils === 1 ? 'leerling' : 'leerlingen'})`} value={name} onChange={setName} error={name.trim() ? undefined : 'Vul een naam in.'} />
        <div className="sw-actions">
          <Button type="submit" appearance="secondary-action-button" busy={rename.isPending}>
            Naam opslaan
          </Button>
          {pupils === 0 ? (
            <Button appearance="subtle-button" hint="danger" onClick={() => window.confirm(`${group.name} verwijderen?`) && remove.mutate()}>
              Verwijder {group.name}
            </Button>
          ) : null}
        </div>
        <ErrorMessage error={rename.error ?? remove.error} />
      </form>
    </li>
  );
}

export default function AdminGroupsPage() {
  const qc = useQueryClient();
  const groups = useQuery({ queryKey: ['groups'], queryFn: () => http.get<{ groups: Group[] }>('/api/v1/groups') });
  const pupils = useQuery({ queryKey: ['people', 'list', 'pupil', ''], queryFn: () => http.get<{ people: Person[] }>('/api/v1/people', { role: 'pupil' }) });
  const [name, setName] = useState('');
  const [year, setYear] = useState('1');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const add = useMutation({
    mutationFn: () => http.post('/api/v1/groups', { name: name.trim(), year: Number(year) }),
    onSuccess: () => {
      setName('');
      return qc.invalidateQueries({ queryKey: ['groups'] });
    },
  });
  const count = (id: string) => (pupils.data?.people ?? []).filter((p) => p.groupId === id && !p.erasedAt).length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = name.trim() ? [] : [{ field: 'nieuwe-groep', message: 'Vul de naam van de groep in, bijvoorbeeld “Groep 4b”.' }];
    setErrors(found);
    if (!found.length) add.mutate();
  };
  return (
    <>
      <PageHeading>Groepen</PageHeading>
      <AdminNav />
      {groups.isPending ? <Loading /> : null}
      <ErrorMessage error={groups.error} />
      <ul className="sw-cards">
        {groups.data?.groups.map((g) => <GroupRow key={g.id} group={g} pupils={count(g.id)} />)}
      </ul>
      <section aria-labelledby="groep-toevoegen">
        <Heading2 id="groep-toevoegen">Groep toevoegen</Heading2>
        <ErrorSummary errors={errors} title="Toevoegen lukte niet" />
        <form className="sw-form sw-narrow" noValidate onSubmit={submit}>
          <TextField id="nieuwe-groep" label="Naam" value={name} onChange={setName} error={errors[0]?.message} />
          <SelectField id="jaar" label="Leerjaar" value={year} onChange={setYear} options={YEARS} />
          <Button type="submit" appearance="secondary-action-button" busy={add.isPending}>
            Toevoegen
          </Button>
          <ErrorMessage error={add.error} />
          <div role="status">{add.isSuccess ? <Paragraph>Groep toegevoegd.</Paragraph> : null}</div>
        </form>
      </section>
    </>
  );
}
