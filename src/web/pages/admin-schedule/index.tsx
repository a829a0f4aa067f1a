/**
 * Beheer › Rooster en lestoestemming: the weekly lessons per group (the check reads A1 from
 * them), add or remove a lesson; lesson permissions for social media, give and withdraw.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { Group, Lesson, LessonPermission, Person } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { AdminNav } from '../../components/admin/AdminNav.js';
import { TextField } from '../../components/forms/TextField.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { formatDate } from '../../components/consent/labels.js';
import { SelectField, namedOptions } from '../../components/forms/SelectField.js';

const DAYS = ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export default function AdminSchedulePage() {
  const qc = useQueryClient();
  const groups = useQuery({ queryKey: ['groups'], queryFn: () => http.get<{ groups: Group[] }>('/api/v1/groups') });
  const staff = useQuery({ queryKey: ['people', 'list', 'staff', ''], queryFn: () => http.get<{ people: Person[] }>('/api/v1/people', { role: 'staff' }) });
  const [groupId, setGroupId] = useState('');
  const g = groupId || groups.data?.groups[0]?.id || '';
  const lessons = useQuery({ queryKey: ['lessons', g], queryFn: () => http.get<{ lessons: Lesson[] }>('/api/v1/lessons', { group: g }), enabled: !!g });
  const permissions = useQuery({ queryKey: ['lesson-permissions', g], queryFn: () => http.get<{ permissions: LessonPermission[] }>('/api/v1/lesson-permissions', { group: g }), enabled: !!g });
  const teacherName = useMemo(() => new Map((staff.data?.people ?? []).map((p) => [p.id, p.name])), [staff.data]);
  const [weekday, setWeekday] = useState('1');
  const [startsAt, setStartsAt] = useState('08:30');
  const [endsAt, setEndsAt] = useState('14:30');
  const [teacherId, setTeacherId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const invalidate = () => Promise.all([qc.invalidateQueries({ queryKey: ['lessons'] }), qc.invalidateQueries({ queryKey: ['lesson-permissions'] })]);
  const add = useMutation({ mutationFn: () => http.post('/api/v1/lessons', { groupId: g, weekday: Number(weekday), startsAt, endsAt, ...(teacherId ? { teacherId } : {}) }), onSuccess: invalidate });
  const remove = useMutation({ mutationFn: (id: number) => http.del(`/api/v1/lessons/${id}`), onSuccess: invalidate });
  const withdraw = useMutation({ mutationFn: (id: number) => http.del(`/api/v1/lesson-permissions/${id}`), onSuccess: invalidate });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!TIME.test(startsAt)) found.push({ field: 'begin', message: 'Vul de begintijd in als uu:mm, bijvoorbeeld 08:30.' });
    if (!TIME.test(endsAt)) found.push({ field: 'eind', message: 'Vul de eindtijd in als uu:mm, bijvoorbeeld 14:30.' });
    else if (TIME.test(startsAt) && endsAt <= startsAt) found.push({ field: 'eind', message: 'De les moet eindigen na de begintijd.' });
    setErrors(found);
    if (!found.length) add.mutate();
  };
  const sorted = [...(lessons.data?.lessons ?? [])].sort((a, b) => a.weekday - b.weekday || a.startsAt.localeCompare(b.startsAt));
  const now = new Date();
  return (
    <>
      <PageHeading>Rooster en lestoestemming</PageHeading>
      <AdminNav />
      <Paragraph>De check leest uit het rooster of iemand een bericht tijdens de les plaatst (artikel A1). Toestemming voor sociale media in een les geeft de schoolleiding of de leerkracht.</Paragraph>
      <div className="sw-inline-field sw-narrow">
        <FormLabel htmlFor="rooster-groep">Groep</FormLabel>
        <Select id="rooster-groep" value={g} onChange={(e) => setGroupId(e.target.value)}>
          {(groups.data?.groups ?? []).map((x) => (
            <SelectOption key={x.id} value={x.id}>
              {x.name}
            </SelectOption>
          ))}
        </Select>
      </div>
      {lessons.isPending ? <Loading /> : null}
      <ErrorMessage error={lessons.error ?? remove.error} />
      <section aria-labelledby="lessen">
        <Heading2 id="lessen">Lessen per week</Heading2>
        {sorted.length ? (
          <ul className="sw-list sw-lessons">
            {sorted.map((l) => (
              <li key={l.id}>
                <span>
                  {DAYS[l.weekday]} {l.startsAt.slice(0, 5)}–{l.endsAt.slice(0, 5)}
                  {l.teacherId ? `, ${teacherName.get(l.teacherId) ?? l.teacherId}` : ''}
                </span>{' '}
                <Button appearance="subtle-button" onClick={() => remove.mutate(l.id)}>
                  Verwijder <span className="sw-visually-hidden">de les op {DAYS[l.weekday]} {l.startsAt.slice(0, 5)}</span>
                </Button>
              </li>
            ))}
          </ul>
        ) : lessons.data ? (
          <Paragraph>Nog geen lessen voor deze groep.</Paragraph>
        ) : null}
        <ErrorSummary errors={errors} title="De les kon niet worden toegevoegd" />
        <form className="sw-form sw-narrow" noValidate onSubmit={submit} aria-label="Les toevoegen">
          <SelectField id="dag" label="Dag" value={weekday} onChange={setWeekday} options={DAYS.slice(1, 6).map((d, i) => ({ value: String(i + 1), label: d }))} />
          <TextField id="begin" label="Begintijd (uu:mm)" value={startsAt} onChange={setStartsAt} inputMode="numeric" error={errors.find((x) => x.field === 'begin')?.message} />
          <TextField id="eind" label="Eindtijd (uu:mm)" value={endsAt} onChange={setEndsAt} inputMode="numeric" error={errors.find((x) => x.field === 'eind')?.message} />
          <SelectField id="leerkracht" label="Leerkracht" value={teacherId} onChange={setTeacherId} options={namedOptions(staff.data?.people ?? [])} empty="Geen" />
          <Button type="submit" appearance="secondary-action-button" busy={add.isPending}>
            Les toevoegen
          </Button>
          <ErrorMessage error={add.error} />
        </form>
      </section>
      <section aria-labelledby="lestoestemmingen">
        <Heading2 id="lestoestemmingen">Toestemming voor sociale media in de les</Heading2>
        {permissions.data && permissions.data.permissions.filter((p) => new Date(p.endsAt) > now).length === 0 ? <Paragraph>Er is nu geen toestemming gegeven. Leerkrachten geven die zelf bij Mijn groep.</Paragraph> : null}
        <ul className="sw-list">
          {permissions.data?.permissions
            .filter((p) => new Date(p.endsAt) > now)
            .map((p) => (
              <li key={p.id}>
                {formatDate(p.startsAt, true)} tot {new Date(p.endsAt).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })}, gegeven door {teacherName.get(p.grantedBy) ?? p.grantedBy}{' '}
                <Button appearance="subtle-button" onClick={() => withdraw.mutate(p.id)}>
                  Trek in
                </Button>
              </li>
            ))}
        </ul>
        <ErrorMessage error={withdraw.error} />
      </section>
    </>
  );
}
