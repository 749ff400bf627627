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

type ScopedAssignment = Assignment & { body?: { id: string; name: string } | null };

/** What the viewer may do, read from its role assignments (the server decides; the UI only offers). */
export type Viewer = {
  isAdmin: boolean;
  isAuditor: boolean;
  isOfficer: boolean;
  /** Aggregations the viewer runs as lead manager. */
  leadOf: { id: string; name: string }[];
  /** Member bodies the viewer refers for, with their aggregation. */
  memberOf: { aggregation: { id: string; name: string }; body: { id: string; name: string } }[];
};

/** Reads the viewer's capabilities from its role assignments. */
export function viewerOf(assignments: ScopedAssignment[]): Viewer {
  const leadOf = new Map<string, string>();
  const memberOf: Viewer['memberOf'] = [];
  for (const a of assignments) {
    if (a.role === 'LEAD_MANAGER' && a.aggregation) leadOf.set(a.aggregation.id, a.aggregation.name);
    if (a.role === 'MEMBER_REFERENT' && a.aggregation && a.body) memberOf.push({ aggregation: a.aggregation, body: a.body });
  }
  return {
    isAdmin: assignments.some((a) => a.role === 'ADMIN'),
    isAuditor: assignments.some((a) => a.role === 'AUDITOR'),
    isOfficer: assignments.some((a) => a.role === 'REGION_OFFICER'),
    leadOf: [...leadOf].map(([id, name]) => ({ id, name })),
    memberOf,
  };
}

/** True when the viewer runs the aggregation (lead manager) or is an admin. */
export function leadsAggregation(v: Viewer, aggregationID: string): boolean {
  return v.isAdmin || v.leadOf.some((a) => a.id === aggregationID);
}

/**
 * True when the viewer reads a project's whole-project reports (the
 * national monitoring feed shows every member): the lead, the Region's
 * officers and auditors, admins — not a member referent. The server decides
 * (report.whole_project); the UI only offers.
 */
export function seesWholeProject(v: Viewer, aggregationID: string): boolean {
  return leadsAggregation(v, aggregationID) || v.isOfficer || v.isAuditor;
}

/** The member body the viewer refers for in an aggregation, if any. */
export function memberBodyIn(v: Viewer, aggregationID: string): { id: string; name: string } | null {
  return v.memberOf.find((m) => m.aggregation.id === aggregationID)?.body ?? null;
}
