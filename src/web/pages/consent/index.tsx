/**
 * Toestemming (parents): each child with consent per medium × channel as a grid, give or
 * revoke with a confirmation that says what happens, the history of changes, and the
 * status of the takedown tasks a revocation created.
 */
import { useRef, useState } from 'react';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { Consent, ConsentChangeResult, ConsentEvent, MyChild, TakedownStatus } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { CHANNEL_ON_NL, MEDIUM_NL, MEDIUM_OF_NL, formatDate } from '../../components/consent/labels.js';
import { ConsentTable } from '../../components/consent/ConsentTable.js';

interface Pending {
  child: MyChild;
  medium: string;
  channel: string;
  granted: boolean;
}

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

/** What a change means, in words, before it is made. */
export function consequence(p: Pending): string {
  const who = firstName(p.child.name);
  const what = `${MEDIUM_OF_NL[p.medium] ?? p.medium} van ${who} ${CHANNEL_ON_NL[p.channel] ?? p.channel}`;
  return p.granted
    ? `Je geeft toestemming voor ${what}. De school mag ze vanaf nu daar plaatsen. Je kunt deze toestemming altijd weer intrekken.`
    : `Je trekt de toestemming in voor ${what}. De school plaatst ze daar niet meer, en wat er al staat wordt weggehaald: de school krijgt daarvoor een verwijdertaak. Hieronder zie je wanneer die klaar is.`;
}

function ConsentGrid({ child, consent, onChange }: { child: MyChild; consent: Consent; onChange: (p: Pending) => void }) {
  return (
    <ConsentTable
      caption={`Toestemming voor ${child.name} per soort beeld en kanaal`}
      state={consent as unknown as Record<string, Record<string, boolean>>}
      action={(m, c, yes) => (
        <Button appearance="subtle-button" onClick={() => onChange({ child, medium: m, channel: c, granted: !yes })}>
          {yes ? 'Intrekken' : 'Toestaan'}
          <span className="sw-visually-hidden">
            {' '}
            : {MEDIUM_NL[m]} {CHANNEL_ON_NL[c]}
          </span>
        </Button>
      )}
    />
  );
}

function ChildConsent({ child, onChange, lastChange }: { child: MyChild; onChange: (p: Pending) => void; lastChange: string | undefined }) {
  const [consent, history, takedowns] = useQueries({
    queries: [
      { queryKey: ['consent', child.id], queryFn: () => http.get<{ consent: Consent }>(`/api/v1/people/${child.id}/consent`) },
      { queryKey: ['consent-history', child.id], queryFn: () => http.get<{ events: ConsentEvent[] }>(`/api/v1/people/${child.id}/consent/history`) },
      { queryKey: ['takedown-status', child.id], queryFn: () => http.get<{ tasks: TakedownStatus[] }>(`/api/v1/people/${child.id}/takedown-status`) },
    ],
  });
  const headingId = `kind-${child.id}`;
  return (
    <section aria-labelledby={headingId} className="sw-child">
      <Heading2 id={headingId}>
        {child.name}
        {child.groupName ? <span className="sw-hint"> — {child.groupName}</span> : null}
      </Heading2>
      {lastChange ? (
        <Alert type="ok" role="status">
          <Paragraph>{lastChange}</Paragraph>
        </Alert>
      ) : null}
      {consent.isPending ? <Loading /> : null}
      <ErrorMessage error={consent.error} />
      {consent.data ? <ConsentGrid child={child} consent={consent.data.consent} onChange={onChange} /> : null}
      <Heading3>Verwijdertaken</Heading3>
      {takedowns.data && takedowns.data.tasks.length === 0 ? <Paragraph>Er zijn geen verwijdertaken: je trok geen gegeven toestemming in.</Paragraph> : null}
      {takedowns.data && takedowns.data.tasks.length > 0 ? (
        <ul className="sw-list">
          {takedowns.data.tasks.map((t) => (
            <li key={t.id}>
              {MEDIUM_NL[t.medium] ?? t.medium} {CHANNEL_ON_NL[t.channel] ?? t.channel}: {t.status === 'done' ? <strong>weggehaald op {formatDate(t.doneAt)}</strong> : <strong>de school is ermee bezig</strong>} (aangevraagd op {formatDate(t.createdAt)})
            </li>
          ))}
        </ul>
      ) : null}
      <details className="sw-details">
        <summary>Geschiedenis van de toestemming</summary>
        {history.data && history.data.events.length ? (
          <ol className="sw-list">
            {[...history.data.events].reverse().map((e) => (
              <li key={e.id}>
                {formatDate(e.at, true)}: {e.granted ? 'toestemming gegeven' : 'toestemming ingetrokken'} voor {MEDIUM_OF_NL[e.medium] ?? e.medium} {CHANNEL_ON_NL[e.channel] ?? e.channel}
                {e.note ? ` (${e.note})` : ''}
              </li>
            ))}
          </ol>
        ) : (
          <Paragraph>Nog geen wijzigingen.</Paragraph>
        )}
      </details>
    </section>
  );
}

