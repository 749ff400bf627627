import type { Viewer } from '../home/roles';

/** A section of the main navigation. */
export type NavSection = { key: 'home' | 'calls' | 'applications' | 'projects' | 'claims' | 'access' | 'admin'; to: string };

const ALL: NavSection[] = [
  { key: 'home', to: '/' },
  { key: 'calls', to: '/bandi' },
  { key: 'applications', to: '/domande' },
  { key: 'projects', to: '/progetti' },
  { key: 'claims', to: '/rendiconti' },
  { key: 'access', to: '/richieste-accesso' },
  { key: 'admin', to: '/amministrazione' },
];

/**
 * The sections of the main navigation a viewer has something in (the server
 * still decides what each list holds): calls for the Region and the leads
 * who apply; applications for the aggregations and the Region's officers;
 * projects and claims for every working role; the access requests for those
 * who decide them (admins, officers, leads); administration for admins.
 */
export function navSections(v: Viewer): NavSection[] {
  const aggregation = v.leadOf.length > 0 || v.memberOf.length > 0;
  const region = v.isOfficer || v.isAuditor;
  const shown: Record<NavSection['key'], boolean> = {
    home: true,
    calls: v.isAdmin || v.isOfficer || v.leadOf.length > 0,
    applications: v.isAdmin || v.isOfficer || aggregation,
    projects: v.isAdmin || region || aggregation,
    claims: v.isAdmin || region || aggregation,
    // Those who decide access requests: admins, officers, lead managers.
    access: v.isAdmin || v.isOfficer || v.leadOf.length > 0,
    admin: v.isAdmin,
  };
  return ALL.filter((s) => shown[s.key]);
}

/** The section a path belongs to (the longest matching prefix), for aria-current. */
export function currentSection(sections: NavSection[], pathname: string): NavSection['key'] | null {
  let best: NavSection | null = null;
  for (const s of sections) {
    const match = s.to === '/' ? pathname === '/' : pathname === s.to || pathname.startsWith(`${s.to}/`);
    if (match && (!best || s.to.length > best.to.length)) best = s;
  }
  return best?.key ?? null;
}

type ScopedAssignment = {
  role: string;
  regionBody?: { name: string } | null;
  aggregation?: { name: string } | null;
  body?: { name: string } | null;
};

/**
 * The body the user works for, as the slim header names it: the member
 * body, the aggregation or the Region of the first role assignment that
 * has one.
 */
export function workingBody(assignments: ScopedAssignment[]): string | null {
  for (const a of assignments) {
    const name = a.body?.name ?? a.aggregation?.name ?? a.regionBody?.name;
    if (name) return name;
  }
  return null;
}
