import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CombinedError } from '@urql/core';
import { QueryError } from './QueryError';

/** A page that cannot be shown: not found (or not readable), or an error with a retry. */
export function PageError({ error, onRetry }: { error?: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="h2">{t('errors.title')}</h1>
      {error ? (
        <QueryError error={error} onRetry={onRetry} />
      ) : (
        <div className="alert alert-warning" role="alert" data-error-kind="NOT_FOUND">
          <p className="mb-0">{t('errors.NOT_FOUND')}</p>
        </div>
      )}
      <Link to="/">{t('app.back')}</Link>
    </>
  );
}
