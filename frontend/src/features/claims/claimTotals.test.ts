import { describe, expect, it } from 'vitest';
import { claimTotals } from './useClaim';
import { suggestedOutcome } from './OutcomeForm';

describe('claimTotals and suggestedOutcome', () => {
  const items = [
    { claimedCents: 1000, admittedCents: 1000, decision: 'ADMITTED' as const },
    { claimedCents: 500, admittedCents: 200, decision: 'PARTIALLY_ADMITTED' as const },
    { claimedCents: 300, admittedCents: 0, decision: 'CUT' as const },
    { claimedCents: 700, admittedCents: null, decision: 'PENDING' as const },
  ];

  it('adds up claimed, admitted, cut and counts the undecided', () => {
    expect(claimTotals(items)).toEqual({ claimed: 2500, admitted: 1200, cut: 600, pending: 1, count: 4 });
  });

  it('suggests the outcome the decisions point to', () => {
    expect(suggestedOutcome(claimTotals(items))).toBeNull();
    expect(suggestedOutcome(claimTotals(items.slice(0, 3)))).toBe('PARTIALLY_ACCEPTED');
    expect(suggestedOutcome(claimTotals(items.slice(0, 1)))).toBe('ACCEPTED');
    expect(suggestedOutcome(claimTotals(items.slice(2, 3)))).toBe('REJECTED');
  });
});
