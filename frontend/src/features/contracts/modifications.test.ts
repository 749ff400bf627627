import { describe, expect, it } from 'vitest';
import { modificationErrors, modificationInput, shareChanges } from './modifications';

describe('shareChanges', () => {
  it('pairs every member before and after, by name, with the difference', () => {
    const rows = shareChanges(
      [{ bodyID: 'b', bodyName: 'Comune di Zeta', amountCents: 1000 }, { bodyID: 'a', bodyName: 'Comune di Acquaviva', amountCents: 500 }],
      [{ bodyID: 'a', bodyName: 'Comune di Acquaviva', amountCents: 600 }, { bodyID: 'c', bodyName: 'Comune di Monte', amountCents: 50 }],
    );
    expect(rows.map((r) => [r.name, r.before, r.after, r.delta])).toEqual([
      ['Comune di Acquaviva', 500, 600, 100],
      ['Comune di Monte', 0, 50, 50],
      ['Comune di Zeta', 1000, 0, -1000],
    ]);
  });
});

describe('the proposal form', () => {
  const ok = { basis: 'DE_MINIMIS', actNumber: 'Det. 12/2026', actDate: '2026-11-30', net: '10.500,00', vat: '2.310,00', endsOn: '', reason: 'Lavori aggiuntivi' };
  it('accepts a complete form and sends cents read without floats', () => {
    expect(modificationErrors(ok)).toEqual({});
    expect(modificationInput('CT1', 3, { ...ok, net: '0,29', vat: '' })).toEqual({
      contractID: 'CT1', contractVersion: 3, basis: 'DE_MINIMIS', actNumber: 'Det. 12/2026', actDate: '2026-11-30', reason: 'Lavori aggiuntivi',
      netCents: 29, vatCents: 0, endsOn: null,
    });
  });
  it('names the fields to fix', () => {
    expect(modificationErrors({ ...ok, basis: '', net: '0', vat: 'x', reason: ' ', actNumber: 'x'.repeat(51) }))
      .toEqual({ basis: 'basis', netCents: 'net', vatCents: 'vat', reason: 'reason', actNumber: 'actNumber' });
  });
});
