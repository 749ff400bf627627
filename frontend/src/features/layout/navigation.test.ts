import { describe, expect, it } from 'vitest';
import { currentSection, navSections, workingBody } from './navigation';
import type { Viewer } from '../home/roles';

const none: Viewer = { isAdmin: false, isAuditor: false, isOfficer: false, leadOf: [], memberOf: [] };
const keys = (v: Partial<Viewer>) => navSections({ ...none, ...v }).map((s) => s.key);
const agg = { id: 'a1', name: 'Unione Valle' };

describe('navSections', () => {
  it('gives a lead every working section but administration', () => {
    expect(keys({ leadOf: [agg] })).toEqual(['home', 'calls', 'applications', 'projects', 'claims', 'access']);
  });

  it('gives a member referent no calls', () => {
    expect(keys({ memberOf: [{ aggregation: agg, body: { id: 'b1', name: 'Comune' } }] })).toEqual(['home', 'applications', 'projects', 'claims']);
  });

  it('gives an officer calls and applications, an auditor projects and claims only', () => {
    expect(keys({ isOfficer: true })).toEqual(['home', 'calls', 'applications', 'projects', 'claims', 'access']);
    expect(keys({ isAuditor: true })).toEqual(['home', 'projects', 'claims']);
  });

  it('shows administration to admins only', () => {
    expect(keys({ isAdmin: true })).toContain('admin');
    expect(keys({ isOfficer: true, leadOf: [agg] })).not.toContain('admin');
  });

  it('gives a user without roles only Home', () => {
    expect(keys({})).toEqual(['home']);
  });
});

describe('currentSection', () => {
  const all = navSections({ ...none, isAdmin: true });
  it('marks the section of a detail page', () => {
    expect(currentSection(all, '/progetti/abc')).toBe('projects');
    expect(currentSection(all, '/amministrazione/utenti/1')).toBe('admin');
    expect(currentSection(all, '/bandi')).toBe('calls');
  });
  it('marks Home only on the home page', () => {
    expect(currentSection(all, '/')).toBe('home');
    expect(currentSection(all, '/aggregazioni/1')).toBeNull();
    expect(currentSection(all, '/progettix')).toBeNull();
  });
});

describe('workingBody', () => {
  it('names the first scope: body, then aggregation, then Region', () => {
    expect(workingBody([{ role: 'ADMIN' }, { role: 'LEAD_MANAGER', aggregation: { name: 'Unione' } }])).toBe('Unione');
    expect(workingBody([{ role: 'MEMBER_REFERENT', aggregation: { name: 'Unione' }, body: { name: 'Comune di Grottammare' } }])).toBe('Comune di Grottammare');
    expect(workingBody([{ role: 'REGION_OFFICER', regionBody: { name: 'Regione Marche' } }])).toBe('Regione Marche');
    expect(workingBody([{ role: 'ADMIN' }])).toBeNull();
  });
});
