/**
 * Consent of one person as a table: a row per kind of image (photo, video, audio), a column
 * per channel, "Ja"/"Nee" in each cell; `action` adds a control to a cell (the parent's page
 * gives or withdraws consent there, the school's person page only shows it).
 */
import type { ReactNode } from 'react';
import { CHANNEL_NL, MEDIA_ORDER, MEDIUM_NL, channelsOf } from './labels.js';

export function ConsentTable({ caption, state, action }: { caption: string; state: Record<string, Record<string, boolean>>; action?: (medium: string, channel: string, yes: boolean) => ReactNode }) {
  const channels = channelsOf(state);
  return (
    <table className="sw-grid">
      <caption className="sw-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Soort</th>
          {channels.map((c) => (
            <th key={c} scope="col">
              {CHANNEL_NL[c] ?? c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {MEDIA_ORDER.filter((m) => state[m]).map((m) => (
          <tr key={m}>
            <th scope="row">{MEDIUM_NL[m] ?? m}</th>
            {channels.map((c) => {
              const yes = !!state[m]?.[c];
              return (
                <td key={c} data-label={CHANNEL_NL[c] ?? c} className={yes ? 'sw-yes' : 'sw-no'}>
                  <span className="sw-state">{yes ? 'Ja' : 'Nee'}</span>
                  {action?.(m, c, yes)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
