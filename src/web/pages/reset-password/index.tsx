/** Nieuw wachtwoord (the link in the reset mail): choose a new password; every other session ends; logged in. */
import { Link } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { NewPasswordForm, tokenFromHash } from '../../components/forms/NewPasswordForm.js';

export default function ResetPasswordPage() {
  return (
    <div className="sw-narrow">
      <PageHeading>Nieuw wachtwoord kiezen</PageHeading>
      <NewPasswordForm
        token={tokenFromHash()}
        endpoint="/api/v1/password-reset/confirm"
        to="/"
        flash="Je nieuwe wachtwoord is opgeslagen."
        formLabel="Nieuw wachtwoord kiezen"
        passwordLabel="Nieuw wachtwoord"
        againLabel="Nieuw wachtwoord nog een keer"
        description="Minstens {min} tekens."
        submitLabel="Wachtwoord opslaan"
      />
      <Paragraph>
        <Link to="/wachtwoord-vergeten">Een nieuwe link aanvragen</Link>
      </Paragraph>
    </div>
  );
}
