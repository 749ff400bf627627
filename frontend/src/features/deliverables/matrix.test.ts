import { describe, expect, it } from 'vitest';
import { deliverablesMatrix } from './matrix';

const A = { id: 'B1', name: 'Acquaviva Picena' };
const G = { id: 'B2', name: 'Grottammare' };
const L1 = { id: 'L1', code: '1.2', name: 'Cloud' };
const L2 = { id: 'L2', code: '1.10', name: 'Siti' };

describe('deliverables matrix', () => {
  it('counts deliverables per member and line, the late ones apart', () => {
    const m = deliverablesMatrix([
      { id: 'd1', status: 'ACCEPTED', dueOn: '2026-01-01', body: G, interventionLine: L2 },
      { id: 'd2', status: 'PLANNED', dueOn: '2026-01-01', body: G, interventionLine: L2 },
      { id: 'd3', status: 'IN_PROGRESS', dueOn: '2027-01-01', body: A, interventionLine: L1 },
    ], '2026-06-01');
    expect(m.bodies.map((b) => b.name)).toEqual(['Acquaviva Picena', 'Grottammare']);
    expect(m.lines.map((l) => l.code)).toEqual(['1.2', '1.10']);
    expect(m.cell('B2', 'L2')).toEqual({ counts: { ACCEPTED: 1, PLANNED: 1 }, late: 1, total: 2 });
    expect(m.cell('B1', 'L1')).toEqual({ counts: { IN_PROGRESS: 1 }, late: 0, total: 1 });
    expect(m.cell('B1', 'L2')).toBeUndefined();
  });
});
