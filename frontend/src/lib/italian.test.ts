import { describe, expect, it } from 'vitest';
import { ofBody } from './italian';

describe('ofBody', () => {
  it('articulates the preposition by the kind in the name', () => {
    expect(ofBody('Comune di Grottammare')).toBe('del Comune di Grottammare');
    expect(ofBody('Unione dei Comuni della Valdaso')).toBe('dell’Unione dei Comuni della Valdaso');
    expect(ofBody('Provincia di Ascoli Piceno')).toBe('della Provincia di Ascoli Piceno');
    expect(ofBody('Grottammare')).toBe('di Grottammare');
  });
});
