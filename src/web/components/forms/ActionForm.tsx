/**
 * A form that does one thing: its fields, one submit button, what went wrong above (the error
 * summary of the fields) and below (the server's answer), and an optional status line after
 * success. The submit handler gets no event: the default (a page load) is always prevented.
 */
import type { ReactNode } from 'react';
import { Button } from '@utrecht/component-library-react';
import { ErrorSummary, type FieldError } from './ErrorSummary.js';
import { ErrorMessage } from '../status/ErrorMessage.js';

export interface ActionFormProps {
  onSubmit: () => void;
  submitLabel: string;
  /** The request is on its way: the button cannot be pressed twice. */
  pending: boolean;
  /** The server's error, shown under the button. */
  error: unknown;
  /** The fields' errors, summarised above the form (leave out for a form of one field). */
  errors?: FieldError[];
  secondary?: boolean;
  /** Full width (inside a card) instead of the narrow reading width. */
  wide?: boolean;
  label?: string;
  status?: ReactNode;
  children: ReactNode;
}

export function ActionForm(p: ActionFormProps) {
  return (
    <form
      className={p.wide ? 'sw-form' : 'sw-form sw-narrow'}
      noValidate
      aria-label={p.label}
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit();
      }}
    >
      {p.errors ? <ErrorSummary errors={p.errors} /> : null}
      {p.children}
      <div className="sw-actions">
        <Button type="submit" appearance={p.secondary ? 'secondary-action-button' : 'primary-action-button'} disabled={p.pending}>
          {p.submitLabel}
        </Button>
      </div>
      {p.status}
      <ErrorMessage error={p.error} />
    </form>
  );
}
