/**
 * A labelled text field (NL Design System FormField + Textbox/Textarea) with a fixed id,
 * so an error summary can link to it; its description and error are tied to the input
 * with aria-describedby, and aria-invalid marks it.
 */
import type { ChangeEvent, InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';

interface Props {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string | undefined;
  type?: InputHTMLAttributes<HTMLInputElement>['type'];
  autoComplete?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  maxLength?: number;
  spellCheck?: boolean;
}

export function TextField({ id, label, value, onChange, description, error, type = 'text', autoComplete, required, multiline, rows = 6, inputRef, inputMode, maxLength, spellCheck }: Props) {
  const describedBy = [description ? `${id}-beschrijving` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: id,
    value,
    invalid: !!error,
    required,
    'aria-describedby': describedBy,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    maxLength,
    spellCheck,
  };
  return (
    <FormField invalid={!!error} type={multiline ? 'textarea' : 'text'} className="sw-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={`${id}-beschrijving`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={`${id}-fout`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">
        {multiline ? <Textarea {...common} rows={rows} ref={inputRef} /> : <Textbox {...common} type={type} autoComplete={autoComplete} inputMode={inputMode} ref={inputRef} />}
      </div>
    </FormField>
  );
}
