import { describe, expect, it } from 'vitest';
import { applicationActions } from './actions';
import { viewerOf } from '../home/roles';

const lead = viewerOf([{ role: 'LEAD_MANAGER', aggregation: { id: 'AG1', name: 'Marche Sud' } }]);
const otherLead = viewerOf([{ role: 'LEAD_MANAGER', aggregation: { id: 'AG2', name: 'Altra' } }]);
const officer = viewerOf([{ role: 'REGION_OFFICER' }]);
const member = viewerOf([{ role: 'MEMBER_REFERENT', aggregation: { id: 'AG1', name: 'Marche Sud' }, body: { id: 'B1', name: 'Grottammare' } } as never]);

describe('what each role may do with an application', () => {
  it('the lead edits, submits and withdraws its draft', () => {
    expect(applicationActions(lead, { status: 'DRAFT', aggregationID: 'AG1' })).toEqual({ editBudget: true, submit: true, withdraw: true, examine: false, fund: false });
  });
  it('another aggregation’s lead and a member referent get no action', () => {
    for (const v of [otherLead, member]) {
      expect(Object.values(applicationActions(v, { status: 'DRAFT', aggregationID: 'AG1' })).some(Boolean)).toBe(false);
    }
  });
  it('the budget reopens on an integration request only when the budget is asked for', () => {
    expect(applicationActions(lead, { status: 'INTEGRATION_REQUESTED', aggregationID: 'AG1', integrationItems: ['NARRATIVE'] }).editBudget).toBe(false);
    expect(applicationActions(lead, { status: 'INTEGRATION_REQUESTED', aggregationID: 'AG1', integrationItems: ['BUDGET'] }).editBudget).toBe(true);
  });
  it('the officer examines a submitted application and funds an admissible one', () => {
    expect(applicationActions(officer, { status: 'SUBMITTED', aggregationID: 'AG1' })).toMatchObject({ examine: true, fund: false, editBudget: false, submit: false });
    expect(applicationActions(officer, { status: 'ADMISSIBLE', aggregationID: 'AG1' })).toMatchObject({ examine: false, fund: true });
    expect(applicationActions(officer, { status: 'FUNDED', aggregationID: 'AG1' })).toMatchObject({ examine: false, fund: false });
  });
  it('the lead cannot edit a submitted application but may still withdraw it', () => {
    expect(applicationActions(lead, { status: 'SUBMITTED', aggregationID: 'AG1' })).toMatchObject({ editBudget: false, submit: false, withdraw: true });
  });
});
