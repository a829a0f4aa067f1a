/**
 * Choosing a password from a link in a mail (an invitation or a password reset): the password
 * twice, checked here first, then sent with the link's token; the answer is a session, so the
 * person is logged in and goes on to `to`. The token comes from the link's fragment (#…), so it
 * is never sent in a request line or a Referer.
 */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '@utrecht/component-library-react';
import { ApiError, http, setCsrfToken } from '../../api/client.js';
import { SESSION_KEY } from '../../api/session.js';
import type { SessionAnswer } from '../../api/types.js';
import { MIN_PASSWORD_LENGTH as MIN } from '../../../auth/password-rules.js';
import { ErrorSummary, type FieldError } from './ErrorSummary.js';
import { TextField } from './TextField.js';

/** The token in the link's fragment. */
export function tokenFromHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash.replace(/^#/, '');
}

export interface NewPasswordFormProps {
  token: string;
  /** The API route that takes `{ token, password }` and answers with a session. */
  endpoint: string;
  /** Where to go once logged in, and the message shown there. */
  to: string;
  flash: string;
  formLabel: string;
  passwordLabel: string;
  againLabel: string;
  description: string;
  submitLabel: string;
  /** The account's address, for the browser's password manager (a hidden username field). */
  email?: string;
}

export function NewPasswordForm(props: NewPasswordFormProps) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<FieldError[]>(props.token ? [] : [{ field: '', message: 'Deze link is niet compleet. Open de link uit de mail opnieuw.' }]);
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
      const s = await http.post<SessionAnswer>(props.endpoint, { token: props.token, password });
      setCsrfToken(s.csrfToken);
      qc.clear();
      qc.setQueryData(SESSION_KEY, s);
      history.replaceState(null, '', window.location.pathname);
      navigate(props.to, { replace: true, state: { flash: props.flash } });
    } catch (err) {
      setErrors([{ field: '', message: err instanceof ApiError ? err.message : 'Dat lukte niet. Probeer het opnieuw.' }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (f: string) => errors.find((x) => x.field === f)?.message;
  return (
    <>
      <ErrorSummary errors={errors} title="Dat lukte niet" />
      <form onSubmit={submit} noValidate className="sw-form" aria-label={props.formLabel}>
        {props.email ? <input type="email" autoComplete="username" value={props.email} readOnly hidden /> : null}
        <TextField id="wachtwoord" label={props.passwordLabel} description={props.description.replace('{min}', String(MIN))} type="password" autoComplete="new-password" value={password} onChange={setPassword} error={fieldError('wachtwoord')} required />
        <TextField id="herhaal" label={props.againLabel} type="password" autoComplete="new-password" value={again} onChange={setAgain} error={fieldError('herhaal')} required />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || !props.token}>
          {props.submitLabel}
        </Button>
      </form>
    </>
  );
}
