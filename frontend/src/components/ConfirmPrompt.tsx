import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** Id of the question, which names the dialog. */
  id: string;
  testid: string;
  message: ReactNode;
  confirmLabel: ReactNode;
  /** Bootstrap colour of the confirming button: danger for what cannot be undone. */
  tone: 'primary' | 'danger';
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * An inline confirmation ("Sospendere il progetto…?" · Sì · Annulla) in a
 * warning alert with the alertdialog role; the confirming button takes the
 * focus, so the question is read out at once.
 */
export function ConfirmPrompt({ id, testid, message, confirmLabel, tone, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warning" role="alertdialog" aria-labelledby={id} data-testid={testid}>
      <p id={id}>{message}</p>
      <button type="button" className={`btn btn-${tone} btn-sm me-2`} disabled={busy} onClick={onConfirm} autoFocus>
        {confirmLabel}
      </button>
      <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>{t('app.cancel')}</button>
    </div>
  );
}
