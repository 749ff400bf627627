// The officer's decision form on a variation: what it checks before
// sending (the server checks again) and the input it sends.

/** The outcomes, in the order the form offers them. */
export const outcomes = ['APPROVED', 'PARTIALLY_APPROVED', 'REJECTED'] as const;
export type Outcome = (typeof outcomes)[number];

/** The form as typed; outcome is empty until chosen (no preselection). */
export type DecisionForm = { outcome: Outcome | ''; reason: string; effectiveFrom: string; endsOn: string };

export const emptyDecision: DecisionForm = { outcome: '', reason: '', effectiveFrom: '', endsOn: '' };

/** i18n keys (under variation.decide.errors) of what is wrong, by field. */
export type DecisionErrors = Partial<Record<keyof DecisionForm, string>>;

/**
 * Checks the form: an outcome chosen; a reason (3 characters at least) to
 * reject or approve in part; an effective date not after today; for a
 * partial approval an end date not after the one requested (dates are ISO
 * "YYYY-MM-DD", which compare as strings).
 */
export function decisionErrors(f: DecisionForm, ctx: { today: string; requestedEndsOn?: string | null }): DecisionErrors {
  const e: DecisionErrors = {};
  if (!f.outcome) e.outcome = 'outcome';
  if ((f.outcome === 'REJECTED' || f.outcome === 'PARTIALLY_APPROVED') && f.reason.trim().length < 3) e.reason = 'reason';
  if (f.reason.length > 4000) e.reason = 'reasonTooLong';
  if (f.outcome !== 'REJECTED' && f.effectiveFrom && f.effectiveFrom > ctx.today) e.effectiveFrom = 'effectiveFuture';
  if (f.outcome === 'PARTIALLY_APPROVED' && f.endsOn) {
    if (!ctx.requestedEndsOn) e.endsOn = 'endsOnNotRequested';
    else if (f.endsOn > ctx.requestedEndsOn) e.endsOn = 'endsOnAfterRequested';
  }
  return e;
}

/** The input of decideVariation for a valid form. */
export function decisionInput(f: DecisionForm): { outcome: Outcome; reason: string | null; effectiveFrom: string | null; endsOn: string | null } {
  const outcome = f.outcome as Outcome;
  return {
    outcome,
    reason: f.reason.trim() || null,
    effectiveFrom: outcome !== 'REJECTED' && f.effectiveFrom ? f.effectiveFrom : null,
    endsOn: outcome === 'PARTIALLY_APPROVED' && f.endsOn ? f.endsOn : null,
  };
}
