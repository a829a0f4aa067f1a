/** Search the roster by name (never by id) to tag a face; only people the author may see are in it. */
import { useId, useMemo, useState } from 'react';
import { Button, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';

export interface RosterPerson {
  id: string;
  name: string;
  /** A hint to tell people with the same name apart (group, role). */
  hint?: string;
}

const norm = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function FaceSearch({ roster, exclude, onPick, label }: { roster: readonly RosterPerson[]; exclude: readonly string[]; onPick: (p: RosterPerson) => void; label: string }) {
  const id = useId();
  const [q, setQ] = useState('');
  const matches = useMemo(() => {
    const n = norm(q.trim());
    if (n.length < 2) return [];
    return roster.filter((p) => !exclude.includes(p.id) && (norm(p.name).split(/\s+/).some((w) => w.startsWith(n)) || (n.includes(' ') && norm(p.name).includes(n)))).slice(0, 8);
  }, [q, roster, exclude]);
  return (
    <div className="sw-face-search">
      <FormLabel htmlFor={`${id}-zoek`}>{label}</FormLabel>
      <Textbox id={`${id}-zoek`} value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" aria-describedby={`${id}-uitleg`} />
      <Paragraph small id={`${id}-uitleg`} className="sw-hint">
        {roster.length ? 'Typ minstens twee letters van de naam.' : 'Alleen medewerkers zoeken in de lijst van de school; kies anders hieronder.'}
      </Paragraph>
      <div role="status" aria-live="polite" className="sw-visually-hidden">
        {q.trim().length >= 2 ? `${matches.length} ${matches.length === 1 ? 'persoon' : 'personen'} gevonden` : ''}
      </div>
      {matches.length > 0 ? (
        <ul className="sw-search-results" aria-label="Gevonden personen">
          {matches.map((p) => (
            <li key={p.id}>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  onPick(p);
                  setQ('');
                }}
              >
                {p.name}
                {p.hint ? <span className="sw-hint"> ({p.hint})</span> : null}
              </Button>
            </li>
          ))}
        </ul>
      ) : q.trim().length >= 2 ? (
        <Paragraph small>Niemand gevonden met die naam. Niet van de school? Kies dan "Niet van school".</Paragraph>
      ) : null}
    </div>
  );
}
