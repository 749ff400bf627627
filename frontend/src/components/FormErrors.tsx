import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerError } from '../lib/errors';

type Props = {
  errors: ServerError[];
  /** Fields whose messages are shown next to their inputs, not here. */
  shownFields?: string[];
  id?: string;
};

/**
 * The server's refusals of a form that belong to no visible field, in an
 * alert announced at once. Messages come from the server in Italian;
 * unexpected failures are told in the UI's own words.
 */
export const FormErrors = forwardRef<HTMLDivElement, Props>(function FormErrors({ errors, shownFields = [], id }, ref) {
  const { t } = useTranslation();
  const rest = errors.filter((e) => !(e.field && shownFields.includes(e.field) && e.message));
  if (rest.length === 0) return null;
  return (
    <div ref={ref} id={id} className="alert alert-danger" role="alert" tabIndex={-1} data-testid="form-errors">
      {rest.length === 1 ? (
        <p className="mb-0">{rest[0].message ?? t(`errors.${rest[0].kind}`)}</p>
      ) : (
        <ul className="mb-0">
          {rest.map((e, i) => (
            <li key={i}>{e.message ?? t(`errors.${e.kind}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
});
