/** Word-level diff parts as a person reads them: added words underlined in green (<ins>), removed struck through in red (<del>). */
import type { DiffPart } from '../../api/types.js';

export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <span className="sw-diff">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i}>
            <span className="sw-visually-hidden">[toegevoegd: </span>
            {p.value}
            <span className="sw-visually-hidden">]</span>
          </ins>
        ) : p.removed ? (
          <del key={i}>
            <span className="sw-visually-hidden">[verwijderd: </span>
            {p.value}
            <span className="sw-visually-hidden">]</span>
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </span>
  );
}
