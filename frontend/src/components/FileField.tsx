import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  id: string;
  /** Visible text of the button that opens the file chooser; also the input's accessible name. */
  label: string;
  hint?: string;
  error?: string | null;
  file: File | null;
  accept?: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (file: File | null) => void;
};

/**
 * A file chooser in Bootstrap Italia's "upload" style: the native input
 * stays focusable (its focus ring shows on the button-like label), the name
 * of the chosen file is announced, hint and error are tied to the input.
 */
export function FileField({ id, label, hint, error, file, accept, inputRef, onChange }: Props) {
  const { t } = useTranslation();
  const describedBy = [`${id}-chosen`, hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="mb-3">
      <input
        ref={inputRef}
        id={id}
        type="file"
        className="upload"
        accept={accept}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-chosen`} className="ms-2 small" aria-live="polite">
        {file ? t('file.chosen', { name: file.name }) : t('file.none')}
      </span>
      {hint && (
        <small id={`${id}-hint`} className="form-text d-block">
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
