/**
 * Beheer › Persoon: the record (change name and group), guardians or children, consent in
 * force and its history, takedown tasks, and the audit trail (who saw or changed what);
 * erase the person (right to be forgotten) after a confirmation. Every read is audited.
 */
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { AccountRow, AuditEntry, Consent, ConsentEvent, Group, Person } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { AdminNav, PERSON_ROLE_NL } from '../../components/admin/AdminNav.js';
import { TextField } from '../../components/forms/TextField.js';
import { CHANNEL_ON_NL, MEDIUM_OF_NL, formatDate } from '../../components/consent/labels.js';
import { SelectField, namedOptions } from '../../components/forms/SelectField.js';
import { ConsentTable } from '../../components/consent/ConsentTable.js';

interface ExportAnswer {
  person: Person;
  guardians: string[];
  children: string[];
  consentHistory: ConsentEvent[];
  takedownTasks: { id: number; medium: string; channel: string; status: string; createdAt: string; doneAt: string | null; note: string | null }[];
}

const ACTION_NL: Record<string, string> = {
  'person.read': 'bekeek de gegevens',
  'person.export': 'bekeek alles (inzage)',
  'person.create': 'voegde de persoon toe',
  'person.update': 'wijzigde de gegevens',
  'person.erase': 'wiste de persoon',
  'consent.read': 'bekeek de toestemming',
  'consent.history.read': 'bekeek de geschiedenis van de toestemming',
  'consent.give': 'gaf toestemming',
  'consent.revoke': 'trok toestemming in',
  'takedown.done': 'rondde een verwijdertaak af',
  'takedowns.status.read': 'bekeek de verwijdertaken',
  'audit.read': 'bekeek dit overzicht',
  'children.list': 'bekeek de eigen kinderen',
  'people.import': 'importeerde het leerlingenbestand',
  'dossier.read': 'bekeek het dossier',
  'person.left': 'legde het vertrek van de school vast',
  'person.read.own': 'bekeek de eigen gegevens',
  'connection.record': 'legde een contact op sociale media vast',
};

function Edit({ person, groups }: { person: Person; groups: Group[] }) {
  const qc = useQueryClient();
  const [name, setName] = useState(person.name);
  const [groupId, setGroupId] = useState(person.groupId ?? '');
  useEffect(() => {
    setName(person.name);
    setGroupId(person.groupId ?? '');
  }, [person.name, person.groupId]);
  const save = useMutation({
    mutationFn: () => http.patch(`/api/v1/people/${encodeURIComponent(person.id)}`, { name: name.trim(), groupId: groupId || null }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['person', person.id] }),
  });
  return (
    <form
      className="sw-form sw-narrow"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) save.mutate();
      }}
    >
      <TextField id="naam" label="Naam" value={name} onChange={setName} error={name.trim() ? undefined : 'Vul de naam in.'} />
      {person.role === 'pupil' || person.role === 'staff' ? (
        <SelectField id="groep" label="Groep" value={groupId} onChange={setGroupId} options={namedOptions(groups)} empty="Geen groep" />
      ) : null}
      <Button type="submit" appearance="secondary-action-button" busy={save.isPending}>
        Wijzigingen opslaan
      </Button>
      <div role="status">{save.isSuccess ? <Paragraph>Opgeslagen.</Paragraph> : null}</div>
      <ErrorMessage error={save.error} />
    </form>
  );
}

