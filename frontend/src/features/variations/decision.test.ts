import { describe, expect, it } from 'vitest';
import { decisionErrors, decisionInput, emptyDecision } from './decision';

const ctx = { today: '2026-12-07', requestedEndsOn: '2027-06-30' };

describe('decisionErrors', () => {
  it('asks for an outcome: none is preselected', () => {
    expect(decisionErrors(emptyDecision, ctx)).toEqual({ outcome: 'outcome' });
  });
  it('approves without a reason', () => {
    expect(decisionErrors({ ...emptyDecision, outcome: 'APPROVED' }, ctx)).toEqual({});
  });
  it('requires a reason to reject or approve in part', () => {
    expect(decisionErrors({ ...emptyDecision, outcome: 'REJECTED', reason: '  ' }, ctx)).toEqual({ reason: 'reason' });
    expect(decisionErrors({ ...emptyDecision, outcome: 'PARTIALLY_APPROVED' }, ctx)).toEqual({ reason: 'reason' });
    expect(decisionErrors({ ...emptyDecision, outcome: 'REJECTED', reason: 'Non motivata' }, ctx)).toEqual({});
  });
  it('refuses an effective date after today', () => {
    expect(decisionErrors({ ...emptyDecision, outcome: 'APPROVED', effectiveFrom: '2026-12-08' }, ctx)).toEqual({ effectiveFrom: 'effectiveFuture' });
    expect(decisionErrors({ ...emptyDecision, outcome: 'APPROVED', effectiveFrom: '2026-12-07' }, ctx)).toEqual({});
  });
  it('approving in part, an end date not after the one requested', () => {
    const f = { ...emptyDecision, outcome: 'PARTIALLY_APPROVED' as const, reason: 'Proroga ridotta' };
    expect(decisionErrors({ ...f, endsOn: '2027-07-01' }, ctx)).toEqual({ endsOn: 'endsOnAfterRequested' });
    expect(decisionErrors({ ...f, endsOn: '2027-06-30' }, ctx)).toEqual({});
    expect(decisionErrors({ ...f, endsOn: '2027-03-31' }, { today: ctx.today })).toEqual({ endsOn: 'endsOnNotRequested' });
  });
});

describe('decisionInput', () => {
  it('sends the end date only for a partial approval and no date for a rejection', () => {
    expect(decisionInput({ outcome: 'APPROVED', reason: '', effectiveFrom: '2026-12-01', endsOn: '2027-01-01' }))
      .toEqual({ outcome: 'APPROVED', reason: null, effectiveFrom: '2026-12-01', endsOn: null });
    expect(decisionInput({ outcome: 'REJECTED', reason: ' No ', effectiveFrom: '2026-12-01', endsOn: '' }))
      .toEqual({ outcome: 'REJECTED', reason: 'No', effectiveFrom: null, endsOn: null });
    expect(decisionInput({ outcome: 'PARTIALLY_APPROVED', reason: 'Meno', effectiveFrom: '', endsOn: '2027-03-31' }))
      .toEqual({ outcome: 'PARTIALLY_APPROVED', reason: 'Meno', effectiveFrom: null, endsOn: '2027-03-31' });
  });
});
