import type { ReactNode } from 'react';

/** Props to spread on the control of a Field: ties label, hint and error to it. */
export type ControlProps = {
  id: string;
  className: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
  required?: boolean;
};

type Props = {
  id: string;
  label: ReactNode;
  error?: string | null;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  /** Class of the control (form-control, form-select…). */
  control?: string;
  children: (props: ControlProps) => ReactNode;
};

/**
 * A labelled form control in Bootstrap Italia style, with its hint and
 * its error tied to it (aria-describedby, aria-invalid).
 */
export function Field({ id, label, error, hint, required, className = 'form-group mt-5 mb-3', control = 'form-control', children }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="active">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({
        id,
        className: `${control}${error ? ' is-invalid' : ''}`,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
        required,
      })}
      {hint && (
        <small id={`${id}-hint`} className="form-text">
          {hint}
        </small>
      )}
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block" data-testid="field-error">
          {error}
        </div>
      )}
    </div>
  );
}
