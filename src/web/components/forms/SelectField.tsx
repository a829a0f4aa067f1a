/**
 * A labelled choice (NL Design System FormLabel + Select) in the inline-field layout: the
 * options as data, an optional first "empty" option (value ""), aria-invalid when marked.
 */
import type { ReactNode } from 'react';
import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react';

export interface SelectFieldOption {
  value: string;
  label: ReactNode;
}

interface Props {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectFieldOption[];
  /** The label of a first option with the value "" (no choice, all, unknown …). */
  empty?: ReactNode;
  invalid?: boolean;
  describedBy?: string;
}

export function SelectField({ id, label, value, onChange, options, empty, invalid, describedBy }: Props) {
  return (
    <div className="sw-inline-field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)} invalid={invalid} aria-describedby={describedBy}>
        {empty !== undefined ? <SelectOption value="">{empty}</SelectOption> : null}
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}

/** Options from a record of value → label (e.g. the Dutch names of roles). */
export const optionsOf = (labels: Readonly<Record<string, ReactNode>>): SelectFieldOption[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Options from things with an id and a name (groups, people). */
export const namedOptions = (items: readonly { id: string; name: string }[]): SelectFieldOption[] => items.map((x) => ({ value: x.id, label: x.name }));
