import { useTranslation } from 'react-i18next';
import { useTransitionProcurement } from './useProcurementActions';
import { ConfirmPrompt } from '../../components/ConfirmPrompt';
import { FormErrors } from '../../components/FormErrors';
import { useConfirmedAction } from '../../lib/useConfirmedAction';
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
  const [{ fetching }, move] = useTransitionProcurement();
  const { confirming: confirm, ask, cancel, go, errors, alertRef } = useConfirmedAction((to: ProcurementStatus) => move({ id, to }), onDone);
  const moves = manualTransitions(status);
  if (moves.length === 0) return null;

  return (
    <div className="mb-2">
      <FormErrors ref={alertRef} errors={errors} />
      {confirm ? (
        <ConfirmPrompt id={`confirm-${id}`} testid="procurement-confirm" tone="danger" busy={fetching}
          message={t('procurementActions.confirm', { title, to: t(`procurementStatus.${confirm}`) })}
          confirmLabel={t('procurementActions.confirmYes', { to: t(`procurementActions.to.${confirm}`) })}
          onConfirm={() => void go(confirm)} onCancel={cancel} />
      ) : (
        moves.map((to) => (
          <button key={to} type="button" className={`btn btn-sm me-2 ${to === 'PUBLISHED' ? 'btn-outline-primary' : 'btn-outline-danger'}`} disabled={fetching}
            onClick={() => (to === 'PUBLISHED' ? void go(to) : ask(to))}>
            {t(`procurementActions.to.${to}`)}
            <span className="visually-hidden"> – {title}</span>
          </button>
        ))
      )}
    </div>
  );
}
