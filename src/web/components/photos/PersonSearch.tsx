/**
 * Search the roster by name (never by id) to say who is on a photo: for a face box (FaceTagger)
 * and for a photo as a whole (PhotoAttachments). Only people the author may see are in it.
 */
import { useId, useMemo, useState } from 'react';
import { Button, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';

export interface RosterPerson {
  id: string;
  name: string;
  /** A hint to tell people with the same name apart (group, role). */
  hint?: string;
}

const norm = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Up to eight people whose name has a word starting with the query (or contains a query of several words). */
export function searchRoster(roster: readonly RosterPerson[], query: string, exclude: readonly string[]): RosterPerson[] {
  const n = norm(query.trim());
  if (n.length < 2) return [];
  return roster.filter((p) => !exclude.includes(p.id) && (norm(p.name).split(/\s+/).some((w) => w.startsWith(n)) || (n.includes(' ') && norm(p.name).includes(n)))).slice(0, 8);
}

export interface PersonSearchProps {
  roster: readonly RosterPerson[];
  exclude: readonly string[];
  onPick: (p: RosterPerson) => void;
  label: string;
  /** What to do when nobody matches. */
  notFound: string;
  /** Shown instead of the typing hint when there is no roster to search. */
  noRoster?: string;
  /** Read after a found name by a screen reader (what picking it does). */
  pickSuffix?: string;
}

export function PersonSearch({ roster, exclude, onPick, label, notFound, noRoster, pickSuffix }: PersonSearchProps) {
  const id = useId();
  const [q, setQ] = useState('');
  const matches = useMemo(() => searchRoster(roster, q, exclude), [q, roster, exclude]);
  return (
    <div className="sw-person-search">
      <FormLabel htmlFor={`${id}-zoek`}>{label}</FormLabel>
      <Textbox id={`${id}-zoek`} value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" aria-describedby={`${id}-uitleg`} />
      <Paragraph small id={`${id}-uitleg`} className="sw-hint">
        {roster.length || !noRoster ? 'Typ minstens twee letters van de naam.' : noRoster}
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
                {pickSuffix ? <span className="sw-visually-hidden"> {pickSuffix}</span> : null}
              </Button>
            </li>
          ))}
        </ul>
      ) : q.trim().length >= 2 ? (
        <Paragraph small>{notFound}</Paragraph>
      ) : null}
    </div>
  );
}
