import { expect, test } from 'vitest';
import { homeOf } from './destination.ts';

const membership = (tenantId: string) => ({
  membershipId: `m-${tenantId}`,
  tenantId,
  tenantName: tenantId,
  tenantKind: 'provider' as const,
  role: 'admin' as const,
  permissions: [],
});

test('the last-used organisation, the only one, or the list', () => {
  const two = { memberships: [membership('a'), membership('b')] };
  expect(homeOf(two, 'b')).toBe('/t/b');
  expect(homeOf(two, 'gone')).toBe('/t');
  expect(homeOf(two, undefined)).toBe('/t');
  expect(homeOf({ memberships: [membership('a')] }, undefined)).toBe('/t/a');
  expect(homeOf({ memberships: [] }, 'a')).toBe('/t');
});
