import type { RoleAssignmentRole } from '../../gql/graphql';

type Assignment = {
  role: RoleAssignmentRole;
  aggregation?: { id: string; name: string } | null;
};

/** The aggregations whose applications the user works on (as lead or member referent). */
export function workingAggregations(assignments: Assignment[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const a of assignments) {
    if ((a.role === 'LEAD_MANAGER' || a.role === 'MEMBER_REFERENT') && a.aggregation) {
      seen.set(a.aggregation.id, a.aggregation.name);
    }
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** True for a user of the Region (officer or auditor) who works on no aggregation. */
export function isRegionOnly(assignments: Assignment[]): boolean {
  const region = assignments.some((a) => a.role === 'REGION_OFFICER' || a.role === 'AUDITOR');
  return region && workingAggregations(assignments).length === 0 && !assignments.some((a) => a.role === 'ADMIN');
}
