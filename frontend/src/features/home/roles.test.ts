import { describe, expect, it } from 'vitest';
import { seesWholeProject, viewerOf } from './roles';

const AG = { id: 'AG01', name: 'Comuni delle Marche Sud' };
const GROTTAMMARE = { id: 'PB09', name: 'Comune di Grottammare' };

describe('seesWholeProject', () => {
  it('offers the whole-project reports to the lead, the Region and admins, not to a member referent', () => {
    expect(seesWholeProject(viewerOf([{ role: 'LEAD_MANAGER', aggregation: AG }]), AG.id)).toBe(true);
    expect(seesWholeProject(viewerOf([{ role: 'REGION_OFFICER' }]), AG.id)).toBe(true);
    expect(seesWholeProject(viewerOf([{ role: 'AUDITOR' }]), AG.id)).toBe(true);
    expect(seesWholeProject(viewerOf([{ role: 'ADMIN' }]), AG.id)).toBe(true);
    expect(seesWholeProject(viewerOf([{ role: 'MEMBER_REFERENT', aggregation: AG, body: GROTTAMMARE }]), AG.id)).toBe(false);
    // Leading another aggregation does not open this one's.
    expect(seesWholeProject(viewerOf([{ role: 'LEAD_MANAGER', aggregation: { id: 'AG02', name: 'Unione Montana' } }, { role: 'MEMBER_REFERENT', aggregation: AG, body: GROTTAMMARE }]), AG.id)).toBe(false);
  });
});
