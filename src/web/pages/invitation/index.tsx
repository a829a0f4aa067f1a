/**
 * Uitnodiging (the link in the invitation mail): the parent chooses a password and is logged
 * in; their children are already linked. The token is in the link's fragment (#…), so it is
 * never sent in a request line or a Referer.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { ApiError, http, setCsrfToken } from '../../api/client.js';
import { SESSION_KEY } from '../../api/session.js';
import type { SessionAnswer } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { TextField } from '../../components/forms/TextField.js';
import { Loading } from '../../components/status/Loading.js';

const MIN = 12;

export function tokenFromHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash.replace(/^#/, '');
}

export default function InvitationPage() {
  const token = tokenFromHash();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [info, setInfo] = useState<{ email: string; school: string } | null>(null);
  const [invalid, setInvalid] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) {
      setInvalid('Deze link is niet compleet. Open de link uit de mail opnieuw.');
      return;
    }
    http.post<{ email: string; school: string }>('/api/v1/invitation/lookup', { token }).then(setInfo, (e: unknown) => setInvalid(e instanceof ApiError ? e.message : 'Deze uitnodiging werkt niet.'));
  }, [token]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (password.length < MIN) found.push({ field: 'wachtwoord', message: `Kies een wachtwoord van minstens ${MIN} tekens.` });
    else if (again !== password) found.push({ field: 'herhaal', message: 'De twee wachtwoorden zijn niet gelijk.' });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const s = await http.post<SessionAnswer>('/api/v1/invitation/accept', { token, password });
      setCsrfToken(s.csrfToken);
      qc.clear();
      qc.setQueryData(SESSION_KEY, s);
      history.replaceState(null, '', window.location.pathname);
      navigate('/mijn-gegevens', { replace: true, state: { flash: 'Welkom! Je account is klaar.' } });
    } catch (err) {
      setErrors([{ field: '', message: err instanceof ApiError ? err.message : 'Dat lukte niet. Probeer het opnieuw.' }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (f: string) => errors.find((e) => e.field === f)?.message;

  return (
    <div className="sw-narrow">
      <PageHeading>Welkom bij Sterrenwacht</PageHeading>
      {invalid ? (
        <Alert type="error" role="alert">
          <Paragraph>{invalid}</Paragraph>
        </Alert>
      ) : !info ? (
        <Loading />
      ) : (
        <>
          <Paragraph lead>
            {info.school} nodigt je uit. Kies een wachtwoord voor je account <strong>{info.email}</strong>; daarna zie je je kinderen en hun toestemming voor foto's en video.
          </Paragraph>
          <ErrorSummary errors={errors} title="Dat lukte niet" />
          <form onSubmit={submit} noValidate className="sw-form" aria-label="Wachtwoord kiezen">
            <input type="email" autoComplete="username" value={info.email} readOnly hidden />
            <TextField id="wachtwoord" label="Kies een wachtwoord" description={`Minstens ${MIN} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.`} type="password" autoComplete="new-password" value={password} onChange={setPassword} error={fieldError('wachtwoord')} required />
            <TextField id="herhaal" label="Wachtwoord nog een keer" type="password" autoComplete="new-password" value={again} onChange={setAgain} error={fieldError('herhaal')} required />
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              Account maken
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
