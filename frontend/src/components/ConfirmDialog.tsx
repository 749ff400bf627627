import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The question, e.g. "Inviare il rendiconto alla Regione?". */
  title: ReactNode;
  /** What will happen: amounts, counts, who is told (a list reads best). */
  children: ReactNode;
  confirmLabel: ReactNode;
  /** Bootstrap colour of the confirming button: danger for what cannot be undone. */
  tone?: 'primary' | 'danger';
  busy?: boolean;
  testid: string;
  onConfirm: () => void;
  onCancel: () => void;
};

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A Bootstrap Italia modal asking to confirm an act that cannot be undone,
 * with the summary of what will happen. The focus moves into it (the
 * cancel button: the safe choice) and stays there, Tab cycling through its
 * buttons; Esc and the cancel button close it, and the focus returns to
 * where it was.
 */
export function ConfirmDialog({ title, children, confirmLabel, tone = 'primary', busy = false, testid, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    document.body.classList.add('modal-open');
    return () => {
      document.body.classList.remove('modal-open');
      before?.focus?.();
    };
  }, []);

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(focusable));
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <>
      <div
        className="modal fade show d-block"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        data-testid={testid}
        onKeyDown={onKeyDown}
        ref={ref}
      >
        <div className="modal-dialog modal-dialog-centered" role="document">
          <div className="modal-content">
            <div className="modal-header">
              <h2 className="modal-title h5 no_toc" id={`${id}-title`}>{title}</h2>
            </div>
            <div className="modal-body" id={`${id}-body`}>{children}</div>
            <div className="modal-footer">
              <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel} ref={cancelRef}>
                {t('app.cancel')}
              </button>
              <button type="button" className={`btn btn-${tone} btn-sm`} disabled={busy} onClick={onConfirm} data-testid={`${testid}-confirm`}>
                {confirmLabel}
              </button>
            </div>
          </div>
        </div>
      </div>
      <div className="modal-backdrop fade show" />
    </>,
    document.body,
  );
}
