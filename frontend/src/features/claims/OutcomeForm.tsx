import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompleteReview } from './useClaim';
import { Field } from '../../components/Field';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { formatCents } from '../../lib/format';
import type { ReviewOutcome } from '../../gql/graphql';
import { textLimits } from '../../lib/textLimits';

const outcomes: ReviewOutcome[] = ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'CHANGES_REQUESTED'];

type Totals = { admitted: number; cut: number; pending: number };

/** The outcome the decisions point to, or null while expenses are undecided. */
export function suggestedOutcome(totals: Totals): ReviewOutcome | null {
  if (totals.pending > 0) return null;
  if (totals.cut === 0) return 'ACCEPTED';
  if (totals.admitted === 0) return 'REJECTED';
  return 'PARTIALLY_ACCEPTED';
}

/**
 * Closes a review: outcome and comments to the lead. Changes requested
 * need comments; the other outcomes need every check answered and every
 * expense decided, and must agree with the decisions (the server checks).
 */
export function OutcomeForm({ reviewID, totals, checklistMissing, onDone }: { reviewID: string; totals: Totals; checklistMissing: number; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const errorsRef = useRef<HTMLDivElement>(null);
  const suggested = suggestedOutcome(totals);
  const [outcome, setOutcome] = useState<ReviewOutcome | ''>('');
  const [comments, setComments] = useState('');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, complete] = useCompleteReview();

  function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    if (!outcome) local.push({ kind: 'INVALID', field: 'outcome', rule: null, message: t('review.outcome.errors.required') });
    else if (outcome === 'CHANGES_REQUESTED' && !comments.trim())
      local.push({ kind: 'INVALID', field: 'comments', rule: null, message: t('review.outcome.errors.comments') });
    setErrors(local);
    if (local.length) {
      document.getElementById(local[0].field === 'outcome' ? `${id}-${outcomes[0]}` : `${id}-comments`)?.focus();
      return;
    }
    setConfirming(true);
  }

  async function go() {
    const res = await complete({ reviewID, outcome: outcome as ReviewOutcome, comments: comments.trim() || null });
    setConfirming(false);
    if (res.error) {
      setErrors(serverErrors(res.error));
      setTimeout(() => errorsRef.current?.focus(), 0);
      return;
    }
    onDone();
  }

  const outcomeError = fieldError(errors, 'outcome');
  return (
    <form onSubmit={submit} noValidate data-testid="outcome-form">
      <FormErrors ref={errorsRef} errors={errors} shownFields={['outcome', 'comments']} />
      <p className="small">
        {t('review.outcome.state', { admitted: formatCents(totals.admitted), cut: formatCents(totals.cut), pending: totals.pending })}
        {checklistMissing > 0 && <> {t('review.outcome.checklistMissing', { count: checklistMissing })}</>}
      </p>
      {suggested && <p className="small" data-testid="suggested-outcome">{t('review.outcome.suggested', { outcome: t(`reviewOutcome.${suggested}`) })}</p>}
      <fieldset className="mb-3" aria-describedby={outcomeError ? `${id}-outcome-error` : undefined} aria-invalid={outcomeError ? true : undefined}>
        <legend className="h6 fs-6 fw-semibold">{t('review.outcome.legend')} <span aria-hidden="true">*</span></legend>
        {outcomes.map((o) => (
          <div key={o} className="form-check">
            <input
              className="form-check-input"
              type="radio"
              name={`${id}-outcome`}
              id={`${id}-${o}`}
              value={o}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
              required
            />
            <label className="form-check-label" htmlFor={`${id}-${o}`}>
              {t(`reviewOutcome.${o}`)}
              <span className="d-block small text-secondary">{t(`review.outcome.help.${o}`)}</span>
            </label>
          </div>
        ))}
        {outcomeError && (
          <div id={`${id}-outcome-error`} className="invalid-feedback d-block">{outcomeError}</div>
        )}
      </fieldset>
      <Field
        id={`${id}-comments`}
        label={t('review.outcome.comments')}
        hint={t('review.outcome.commentsHint')}
        error={fieldError(errors, 'comments')}
        required={outcome === 'CHANGES_REQUESTED'}
      >
        {(p) => <textarea {...p} rows={3} maxLength={textLimits.reviewComments} value={comments} onChange={(e) => setComments(e.target.value)} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={fetching} aria-busy={fetching}>
        {t('review.outcome.submit')}
      </button>
      {confirming && outcome && (
        <ConfirmDialog
          testid="confirm-outcome"
          title={t('acts.outcome.title', { outcome: t(`reviewOutcome.${outcome}`) })}
          confirmLabel={t('acts.outcome.yes')}
          busy={fetching}
          onConfirm={go}
          onCancel={() => setConfirming(false)}
        >
          <ul>
            <li>{t('acts.outcome.amounts', { admitted: formatCents(totals.admitted), cut: formatCents(totals.cut) })}</li>
            <li>{t('acts.outcome.minutes')}</li>
            <li>{t('acts.outcome.told')}</li>
          </ul>
          <p className="mb-0">{t('acts.irreversible')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