export default function AdminPersonPage() {
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const exp = useQuery({ queryKey: ['person', id, 'export'], queryFn: () => http.get<ExportAnswer>(`/api/v1/people/${encodeURIComponent(id)}/export`) });
  const consent = useQuery({ queryKey: ['consent', id], queryFn: () => http.get<{ consent: Consent }>(`/api/v1/people/${encodeURIComponent(id)}/consent`), enabled: !!exp.data });
  const audit = useQuery({ queryKey: ['audit', id], queryFn: () => http.get<{ entries: AuditEntry[] }>('/api/v1/audit', { subject: id }), enabled: !!exp.data });
  const groups = useQuery({ queryKey: ['groups'], queryFn: () => http.get<{ groups: Group[] }>('/api/v1/groups') });
  const accounts = useQuery({ queryKey: ['accounts'], queryFn: () => http.get<{ accounts: AccountRow[] }>('/api/v1/accounts'), staleTime: 60_000 });
  const related = [...(exp.data?.guardians ?? []), ...(exp.data?.children ?? [])];
  const relatedPeople = useQueries({ queries: related.map((r) => ({ queryKey: ['person', r], queryFn: () => http.get<{ person: Person }>(`/api/v1/people/${encodeURIComponent(r)}`) })) });
  const erase = useMutation({
    mutationFn: () => http.del<{ kept?: unknown }>(`/api/v1/people/${encodeURIComponent(id)}`),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['people'] });
      navigate('/beheer/mensen', { replace: true });
    },
  });
  const person = exp.data?.person;
  const nameOf = (pid: string) => relatedPeople[related.indexOf(pid)]?.data?.person.name ?? pid;
  const actorOf = (actor: string) => accounts.data?.accounts.find((a) => a.id === actor)?.email ?? (actor === 'system' ? 'het systeem' : actor);
  const state = consent.data?.consent as unknown as Record<string, Record<string, boolean>> | undefined;
  return (
    <>
      <PageHeading>{person ? person.name : 'Persoon'}</PageHeading>
      <AdminNav />
      <Paragraph>
        <Link to="/beheer/mensen">← Terug naar Mensen</Link>
      </Paragraph>
      {exp.isPending ? <Loading /> : null}
      <ErrorMessage error={exp.error} />
      {person ? (
        <>
          <Paragraph>
            {PERSON_ROLE_NL[person.role] ?? person.role}
            {person.groupId ? `, ${groups.data?.groups.find((g) => g.id === person.groupId)?.name ?? person.groupId}` : ''} — in de administratie sinds {formatDate(person.createdAt)}.
          </Paragraph>
          <section aria-labelledby="gegevens">
            <Heading2 id="gegevens">Gegevens</Heading2>
            <Edit person={person} groups={groups.data?.groups ?? []} />
          </section>
          {related.length ? (
            <section aria-labelledby="familie">
              <Heading2 id="familie">{exp.data!.guardians.length ? 'Ouders/verzorgers' : 'Kinderen'}</Heading2>
              <ul className="sw-list">
                {related.map((r) => (
                  <li key={r}>
                    <Link to={`/beheer/mensen/${encodeURIComponent(r)}`}>{nameOf(r)}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="toestemming">
            <Heading2 id="toestemming">Toestemming</Heading2>
            {state ? (
              <div role="region" aria-label="Toestemming per kanaal">
                <ConsentTable caption={`Toestemming van ${person.name} per soort en kanaal`} state={state} />
              </div>
            ) : null}
            <details className="sw-details">
              <summary>Geschiedenis ({exp.data!.consentHistory.length})</summary>
              <ol className="sw-list">
                {exp.data!.consentHistory.map((e) => (
                  <li key={e.id}>
                    {formatDate(e.at, true)}: {e.granted ? 'gegeven' : 'ingetrokken'} — {MEDIUM_OF_NL[e.medium] ?? e.medium} {CHANNEL_ON_NL[e.channel] ?? e.channel}
                    {e.byPersonId && e.byPersonId !== person.id ? ` (door ${nameOf(e.byPersonId)})` : ''}
                  </li>
                ))}
              </ol>
            </details>
            {exp.data!.takedownTasks.length ? (
              <>
                <Paragraph>
                  <strong>Verwijdertaken:</strong>
                </Paragraph>
                <ul className="sw-list">
                  {exp.data!.takedownTasks.map((t) => (
                    <li key={t.id}>
                      {MEDIUM_OF_NL[t.medium] ?? t.medium} {CHANNEL_ON_NL[t.channel] ?? t.channel}: {t.status === 'done' ? `afgerond op ${formatDate(t.doneAt)} (${t.note ?? ''})` : 'open'}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <section aria-labelledby="logboek">
            <Heading2 id="logboek">Wie zag of wijzigde dit</Heading2>
            <Paragraph small className="sw-hint">
              Uit het beveiligde logboek. Ook dat je dit nu bekijkt, wordt vastgelegd.
            </Paragraph>
            {audit.data ? (
              <ol className="sw-list sw-audit">
                {[...audit.data.entries].reverse().slice(0, 100).map((e) => (
                  <li key={e.id}>
                    {formatDate(e.at, true)}: {actorOf(e.actor)} {ACTION_NL[e.action] ?? e.action}
                  </li>
                ))}
              </ol>
            ) : (
              <Loading />
            )}
          </section>
          <section aria-labelledby="wissen">
            <Heading2 id="wissen">Wissen</Heading2>
            <Paragraph>Wist de persoon uit de administratie (recht op vergetelheid). Bewijs van toestemming blijft de wettelijke bewaartermijn bewaard; daarna wordt ook dat gewist.</Paragraph>
            <Button
              appearance="secondary-action-button"
              hint="danger"
              busy={erase.isPending}
              onClick={() => {
                if (window.confirm(`${person.name} wissen? Dit kan niet ongedaan worden. Accounts van deze persoon verdwijnen ook.`)) erase.mutate();
              }}
            >
              Wis {person.name}
            </Button>
            <ErrorMessage error={erase.error} />
          </section>
        </>
      ) : null}
    </>
  );
}
