import { describe, expect, it } from 'vitest';
import { budgetShares } from './CallBudget';

const use = (total: number, granted: number, pending: number) => ({
  totalCents: total, grantedCents: granted, pendingCents: pending, availableCents: total - granted, projects: 1, pending: 1,
});

describe('budgetShares', () => {
  it('splits the bar into granted, pending and free', () => {
    expect(budgetShares(use(1000, 250, 500))).toEqual({ granted: 25, pending: 50, free: 25 });
  });
  it('caps the pending share at what is left', () => {
    expect(budgetShares(use(1000, 800, 500))).toEqual({ granted: 80, pending: 20, free: 0 });
  });
  it('fills the bar with the grants when they exceed the total', () => {
    expect(budgetShares(use(1000, 1200, 300))).toEqual({ granted: 100, pending: 0, free: 0 });
  });
  it('draws nothing for a call without a total', () => {
    expect(budgetShares(use(0, 0, 0))).toEqual({ granted: 0, pending: 0, free: 0 });
  });
});
