import { useTranslation } from 'react-i18next';
import type { CombinedError } from '@urql/core';
import { errorKind, errorReference } from '../lib/errors';

type Props = { error: CombinedError | undefined; onRetry?: () => void };

/** Shows why a request failed, in the user's language, with a retry when it may help. */
export function QueryError({ error, onRetry }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const kind = errorKind(error);
  const retryable = kind === 'NETWORK' || kind === 'INTERNAL' || kind === 'UNAVAILABLE' || kind === 'TIMEOUT';
  const reference = errorReference(error);
  return (
    <div className={`alert ${kind === 'NOT_FOUND' || kind === 'FORBIDDEN' ? 'alert-warning' : 'alert-danger'}`} role="alert" data-error-kind={kind}>
      <p className="mb-2">{t(`errors.${kind}`)}</p>
      {reference && <p className="small mb-2" data-testid="error-reference">{t('errors.reference', { reference })}</p>}
      {retryable && onRetry && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
