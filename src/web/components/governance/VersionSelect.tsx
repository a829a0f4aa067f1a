/** Choose a protocol version by its number and state ("Versie 2 (geldt nu)"); `first` is an option before them. */
import type { ReactNode } from 'react';
import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { VersionSummary } from '../../api/types.js';
import { STATUS } from './labels.js';

export function VersionSelect({ id, label, versions, value, onChange, first }: { id: string; label: string; versions: readonly VersionSummary[]; value: string; onChange: (id: string) => void; first?: ReactNode }) {
  return (
    <div>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {first}
        {versions.map((v) => (
          <SelectOption key={v.id} value={v.id}>
            Versie {v.number} ({STATUS[v.status]?.toLowerCase()})
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}
