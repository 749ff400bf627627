import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A form's "send" button (busy while the request runs) and its "Annulla". */
export function FormButtons({ submit, busy, onCancel }: { submit: ReactNode; busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="submit" className="btn btn-primary btn-sm me-2" disabled={busy} aria-busy={busy}>{submit}</button>
      <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>{t('app.cancel')}</button>
    </>
  );
}
