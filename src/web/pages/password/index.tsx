/**
 * Wachtwoord wijzigen: the current password and a new one (twice). Required at the first
 * login with a temporary password made by the school; otherwise open from the home page.
 */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { ApiError, http } from '../../api/client.js';
import { SESSION_KEY, useSession } from '../../api/session.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { TextField } from '../../components/forms/TextField.js';

import { MIN_PASSWORD_LENGTH as MIN } from '../../../auth/password-rules.js';

export default function PasswordPage() {
  const { session } = useSession();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const forced = !!session?.mustChangePassword;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!current) found.push({ field: 'huidig', message: forced ? 'Vul het tijdelijke wachtwoord in dat je kreeg.' : 'Vul je huidige wachtwoord in.' });
    if (next.length < MIN) found.push({ field: 'nieuw', message: `Kies een nieuw wachtwoord van minstens ${MIN} tekens.` });
    else if (next === current) found.push({ field: 'nieuw', message: 'Kies een ander wachtwoord dan het huidige.' });
    if (next.length >= MIN && again !== next) found.push({ field: 'herhaal', message: 'De twee nieuwe wachtwoorden zijn niet gelijk.' });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await http.put('/api/v1/session/password', { current, password: next });
      await qc.invalidateQueries({ queryKey: SESSION_KEY });
      navigate('/', { replace: true, state: { flash: 'Je wachtwoord is gewijzigd.' } });
    } catch (err) {
      const field = err instanceof ApiError && err.path === 'current' ? 'huidig' : err instanceof ApiError && err.path === 'password' ? 'nieuw' : '';
      setErrors([{ field, message: err instanceof ApiError ? err.message : 'Wijzigen lukte niet. Probeer het opnieuw.' }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (f: string) => errors.find((e) => e.field === f)?.message;
  return (
    <div className="sw-narrow">
      <PageHeading>Wachtwoord wijzigen</PageHeading>
      {forced ? (
        <Alert type="info">
          <Paragraph>Je logde in met een tijdelijk wachtwoord van school. Kies nu je eigen wachtwoord; daarna kun je verder.</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} title="Wijzigen lukte niet" />
      <form onSubmit={submit} noValidate className="sw-form" aria-label="Wachtwoord wijzigen">
        <TextField id="huidig" label={forced ? 'Tijdelijk wachtwoord' : 'Huidig wachtwoord'} type="password" autoComplete="current-password" value={current} onChange={setCurrent} error={fieldError('huidig')} required />
        <TextField id="nieuw" label="Nieuw wachtwoord" description={`Minstens ${MIN} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.`} type="password" autoComplete="new-password" value={next} onChange={setNext} error={fieldError('nieuw')} required />
        <TextField id="herhaal" label="Nieuw wachtwoord nog een keer" type="password" autoComplete="new-password" value={again} onChange={setAgain} error={fieldError('herhaal')} required />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Wachtwoord opslaan
        </Button>
      </form>
    </div>
  );
}