export default function ConsentPage() {
  const qc = useQueryClient();
  const children = useQuery({ queryKey: ['my-children'], queryFn: () => http.get<{ children: MyChild[] }>('/api/v1/my/children') });
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<Record<string, string>>({});
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const change = useMutation({
    mutationFn: (p: Pending) => http.post<ConsentChangeResult>(`/api/v1/people/${p.child.id}/consent`, { medium: p.medium, channel: p.channel, granted: p.granted }),
    onSuccess: async (r, p) => {
      const what = `${MEDIUM_OF_NL[p.medium]} ${CHANNEL_ON_NL[p.channel]}`;
      setDone((d) => ({ ...d, [p.child.id]: p.granted ? `Toestemming gegeven voor ${what}.` : `Toestemming ingetrokken voor ${what}.${r.takedownTaskId ? ' De school heeft een verwijdertaak gekregen.' : ''}` }));
      await Promise.all(['consent', 'consent-history', 'takedown-status'].map((k) => qc.invalidateQueries({ queryKey: [k, p.child.id] })));
      close();
    },
  });
  const open = (p: Pending) => {
    opener.current = document.activeElement as HTMLElement | null;
    change.reset();
    setPending(p);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    setPending(null);
    opener.current?.focus();
  };
  return (
    <>
      <PageHeading>Toestemming voor beeld en geluid</PageHeading>
      <Paragraph lead>Hier zie je per kind of de school foto’s, video’s en geluidsopnames mag gebruiken, en waar. Je kunt het altijd wijzigen.</Paragraph>
      {children.isPending ? <Loading /> : null}
      <ErrorMessage error={children.error} />
      {children.data && children.data.children.length === 0 ? <Paragraph>Er staan geen kinderen op jouw naam. Klopt dat niet? Neem contact op met de school.</Paragraph> : null}
      {children.data?.children.map((c) => <ChildConsent key={c.id} child={c} onChange={open} lastChange={done[c.id]} />)}
      <dialog ref={dialog} className="sw-dialog" aria-labelledby="bevestig-titel" aria-describedby="bevestig-tekst" onClose={() => setPending(null)}>
        {pending ? (
          <>
            <Heading2 id="bevestig-titel">{pending.granted ? 'Toestemming geven?' : 'Toestemming intrekken?'}</Heading2>
            <Paragraph id="bevestig-tekst">{consequence(pending)}</Paragraph>
            <ErrorMessage error={change.error} />
            <div className="sw-actions">
              <Button appearance="primary-action-button" hint={pending.granted ? undefined : 'danger'} busy={change.isPending} disabled={change.isPending} onClick={() => change.mutate(pending)}>
                {pending.granted ? 'Ja, geef toestemming' : 'Ja, trek in'}
              </Button>
              <Button appearance="secondary-action-button" onClick={close}>
                Annuleren
              </Button>
            </div>
          </>
        ) : null}
      </dialog>
    </>
  );
}
