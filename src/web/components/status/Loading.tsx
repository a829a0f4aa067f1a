/** A polite "loading" that a screen reader announces. */
import { Paragraph } from '@utrecht/component-library-react';

export function Loading({ what = 'Laden…' }: { what?: string }) {
  return (
    <Paragraph className="sw-loading" role="status" aria-live="polite">
      {what}
    </Paragraph>
  );
}
