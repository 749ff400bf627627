import { describe, expect, it } from 'vitest';
import { roleScope } from './roleScope';

describe('the scope each role is granted with', () => {
  it.each([
    ['ADMIN', { region: false, aggregation: false, body: false }],
    ['REGION_OFFICER', { region: true, aggregation: false, body: false }],
    ['AUDITOR', { region: true, aggregation: false, body: false }],
    ['LEAD_MANAGER', { region: false, aggregation: true, body: false }],
    ['MEMBER_REFERENT', { region: false, aggregation: true, body: true }],
  ] as const)('%s', (role, scope) => expect(roleScope(role)).toEqual(scope));
});
