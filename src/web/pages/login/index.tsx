/**
 * Inloggen: e-mail address and password. Clear Dutch errors (wrong, locked out, no
 * connection) in an error summary; after login the page the person came for, or the
 * forced change of a temporary password.
 */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../api/client.js';
import { Button, ButtonLink, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client.js';
import { useLogin } from '../../api/session.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { TextField } from '../../components/forms/TextField.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';

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
      <Paragraph>
        <Link to="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
      </Paragraph>
      <SingleSignOn />
      <Paragraph small className="sw-hint">
        Nog geen account? Ouders krijgen een uitnodiging per mail; vraag anders de schoolleiding.
      </Paragraph>
    </div>
  );
}

const SSO_ERRORS: Record<string, string> = {
  forbidden: 'Met dat account kun je hier niet inloggen. Gebruik je e-mailadres van school, of vraag de schoolleiding om je toe te voegen.',
  invalid_login: 'Inloggen met je schoolaccount is verlopen of mislukt. Probeer het opnieuw.',
};

/** Staff: log in with the school's Microsoft or Google account, when the school set that up. */
function SingleSignOn() {
  const [params] = useSearchParams();
  const q = useQuery({ queryKey: ['sso'], queryFn: () => http.get<{ providers: { id: string; label: string }[] }>('/api/v1/sso'), staleTime: 300_000 });
  const failed = params.get('sso');
  const providers = q.data?.providers ?? [];
  if (!providers.length && !failed) return null;
  return (
    <div className="sw-sso">
      {failed ? <ErrorMessage error={SSO_ERRORS[failed] ?? SSO_ERRORS.invalid_login} /> : null}
      {providers.map((p) => (
        <Paragraph key={p.id}>
          <ButtonLink appearance="secondary-action-button" href={`/api/v1/sso/${encodeURIComponent(p.id)}/start`}>
            {p.label}
          </ButtonLink>
        </Paragraph>
      ))}
      {providers.length ? <Paragraph small className="sw-hint">Voor medewerkers met een account van school.</Paragraph> : null}
    </div>
  );
}
