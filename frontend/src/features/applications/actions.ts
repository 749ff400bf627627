import type { ApplicationStatus } from '../../gql/graphql';
import type { Viewer } from '../home/roles';
import { leadsAggregation } from '../home/roles';

/** What the viewer may do with an application in its current state (the server decides; the UI only offers). */
export type ApplicationActions = {
  editBudget: boolean;
  submit: boolean;
  withdraw: boolean;
  /** Officer: admissible / inadmissible / integration request. */
  examine: boolean;
  /** Officer: fund or reject an admissible application. */
  fund: boolean;
};

/** Reads the actions from the viewer's roles and the application's status. */
export function applicationActions(
  v: Viewer,
  a: { status: ApplicationStatus; aggregationID: string; integrationItems?: string[] | null },
): ApplicationActions {
  const lead = leadsAggregation(v, a.aggregationID);
  const officer = v.isOfficer || v.isAdmin;
  const budgetOpen = a.status === 'DRAFT' || (a.status === 'INTEGRATION_REQUESTED' && (a.integrationItems ?? []).includes('BUDGET'));
  return {
    editBudget: lead && budgetOpen,
    submit: lead && (a.status === 'DRAFT' || a.status === 'INTEGRATION_REQUESTED'),
    withdraw: lead && ['DRAFT', 'SUBMITTED', 'INTEGRATION_REQUESTED', 'ADMISSIBLE'].includes(a.status),
    examine: officer && a.status === 'SUBMITTED',
    fund: officer && a.status === 'ADMISSIBLE',
  };
}
