/**
 * Inloggen: e-mail address and password. Clear Dutch errors (wrong, locked out, no
 * connection) in an error summary; after login the page the person came for, or the
 * forced change of a temporary password.
 */
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client.js';
import { useLogin } from '../../api/session.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { TextField } from '../../components/forms/TextField.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Only a path inside the app (never another site). */
function safeReturn(to: string | null): string {
  return to && to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/inloggen') ? to : '/';
}

export default function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!email.trim()) found.push({ field: 'email', message: 'Vul je e-mailadres in.' });
    else if (!EMAIL.test(email.trim())) found.push({ field: 'email', message: 'Vul een geldig e-mailadres in, zoals naam@school.nl.' });
    if (!password) found.push({ field: 'wachtwoord', message: 'Vul je wachtwoord in.' });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const s = await login(email.trim(), password);
      navigate(s.mustChangePassword ? '/wachtwoord-wijzigen' : safeReturn(params.get('terug')), { replace: true });
    } catch (err) {
      const message = err instanceof ApiError ? err.message : 'Inloggen lukte niet. Probeer het opnieuw.';
      setErrors([{ field: err instanceof ApiError && err.code === 'invalid_login' ? 'wachtwoord' : '', message }]);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (f: string) => errors.find((e) => e.field === f)?.message;

  return (
    <div className="sw-narrow">
      <PageHeading>Inloggen</PageHeading>
      <Paragraph lead>Log in met het e-mailadres en wachtwoord dat je van school kreeg.</Paragraph>
      <ErrorSummary errors={errors} title="Inloggen lukte niet" />
      <form onSubmit={submit} noValidate aria-label="Inloggen" className="sw-form">
        <TextField id="email" label="E-mailadres" type="email" autoComplete="username" inputMode="email" value={email} onChange={setEmail} error={fieldError('email')} required spellCheck={false} />
        <TextField id="wachtwoord" label="Wachtwoord" type="password" autoComplete="current-password" value={password} onChange={setPassword} error={fieldError('wachtwoord')} required />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {busy ? 'Bezig met inloggen…' : 'Inloggen'}
        </Button>
      </form>
      <Paragraph small className="sw-hint">
        Wachtwoord vergeten of nog geen account? Vraag het de schoolleiding.
      </Paragraph>
    </div>
  );
}
