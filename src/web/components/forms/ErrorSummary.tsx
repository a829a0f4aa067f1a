/**
 * The error summary above a form (NL Design System pattern): a heading, one link per
 * field error that moves focus to the field, focused itself when it appears so a
 * screen reader reads it at once.
 */
import { useEffect, useRef } from 'react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';

export interface FieldError {
  /** id of the input the error is about (empty: the form as a whole) */
  field: string;
  message: string;
}

export function ErrorSummary({ errors, title = 'Er ging iets mis' }: { errors: FieldError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.field + e.message).join('|');
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [key, errors.length]);
  if (!errors.length) return null;
  return (
    <div ref={ref} tabIndex={-1} className="sw-error-summary" aria-labelledby="sw-error-summary-title">
      <Alert type="error">
        <Heading2 id="sw-error-summary-title">{title}</Heading2>
        <ul>
          {errors.map((e) => (
            <li key={e.field + e.message}>
              {e.field ? (
                <a
                  href={`#${e.field}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    document.getElementById(e.field)?.focus();
                  }}
                >
                  {e.message}
                </a>
              ) : (
                <Paragraph>{e.message}</Paragraph>
              )}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
