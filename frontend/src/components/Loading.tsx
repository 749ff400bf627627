import { useTranslation } from 'react-i18next';

/** A polite "loading" indicator. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="d-flex align-items-center my-4" role="status" aria-live="polite">
      <div className="progress-spinner progress-spinner-active size-sm me-2" aria-hidden="true" />
      <span>{t('app.loading')}</span>
    </div>
  );
}
