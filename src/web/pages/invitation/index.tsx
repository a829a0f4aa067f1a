/**
 * Uitnodiging (the link in the invitation mail): the parent chooses a password and is logged
 * in; their children are already linked. The token is in the link's fragment (#…), so it is
 * never sent in a request line or a Referer.
 */
import { useEffect, useState } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { ApiError, http } from '../../api/client.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { NewPasswordForm, tokenFromHash } from '../../components/forms/NewPasswordForm.js';
import { Loading } from '../../components/status/Loading.js';

export default function InvitationPage() {
  const token = tokenFromHash();
  const [info, setInfo] = useState<{ email: string; school: string } | null>(null);
  const [invalid, setInvalid] = useState('');

  useEffect(() => {
    if (!token) {
      setInvalid('Deze link is niet compleet. Open de link uit de mail opnieuw.');
      return;
    }
    http.post<{ email: string; school: string }>('/api/v1/invitation/lookup', { token }).then(setInfo, (e: unknown) => setInvalid(e instanceof ApiError ? e.message : 'Deze uitnodiging werkt niet.'));
  }, [token]);

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
          <NewPasswordForm
            token={token}
            endpoint="/api/v1/invitation/accept"
            to="/mijn-gegevens"
            flash="Welkom! Je account is klaar."
            formLabel="Wachtwoord kiezen"
            passwordLabel="Kies een wachtwoord"
            againLabel="Wachtwoord nog een keer"
            description="Minstens {min} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden."
            submitLabel="Account maken"
            email={info.email}
          />
        </>
      )}
    </div>
  );
}
