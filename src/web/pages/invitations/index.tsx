/**
 * Ouders uitnodigen (school management): the parents of a group, or of the whole school, get a
 * mail with a single-use link where they choose a password. In the demo (no SMTP) the mails
 * land in the demo mailbox below, whose links can be followed.
 */
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { ApiError, http } from '../../api/client.js';
import type { Group, InvitationReport } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { Loading } from '../../components/status/Loading.js';

interface OutboxMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  kind: string;
  createdAt: string;
}

export default function InvitationsPage() {
  const qc = useQueryClient();
  const groups = useQuery({ queryKey: ['groups'], queryFn: () => http.get<{ groups: Group[] }>('/api/v1/groups') });
  const outbox = useQuery({ queryKey: ['outbox'], queryFn: () => http.get<{ outbox: boolean; mails: OutboxMail[] }>('/api/v1/outbox', { limit: 20 }) });
  const [scope, setScope] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<InvitationReport | null>(null);
  const [error, setError] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!scope) return setError('Kies een groep of de hele school.');
    setBusy(true);
    setError('');
    setReport(null);
    try {
      setReport(await http.post<InvitationReport>('/api/v1/invitations', scope === '*' ? { all: true } : { groupId: scope }));
      await qc.invalidateQueries({ queryKey: ['outbox'] });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Uitnodigen lukte niet. Probeer het opnieuw.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <PageHeading>Ouders uitnodigen</PageHeading>
      <Paragraph lead>Ouders en verzorgers met een e-mailadres uit de leerlingenadministratie krijgen een mail met een persoonlijke link (één keer te gebruiken, 14 dagen geldig). Daar kiezen ze een wachtwoord; hun kinderen staan dan al bij hun account.</Paragraph>
      {groups.isPending ? <Loading /> : <ErrorMessage error={groups.error} />}
      <form onSubmit={submit} className="sw-form" aria-label="Ouders uitnodigen" noValidate>
        <FormField>
          <FormLabel htmlFor="wie">Wie nodig je uit?</FormLabel>
          <Select id="wie" value={scope} onChange={(e) => setScope(e.target.value)} invalid={!!error && !scope}>
            <SelectOption value="">Kies…</SelectOption>
            <SelectOption value="*">De hele school</SelectOption>
            {(groups.data?.groups ?? []).map((g) => (
              <SelectOption key={g.id} value={g.id}>
                Ouders van {g.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Uitnodigingen versturen
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {report ? (
          <Alert type="ok">
            <Paragraph>
              {report.invited === 1 ? '1 uitnodiging verstuurd' : `${report.invited} uitnodigingen verstuurd`}. {report.alreadyAccount} hebben al een account
              {report.noEmail ? `; van ${report.noEmail} is geen e-mailadres bekend` : ''}.
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorMessage error={error} />
      {outbox.data?.outbox ? (
        <section aria-labelledby="postvak">
          <Heading2 id="postvak">Demo-postvak</Heading2>
          <Paragraph small className="sw-hint">Er is geen mailserver ingesteld: de mails staan hier in plaats van in de mailbox van de ouders.</Paragraph>
          <ul className="sw-outbox">
            {outbox.data.mails.map((m) => (
              <li key={m.id} className="sw-card">
                <Paragraph>
                  <strong>{m.subject}</strong>
                  <br />
                  aan {m.to}
                </Paragraph>
                <MailLinks text={m.text} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The app links in a mail, as links (same origin only). */
function MailLinks({ text }: { text: string }) {
  const links = [...text.matchAll(/https?:\/\/\S+\/(uitnodiging|wachtwoord-herstellen)#[A-Za-z0-9_-]+/g)].map((m) => ({ href: new URL(m[0]).pathname + new URL(m[0]).hash, kind: m[1] }));
  return (
    <>
      {links.map((l) => (
        <Paragraph key={l.href}>
          <a href={l.href}>{l.kind === 'uitnodiging' ? 'Open de uitnodiging' : 'Open de herstellink'}</a>
        </Paragraph>
      ))}
    </>
  );
}
