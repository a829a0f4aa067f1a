/**
 * For staff and parents: a banner while the version of the protocol in force waits for
 * their confirmation that they read it, with the short summary of what changed.
 */
import { Link, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import type { AckStatus } from '../../api/types.js';

export const ACK_KEY = ['protocol', 'acknowledgement'] as const;
const ASKED = new Set(['schoolleiding', 'medewerker', 'ouder']);

export function AckBanner() {
  const { session } = useSession();
  const location = useLocation();
  const asked = !!session && !session.mustChangePassword && ASKED.has(session.account.role);
  const q = useQuery({ queryKey: ACK_KEY, queryFn: () => http.get<AckStatus>('/api/v1/protocol/acknowledgement'), enabled: asked, staleTime: 60_000 });
  if (!asked || !q.data?.required || q.data.confirmedAt || !q.data.version || location.pathname === '/protocol/bevestigen') return null;
  return (
    <div className="sw-ack-banner sw-no-print">
      <Alert type="warning">
        <Paragraph>
          {q.data.version.number > 1 ? (
            <>
              <strong>Er is een nieuwe versie van het protocol sociale media (versie {q.data.version.number}).</strong> {q.data.summary?.nl}{' '}
            </>
          ) : (
            <>
              <strong>Lees het protocol sociale media van de school (versie {q.data.version.number}).</strong> Bevestig daarna dat je het gelezen hebt.{' '}
            </>
          )}
          <Link to="/protocol/bevestigen">Lees en bevestig</Link>
        </Paragraph>
      </Alert>
    </div>
  );
}
