import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransitionProcurement } from './useProcurementActions';
import { FormErrors } from '../../components/FormErrors';
import { serverErrors, type ServerError } from '../../lib/errors';
import type { ProcurementStatus } from '../../gql/graphql';

/** The moves a lead makes by hand (awards and contracts move a procedure on by themselves). */
export function manualTransitions(status: ProcurementStatus): ProcurementStatus[] {
  switch (status) {
    case 'PLANNED':
      return ['PUBLISHED', 'CANCELLED'];
    case 'PUBLISHED':
      return ['DESERTED', 'CANCELLED'];
    case 'AWARDED':
      return ['CANCELLED'];
    default:
      return [];
  }
}

/** Buttons moving a procedure along; closing it (deserted, cancelled) asks for a confirmation first. */
export function ProcurementActions({ id, title, status, onDone }: { id: string; title: string; status: ProcurementStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState<ProcurementStatus | null>(null);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [{ fetching }, move] = useTransitionProcurement();
  const alertRef = useRef<HTMLDivElement>(null);
  const moves = manualTransitions(status);
  if (moves.length === 0) return null;

  async function go(to: ProcurementStatus) {
    const res = await move({ id, to });
    setConfirm(null);
    if (res.error) {
      setErrors(serverErrors(res.error));
      setTimeout(() => alertRef.current?.focus(), 0);
      return;
    }
    setErrors([]);
    onDone();
  }

  return (
    <div className="mb-2">
      <FormErrors ref={alertRef} errors={errors} />
      {confirm ? (
        <div className="alert alert-warning" role="alertdialog" aria-labelledby={`confirm-${id}`} data-testid="procurement-confirm">
          <p id={`confirm-${id}`}>{t('procurementActions.confirm', { title, to: t(`procurementStatus.${confirm}`) })}</p>
          <button type="button" className="btn btn-danger btn-sm me-2" disabled={fetching} onClick={() => void go(confirm)} autoFocus>
            {t('procurementActions.confirmYes', { to: t(`procurementActions.to.${confirm}`) })}
          </button>
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setConfirm(null)}>{t('app.cancel')}</button>
        </div>
      ) : (
        moves.map((to) => (
          <button key={to} type="button" className={`btn btn-sm me-2 ${to === 'PUBLISHED' ? 'btn-outline-primary' : 'btn-outline-danger'}`} disabled={fetching}
            onClick={() => (to === 'PUBLISHED' ? void go(to) : setConfirm(to))}>
            {t(`procurementActions.to.${to}`)}
            <span className="visually-hidden"> – {title}</span>
          </button>
        ))
      )}
    </div>
  );
}
