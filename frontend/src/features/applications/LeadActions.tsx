import { useTranslation } from 'react-i18next';
import { useSubmitApplication, useWithdrawApplication } from './useApplicationActions';
import { FormErrors } from '../../components/FormErrors';
import { useConfirmedAction } from '../../lib/useConfirmedAction';

type Props = {
  applicationID: string;
  canSubmit: boolean;
  canWithdraw: boolean;
  /** Problems of the saved budget: the server refuses to submit while any remain. */
  problemsCount: number;
  /** Unsaved budget changes: save them before submitting. */
  dirty: boolean;
  onDone: () => void;
};

/** The lead's "Presenta la domanda" and "Ritira la domanda", each confirmed before it is sent. */
export function LeadActions({ applicationID, canSubmit, canWithdraw, problemsCount, dirty, onDone }: Props) {
  const { t } = useTranslation();
  const [{ fetching: submitting }, submit] = useSubmitApplication();
  const [{ fetching: withdrawing }, withdraw] = useWithdrawApplication();
  const { confirming, ask, cancel, go: run, errors, alertRef: errorsRef } = useConfirmedAction(
    (what: 'submit' | 'withdraw') => (what === 'submit' ? submit({ id: applicationID }) : withdraw({ id: applicationID })),
    onDone,
  );
  const busy = submitting || withdrawing;

  if (!canSubmit && !canWithdraw) return null;
  // Unsaved changes block the submission (the server would judge the saved
  // budget); known problems do not: the server's refusal then says why.
  const blocked = dirty ? t('applicationActions.saveFirst') : null;
  const hint = blocked ?? (problemsCount > 0 ? t('applicationActions.fixFirst', { count: problemsCount }) : null);
  return (
    <section aria-labelledby="lead-actions-title" className="mb-5" data-testid="lead-actions">
      <h2 id="lead-actions-title" className="h4">{t('applicationActions.title')}</h2>
      <FormErrors ref={errorsRef} errors={errors} />
      {confirming ? (
        <div className="alert alert-warning" role="alertdialog" aria-labelledby="confirm-text" data-testid="confirm">
          <p id="confirm-text">{t(`applicationActions.confirm.${confirming}`)}</p>
          <button type="button" className="btn btn-primary me-2" onClick={() => void run(confirming)} disabled={busy} autoFocus>
            {t(`applicationActions.confirmYes.${confirming}`)}
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={cancel} disabled={busy}>
            {t('app.cancel')}
          </button>
        </div>
      ) : (
        <div className="d-flex flex-wrap gap-2 align-items-center">
          {canSubmit && (
            <button type="button" className="btn btn-primary" onClick={() => ask('submit')} disabled={!!blocked} aria-describedby={hint ? 'submit-hint' : undefined}>
              {t('applicationActions.submit')}
            </button>
          )}
          {canWithdraw && (
            <button type="button" className="btn btn-outline-danger" onClick={() => ask('withdraw')}>
              {t('applicationActions.withdraw')}
            </button>
          )}
          {canSubmit && hint && <span id="submit-hint" className="small">{hint}</span>}
        </div>
      )}
    </section>
  );
}
