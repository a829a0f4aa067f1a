/** Wachtwoord vergeten: a mail with a link to choose a new password (the same answer for every address). */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { ApiError, http } from '../../api/client.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { TextField } from '../../components/forms/TextField.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export default function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = EMAIL.test(email.trim()) ? [] : [{ field: 'email', message: 'Vul je e-mailadres in, zoals naam@school.nl.' }];
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      setSent((await http.post<{ message: string }>('/api/v1/password-reset', { email: email.trim() })).message);
    } catch (err) {
      setErrors([{ field: '', message: err instanceof ApiError ? err.message : 'Dat lukte niet. Probeer het opnieuw.' }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="sw-narrow">
      <PageHeading>Wachtwoord vergeten</PageHeading>
      <div role="status" aria-live="polite">
        {sent ? (
          <Alert type="ok">
            <Paragraph>{sent}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {!sent ? (
        <>
          <Paragraph lead>Vul het e-mailadres van je account in. Je krijgt een mail met een link om een nieuw wachtwoord te kiezen.</Paragraph>
          <ErrorSummary errors={errors} title="Dat lukte niet" />
          <form onSubmit={submit} noValidate className="sw-form" aria-label="Wachtwoord vergeten">
            <TextField id="email" label="E-mailadres" type="email" autoComplete="username" inputMode="email" value={email} onChange={setEmail} error={errors.find((x) => x.field === 'email')?.message} required spellCheck={false} />
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              Stuur de link
            </Button>
          </form>
        </>
      ) : null}
      <Paragraph>
        <Link to="/inloggen">Terug naar inloggen</Link>
      </Paragraph>
    </div>
  );
}
