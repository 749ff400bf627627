import { ofBody } from '../../lib/italian';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, type ServerError } from '../../lib/errors';
import { formatCents, formatEuroInput, parseEuroToCents } from '../../lib/format';
import { textLimits } from '../../lib/textLimits';

type DecisionErrors = { admittedCents?: string; reason?: string };

/**
 * Checks an auditor's decision on an expense before it is sent: the amount
 * admitted is a valid amount between 0 and the amount claimed; anything
 * less than claimed is a cut and needs its reason.
 */
export function validateDecision(
  t: TFunction,
  amount: string,
  reason: string,
  claimedCents: number,
): { admittedCents: number | null; errors: DecisionErrors } {
  const errors: DecisionErrors = {};
  const cents = parseEuroToCents(amount);
  if (cents == null) errors.admittedCents = t('review.decision.errors.amount');
  else if (cents < 0) errors.admittedCents = t('review.decision.errors.negative');
  else if (cents > claimedCents) errors.admittedCents = t('review.decision.errors.aboveClaimed', { claimed: formatCents(claimedCents) });
  else if (cents < claimedCents && !reason.trim())
    errors.reason = t('review.decision.errors.reason', { cut: formatCents(claimedCents - cents) });
  return { admittedCents: Object.keys(errors).length ? null : cents, errors };
}

type Props = {
  item: { id: string; claimedCents: number; admittedCents?: number | null; cutReason?: string | null; body: { name: string } };
  /** Sends the decision; resolves with the server's refusals (empty when saved). */
  onDecide: (admittedCents: number, reason: string) => Promise<ServerError[]>;
  onCancel: () => void;
};

/** Cuts (in whole or in part) an expense: amount admitted and the reason for the cut. */
export function ItemDecisionForm({ item, onDecide, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [amount, setAmount] = useState(formatEuroInput(item.admittedCents != null && item.admittedCents < item.claimedCents ? item.admittedCents : 0));
  const [reason, setReason] = useState(item.cutReason ?? '');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [busy, setBusy] = useState(false);
  // Opened from the row's "Taglia" button: keyboard users land on the amount.
  useEffect(() => document.getElementById(`${id}-admittedCents`)?.focus(), [id]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = validateDecision(t, amount, reason, item.claimedCents);
    const local: ServerError[] = Object.entries(v.errors).map(([field, message]) => ({ kind: 'INVALID', field, rule: null, message }));
    setErrors(local);
    if (v.admittedCents == null) {
      document.getElementById(`${id}-${local[0]?.field ?? 'admittedCents'}`)?.focus();
      return;
    }
    setBusy(true);
    const refused = await onDecide(v.admittedCents, reason.trim());
    setBusy(false);
    setErrors(refused);
    const f = refused.find((x) => x.field === 'reason' || x.field === 'admittedCents');
    if (f?.field) document.getElementById(`${id}-${f.field}`)?.focus();
  }

  return (
    <form onSubmit={submit} noValidate className="border rounded p-3" aria-labelledby={`${id}-title`} data-testid="decision-form">
      <h3 id={`${id}-title`} className="h6">{t('review.decision.title', { body: item.body.name, ofBody: ofBody(item.body.name) })}</h3>
      <p className="small">{t('review.decision.claimed', { amount: formatCents(item.claimedCents) })}</p>
      <FormErrors errors={errors} shownFields={['admittedCents', 'reason']} />
      <div className="row">
        <div className="col-md-4">
          <Field
            id={`${id}-admittedCents`}
            label={t('review.decision.admitted')}
            hint={t('review.decision.admittedHint')}
            error={fieldError(errors, 'admittedCents')}
            required
          >
            {(p) => <input {...p} type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-8">
          <Field id={`${id}-reason`} label={t('review.decision.reason')} error={fieldError(errors, 'reason')} required>
            {(p) => <textarea {...p} rows={2} maxLength={textLimits.cutReason} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </div>
      </div>
      <button type="submit" className="btn btn-danger btn-sm me-2" disabled={busy} aria-busy={busy}>
        {t('review.decision.save')}
      </button>
      <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>
        {t('app.cancel')}
      </button>
    </form>
  );
}
