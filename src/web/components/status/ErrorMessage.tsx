/** An API or network error as a Dutch alert (the API's own Dutch message), or a message of the page's own. */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client.js';

export function errorText(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof ApiError) return error.message;
  return 'Er ging iets mis. Probeer het opnieuw.';
}

export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{errorText(error)}</Paragraph>
    </Alert>
  );
}
