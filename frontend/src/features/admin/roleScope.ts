import type { RoleAssignmentRole } from '../../gql/graphql';

/** A role that can be granted. */
export type Role = RoleAssignmentRole;

/** Which scope a role needs when granted (the server checks it too). */
export function roleScope(role: Role): { region: boolean; aggregation: boolean; body: boolean } {
  switch (role) {
    case 'REGION_OFFICER':
    case 'AUDITOR':
      return { region: true, aggregation: false, body: false };
    case 'LEAD_MANAGER':
      return { region: false, aggregation: true, body: false };
    case 'MEMBER_REFERENT':
      return { region: false, aggregation: true, body: true };
    default:
      return { region: false, aggregation: false, body: false };
  }
}
