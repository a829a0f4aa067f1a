/** Nieuw wachtwoord (the link in the reset mail): choose a new password; every other session ends; logged in. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ApiError, http, setCsrfToken } from '../../api/client.js';
import { SESSION_KEY } from '../../api/session.js';
import type { SessionAnswer } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { TextField } from '../../components/forms/TextField.js';

const MIN = 12;

export default function ResetPasswordPage() {
  const token = typeof window === 'undefined' ? '' : window.location.hash.replace(/^#/, '');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<FieldError[]>(token ? [] : [{ field: '', message: 'Deze link is niet compleet. Open de link uit de mail opnieuw.' }]);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (password.length < MIN) found.push({ field: 'wachtwoord', message: `Kies een wachtwoord van minstens ${MIN} tekens.` });
    else if (again !== password) found.push({ field: 'herhaal', message: 'De twee wachtwoorden zijn niet gelijk.' });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const s = await http.post<SessionAnswer>('/api/v1/password-reset/confirm', { token, password });
      setCsrfToken(s.csrfToken);
      qc.clear();
      qc.setQueryData(SESSION_KEY, s);
      history.replaceState(null, '', window.location.pathname);
      navigate('/', { replace: true, state: { flash: 'Je nieuwe wachtwoord is opgeslagen.' } });
    } catch (err) {
      setErrors([{ field: '', message: err instanceof ApiError ? err.message : 'Dat lukte niet. Probeer het opnieuw.' }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="sw-narrow">
      <PageHeading>Nieuw wachtwoord kiezen</PageHeading>
      <ErrorSummary errors={errors} title="Dat lukte niet" />
      <form onSubmit={submit} noValidate className="sw-form" aria-label="Nieuw wachtwoord kiezen">
        <TextField id="wachtwoord" label="Nieuw wachtwoord" description={`Minstens ${MIN} tekens.`} type="password" autoComplete="new-password" value={password} onChange={setPassword} error={errors.find((x) => x.field === 'wachtwoord')?.message} required />
        <TextField id="herhaal" label="Nieuw wachtwoord nog een keer" type="password" autoComplete="new-password" value={again} onChange={setAgain} error={errors.find((x) => x.field === 'herhaal')?.message} required />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || !token}>
          Wachtwoord opslaan
        </Button>
      </form>
      <Paragraph>
        <Link to="/wachtwoord-vergeten">Een nieuwe link aanvragen</Link>
      </Paragraph>
    </div>
  );
}
