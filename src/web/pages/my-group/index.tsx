/**
 * Mijn groep (teachers; school management picks any group): the class with consent per
 * channel at a glance (who may not be photographed), a printable class list for a trip,
 * lesson permission for social media now in two taps, and the open takedown tasks.
 */
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import type { Consent, Group, Lesson, LessonPermission, Person } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { TakedownTasks } from '../../components/takedowns/TakedownTasks.js';
import { CHANNEL_NL, CHANNEL_ON_NL, MEDIA_ORDER, MEDIUM_NL, channelsOf } from '../../components/consent/labels.js';

const isoWeekday = (d: Date) => ((d.getDay() + 6) % 7) + 1;
const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const at = (d: Date, time: string) => {
  const [h, m] = time.split(':').map(Number);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, m);
};

/** The lesson of the group running now, or else the next one today. */
function lessonNowOrNext(lessons: readonly Lesson[], groupId: string, now: Date): { lesson: Lesson; running: boolean } | undefined {
  const today = lessons.filter((l) => l.groupId === groupId && l.weekday === isoWeekday(now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const t = hhmm(now);
  const running = today.find((l) => l.startsAt.slice(0, 5) <= t && l.endsAt.slice(0, 5) > t);
  if (running) return { lesson: running, running: true };
  const next = today.find((l) => l.startsAt.slice(0, 5) > t);
  return next ? { lesson: next, running: false } : undefined;
}

function LessonPermissionNow({ groupId, groupName }: { groupId: string; groupName: string }) {
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  const lessons = useQuery({ queryKey: ['lessons', groupId], queryFn: () => http.get<{ lessons: Lesson[] }>('/api/v1/lessons', { group: groupId }) });
  const permissions = useQuery({ queryKey: ['lesson-permissions', groupId], queryFn: () => http.get<{ permissions: LessonPermission[] }>('/api/v1/lesson-permissions', { group: groupId }) });
  const now = new Date();
  const target = lessons.data ? lessonNowOrNext(lessons.data.lessons, groupId, now) : undefined;
  const active = permissions.data?.permissions.filter((p) => new Date(p.endsAt) > now && p.groupId === groupId) ?? [];
  const grant = useMutation({
    mutationFn: () => {
      const start = target!.running ? now : at(now, target!.lesson.startsAt);
      return http.post<{ id: number }>('/api/v1/lesson-permissions', { groupId, startsAt: start.toISOString(), endsAt: at(now, target!.lesson.endsAt).toISOString(), platforms: [] });
    },
    onSuccess: () => {
      setAsking(false);
      return qc.invalidateQueries({ queryKey: ['lesson-permissions', groupId] });
    },
  });
  const withdraw = useMutation({
    mutationFn: (id: number) => http.del(`/api/v1/lesson-permissions/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['lesson-permissions', groupId] }),
  });
  const until = (iso: string) => new Date(iso).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
  return (
    <section aria-labelledby="lestoestemming" className="sw-no-print">
      <Heading2 id="lestoestemming">Sociale media in de les</Heading2>
      <div role="status" aria-live="polite">
        {active.map((p) => (
          <Alert key={p.id} type="ok">
            <Paragraph>
              {groupName} mag sociale media gebruiken van {until(p.startsAt)} tot {until(p.endsAt)}
              {new Date(p.startsAt).toDateString() !== now.toDateString() ? ` op ${new Date(p.startsAt).toLocaleDateString('nl-NL', { dateStyle: 'long' })}` : ''}.
            </Paragraph>
            <Button appearance="subtle-button" onClick={() => withdraw.mutate(p.id)}>
              Trek deze toestemming in
            </Button>
          </Alert>
        ))}
      </div>
      {lessons.isPending ? <Loading /> : null}
      {lessons.data && !target ? <Paragraph>{groupName} heeft vandaag geen les meer volgens het rooster.</Paragraph> : null}
      {target && !active.length ? (
        asking ? (
          <div className="sw-confirm">
            <Paragraph>
              {groupName} mag dan sociale media gebruiken {target.running ? 'vanaf nu' : `vanaf ${target.lesson.startsAt.slice(0, 5)}`} tot het einde van de les om {target.lesson.endsAt.slice(0, 5)}. De check houdt daar rekening mee.
            </Paragraph>
            <div className="sw-actions">
              <Button appearance="primary-action-button" busy={grant.isPending} onClick={() => grant.mutate()}>
                Ja, tot {target.lesson.endsAt.slice(0, 5)}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
                Annuleren
              </Button>
            </div>
          </div>
        ) : (
          <Button appearance="primary-action-button" onClick={() => setAsking(true)}>
            Sta sociale media toe in {target.running ? 'deze les' : 'de volgende les'}
          </Button>
        )
      ) : null}
      <ErrorMessage error={grant.error ?? withdraw.error} />
    </section>
  );
}

function ClassList({ groupId, groupName }: { groupId: string; groupName: string }) {
  const [channel, setChannel] = useState('social');
  const pupils = useQuery({ queryKey: ['people', 'pupil', groupId], queryFn: () => http.get<{ people: Person[] }>('/api/v1/people', { role: 'pupil', group: groupId }) });
  const list = useMemo(() => (pupils.data?.people ?? []).filter((p) => !p.erasedAt).sort((a, b) => a.name.localeCompare(b.name, 'nl')), [pupils.data]);
  const consents = useQueries({ queries: list.map((p) => ({ queryKey: ['consent', p.id], queryFn: () => http.get<{ consent: Consent }>(`/api/v1/people/${p.id}/consent`), staleTime: 60_000 })) });
  const loaded = consents.length > 0 && consents.every((c) => c.data);
  const state = (i: number) => consents[i]?.data?.consent as unknown as Record<string, Record<string, boolean>> | undefined;
  const channels = loaded ? channelsOf(state(0)!) : ['social', 'website', 'newsletter', 'guide'];
  const noPhoto = loaded ? list.filter((_, i) => !state(i)?.photo?.[channel]) : [];
  return (
    <section aria-labelledby="klas">
      <Heading2 id="klas" className="sw-no-print">
        Wie mag op de foto — {groupName}
      </Heading2>
      <div className="sw-inline-field sw-no-print">
        <FormLabel htmlFor="kanaal-groep">Kanaal</FormLabel>
        <Select id="kanaal-groep" value={channel} onChange={(e) => setChannel(e.target.value)}>
          {channels.map((c) => (
            <SelectOption key={c} value={c}>
              {CHANNEL_NL[c] ?? c}
            </SelectOption>
          ))}
        </Select>
      </div>
      {pupils.isPending || (list.length > 0 && !loaded) ? <Loading what="De toestemming wordt gelezen…" /> : null}
      <ErrorMessage error={pupils.error} />
      {loaded ? (
        <>
          <Alert type={noPhoto.length ? 'warning' : 'ok'} className="sw-no-print">
            <Paragraph>
              {noPhoto.length === 0
                ? `Alle ${list.length} leerlingen mogen ${CHANNEL_ON_NL[channel]} op de foto.`
                : `Niet op de foto ${CHANNEL_ON_NL[channel]} (${noPhoto.length} van ${list.length}): ${noPhoto.map((p) => p.name).join(', ')}.`}
            </Paragraph>
          </Alert>
          <div className="sw-actions sw-no-print">
            <Button appearance="secondary-action-button" onClick={() => window.print()}>
              Print de lijst voor een uitje
            </Button>
          </div>
          <div className="sw-print-only">
            <p className="sw-print-title">
              {groupName} — lijst voor een uitje ({new Date().toLocaleDateString('nl-NL', { dateStyle: 'long' })})
            </p>
          </div>
          <table className="sw-classlist">
            <caption>
              Toestemming per leerling {CHANNEL_ON_NL[channel]}
              <span className="sw-print-only"> (✔ = mag, ✘ = mag niet)</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                {MEDIA_ORDER.map((m) => (
                  <th key={m} scope="col">
                    {MEDIUM_NL[m]}
                  </th>
                ))}
                <th scope="col" className="sw-print-only">
                  Aanwezig
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((p, i) => (
                <tr key={p.id} className={state(i)?.photo?.[channel] ? '' : 'sw-row-no'}>
                  <th scope="row">{p.name}</th>
                  {MEDIA_ORDER.map((m) => {
                    const yes = !!state(i)?.[m]?.[channel];
                    return (
                      <td key={m} className={yes ? 'sw-yes' : 'sw-no'}>
                        <span aria-hidden="true">{yes ? '✔' : '✘'}</span> {yes ? 'mag' : 'mag niet'}
                      </td>
                    );
                  })}
                  <td className="sw-print-only sw-tick">☐</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {pupils.data && list.length === 0 ? <Paragraph>Er staan geen leerlingen in deze groep.</Paragraph> : null}
    </section>
  );
}

export default function MyGroupPage() {
  const { session } = useSession();
  const leader = session?.account.role === 'schoolleiding';
  const personId = session?.account.personId;
  const groups = useQuery({ queryKey: ['groups'], queryFn: () => http.get<{ groups: Group[] }>('/api/v1/groups') });
  const lessons = useQuery({ queryKey: ['lessons', 'all'], queryFn: () => http.get<{ lessons: Lesson[] }>('/api/v1/lessons') });
  const mine = useMemo(() => {
    const all = groups.data?.groups ?? [];
    if (leader) return all;
    const taught = new Set((lessons.data?.lessons ?? []).filter((l) => l.teacherId === personId).map((l) => l.groupId));
    return all.filter((g) => taught.has(g.id));
  }, [groups.data, lessons.data, leader, personId]);
  const [groupId, setGroupId] = useState('');
  useEffect(() => {
    if (!groupId && mine[0]) setGroupId(mine[0].id);
  }, [mine, groupId]);
  const group = mine.find((g) => g.id === groupId);
  const pupils = useQuery({ queryKey: ['people', 'pupil', groupId], queryFn: () => http.get<{ people: Person[] }>('/api/v1/people', { role: 'pupil', group: groupId }), enabled: !!groupId });
  return (
    <>
      <PageHeading>{leader ? 'Groepen' : 'Mijn groep'}</PageHeading>
      {groups.isPending || lessons.isPending ? <Loading /> : null}
      <ErrorMessage error={groups.error ?? lessons.error} />
      {mine.length > 1 ? (
        <div className="sw-inline-field sw-no-print">
          <FormLabel htmlFor="groep">Groep</FormLabel>
          <Select id="groep" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            {mine.map((g) => (
              <SelectOption key={g.id} value={g.id}>
                {g.name}
              </SelectOption>
            ))}
          </Select>
        </div>
      ) : null}
      {groups.data && lessons.data && mine.length === 0 ? <Paragraph>Volgens het rooster geef je geen les aan een groep. Klopt dat niet? Vraag de schoolleiding het rooster aan te passen.</Paragraph> : null}
      {group ? (
        <>
          <LessonPermissionNow groupId={group.id} groupName={group.name} />
          <ClassList groupId={group.id} groupName={group.name} />
        </>
      ) : null}
      <section aria-labelledby="verwijdertaken" className="sw-no-print">
        <Heading2 id="verwijdertaken">Verwijdertaken</Heading2>
        <Paragraph>Een ouder trok toestemming in: haal het beeld weg van het kanaal en schrijf op wat je deed.</Paragraph>
        <TakedownTasks mine={(pupils.data?.people ?? []).map((p) => p.id)} />
      </section>
    </>
  );
}
